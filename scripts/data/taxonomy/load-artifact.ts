import { readFile } from 'node:fs/promises';
import { decodeArtifact } from '../../../shared/taxonomy/artifact-encoding.js';
import { withCuratedLayer } from '../../../shared/taxonomy/built-in-taxonomy.js';
import { Taxonomy } from '../../../shared/taxonomy/taxonomy.js';
import { BUILT_IN_ARTIFACT_PATH } from './built-in-path.js';

/**
 * A taxonomy artifact loaded as a deployment serves it, for benchmarks: `built-in`, or the path
 * of an artifact; an ESCO import without the curated vocabulary gets it underneath, as
 * `scripts/esco-built-in.ts --under` would add it.
 */
export async function loadTaxonomyArtifact(artifact: string): Promise<Taxonomy> {
  const path = artifact === 'built-in' ? BUILT_IN_ARTIFACT_PATH : artifact;
  const parsed = decodeArtifact(await readFile(path));
  return Taxonomy.fromArtifact(
    parsed.source.kind === 'esco-csv' && !parsed.curated ? withCuratedLayer(parsed) : parsed,
  );
}
