import { BaseSequencer, type TestSpecification } from 'vitest/node';

/**
 * Runs the files that wait on engines first: the OpenSearch files (several minutes of a node's
 * work, some starting nodes of their own), then the DynamoDB ones, then infra and unit files,
 * which only need a core and fill the gaps the others leave. vitest's own order is by project
 * name, so on a clean clone the longest OpenSearch files started last and ran alone at the end.
 * Within a project vitest's order stands (slowest last time first, else largest file first).
 */
const PROJECT_ORDER = ['opensearch', 'integration', 'infra', 'unit'];

export default class EnginesFirstSequencer extends BaseSequencer {
  override async sort(files: TestSpecification[]): Promise<TestSpecification[]> {
    const sorted = await super.sort(files);
    const rank = (spec: TestSpecification) => {
      const index = PROJECT_ORDER.indexOf(spec.project.name);
      return index === -1 ? PROJECT_ORDER.length : index;
    };
    return sorted
      .map((spec, position) => ({ spec, position }))
      .sort((a, b) => rank(a.spec) - rank(b.spec) || a.position - b.position)
      .map(({ spec }) => spec);
  }
}
