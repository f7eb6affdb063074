import { type ArtifactLocation, readArtifact } from '../adapters/taxonomy/artifact-reader.js';
import type { Config } from '../config.js';
import { Taxonomy } from '../taxonomy/taxonomy.js';

/** The artifact a configuration names: `TAXONOMY_PATH` locally, `TAXONOMY_BUCKET`/`TAXONOMY_KEY` in AWS. */
export function artifactLocation(
  config: Pick<Config, 'TAXONOMY_PATH' | 'TAXONOMY_BUCKET' | 'TAXONOMY_KEY' | 'AWS_REGION'>,
): ArtifactLocation | undefined {
  if (config.TAXONOMY_PATH) return { kind: 'file', path: config.TAXONOMY_PATH };
  if (config.TAXONOMY_BUCKET) {
    return {
      kind: 's3',
      bucket: config.TAXONOMY_BUCKET,
      key: config.TAXONOMY_KEY,
      region: config.AWS_REGION,
    };
  }
  return undefined;
}

/**
 * The taxonomy a process serves: the curated vocabulary, with the configured ESCO artifact
 * layered under it (curated ids, synonyms and training modules stay; see `Taxonomy.fromImported`).
 * Without an artifact, the curated vocabulary alone. A configured artifact that cannot be read
 * or is malformed stops the cold start: serving a smaller vocabulary than configured would
 * silently turn ESCO-coded input into unmapped text.
 */
export async function loadTaxonomy(
  config: Pick<Config, 'TAXONOMY_PATH' | 'TAXONOMY_BUCKET' | 'TAXONOMY_KEY' | 'AWS_REGION'>,
): Promise<Taxonomy> {
  const location = artifactLocation(config);
  if (!location) return Taxonomy.builtIn();
  const text = await readArtifact(location);
  return Taxonomy.fromImported(JSON.parse(text), { withBuiltIn: true });
}
