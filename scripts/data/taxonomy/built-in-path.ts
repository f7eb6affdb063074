import { fileURLToPath } from 'node:url';

/**
 * The curated vocabulary as a taxonomy artifact (`scripts/esco-built-in.ts` writes it): what a
 * local run loads when `TAXONOMY_PATH` names no other artifact.
 */
export const BUILT_IN_ARTIFACT_PATH = fileURLToPath(new URL('./built-in.json', import.meta.url));
