/**
 * Writes the curated vocabulary (shared/taxonomy/*-data.ts) as a taxonomy artifact, alone or
 * embedded above an ESCO import, for a deployment to load (docs/taxonomy.md):
 *
 *   tsx scripts/esco-built-in.ts [--out scripts/data/taxonomy/built-in.json]
 *   tsx scripts/esco-built-in.ts --under <imported.json> --out <artifact.json>
 *
 * Rerun it after editing the data tables: test/unit/taxonomy/built-in-artifact.test.ts fails
 * while scripts/data/taxonomy/built-in.json is behind them.
 */
import { readFile, writeFile } from 'node:fs/promises';
import { parseArgs } from 'node:util';
import { decodeArtifact, encodeArtifact } from '../shared/taxonomy/artifact-encoding.js';
import { builtInArtifact, withCuratedLayer } from '../shared/taxonomy/built-in-taxonomy.js';
import { BUILT_IN_ARTIFACT_PATH } from './data/taxonomy/built-in-path.js';

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: { under: { type: 'string' }, out: { type: 'string', default: BUILT_IN_ARTIFACT_PATH } },
  });
  // Above an import, the sectioned format the importer writes; alone, the curated vocabulary is
  // small and stays one JSON document, readable in a review.
  const artifact = values.under
    ? withCuratedLayer(decodeArtifact(await readFile(values.under)))
    : builtInArtifact();
  await writeFile(
    values.out,
    values.under ? encodeArtifact(artifact) : `${JSON.stringify(artifact)}\n`,
    'utf8',
  );
  console.log(`taxonomy artifact ${artifact.version} → ${values.out}`);
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exitCode = 1;
});
