import type { CandidateDocument } from '../search/candidate-document.js';

/**
 * The candidate search engine. Two implementations: OpenSearch (production, and tests on a real
 * node) and an embedded in-process engine (`npm start`, small pools). Both rank identically.
 *
 * Writes carry the record's version: an engine applies a write only if it is newer than what it
 * holds (OpenSearch external versioning), so a late, stale event never overwrites a newer one.
 */
export type SearchWrite =
  | { readonly op: 'upsert'; readonly document: CandidateDocument }
  | { readonly op: 'delete'; readonly id: string; readonly version: number };

export type SearchWriteOutcome =
  | { readonly id: string; readonly status: 'applied' }
  /** The engine already holds this or a newer version: nothing to do. */
  | { readonly id: string; readonly status: 'stale' }
  | { readonly id: string; readonly status: 'failed'; readonly reason: string; readonly retryable: boolean };

export interface CandidateFilter {
  readonly pes?: string | undefined;
  readonly rings?: readonly number[] | undefined;
}

/** Whether a document is inside a filter: the one definition every engine applies. */
export function withinFilter(
  document: Pick<CandidateDocument, 'pes' | 'ring'>,
  filter: CandidateFilter | undefined,
): boolean {
  return (
    (filter?.pes === undefined || document.pes === filter.pes) &&
    (filter?.rings === undefined || filter.rings.includes(document.ring))
  );
}

export interface CandidateSearch {
  /** Applies writes in bulk; one outcome per write, in order. */
  write(writes: readonly SearchWrite[]): Promise<SearchWriteOutcome[]>;
  /**
   * One document by id; undefined when absent or outside `filter`. A PES caller's reads pass
   * `{ pes }`, so another service's candidate is absent to it, not merely hidden by a handler.
   */
  get(id: string, filter?: CandidateFilter): Promise<CandidateDocument | undefined>;
  count(filter?: CandidateFilter): Promise<number>;
  /** All ids held (for reconciliation tests and reindex checks). */
  ids(filter?: CandidateFilter): Promise<string[]>;
}
