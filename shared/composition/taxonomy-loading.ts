import {
  type ArtifactLocation,
  isMissingObject,
  readArtifact,
} from '../adapters/taxonomy/artifact-reader.js';
import type { Config } from '../config.js';
import { decodeArtifact } from '../taxonomy/artifact-encoding.js';
import { Taxonomy } from '../taxonomy/taxonomy.js';

type TaxonomyConfig = Pick<Config, 'TAXONOMY_PATH' | 'TAXONOMY_BUCKET' | 'TAXONOMY_KEY' | 'AWS_REGION'> &
  Partial<Pick<Config, 'TAXONOMY_DEFAULT_PATH'>>;

/** The artifact a configuration names: `TAXONOMY_PATH` locally, `TAXONOMY_BUCKET`/`TAXONOMY_KEY` in AWS. */
export function artifactLocation(config: TaxonomyConfig): ArtifactLocation | undefined {
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
 * The taxonomy a process serves: the configured artifact, whole. No function bundles the curated
 * vocabulary (test/infra/bundle-budget.test.ts), so the artifact carries it: the built-in
 * artifact (`scripts/data/taxonomy/built-in.json`) is that vocabulary alone, an ESCO import
 * written by `scripts/esco-import.ts` embeds it above the imported concepts.
 *
 * An unreadable or malformed artifact stops the cold start, and so does an ESCO import without
 * the curated vocabulary: serving a smaller vocabulary than the deployment's would silently turn
 * curated keys and ESCO-coded input into unmapped text. Only an S3 key that holds no object yet
 * falls back to `TAXONOMY_DEFAULT_PATH` (the built-in artifact a fresh deployment ships), and
 * `/health` names the version served, so a missing import is visible, not hidden.
 */
export async function loadTaxonomy(config: TaxonomyConfig): Promise<Taxonomy> {
  const location = artifactLocation(config);
  if (!location) {
    throw new Error(
      'Invalid configuration: no taxonomy artifact (set TAXONOMY_PATH, or TAXONOMY_BUCKET and TAXONOMY_KEY)',
    );
  }
  const artifact = decodeArtifact(await readConfiguredArtifact(location, config));
  if (artifact.source.kind === 'esco-csv' && !artifact.curated) {
    throw new Error(
      `taxonomy artifact ${artifact.version} has no curated vocabulary: write it with scripts/esco-import.ts, or add it with scripts/esco-built-in.ts --under <artifact>`,
    );
  }
  return Taxonomy.fromArtifact(artifact);
}

async function readConfiguredArtifact(
  location: ArtifactLocation,
  config: TaxonomyConfig,
): Promise<Uint8Array> {
  try {
    return await readArtifact(location);
  } catch (error) {
    if (location.kind === 's3' && config.TAXONOMY_DEFAULT_PATH && isMissingObject(error)) {
      return readArtifact({ kind: 'file', path: config.TAXONOMY_DEFAULT_PATH });
    }
    throw error;
  }
}
