/**
 * `entity` values of table items that more than one module reads. Kept in a module of its own so
 * the indexer Lambda can name them without bundling a store.
 */

/** An erased candidate profile: same key, no personal data, the version counting on. */
export const CANDIDATE_TOMBSTONE = 'candidate-erased';
