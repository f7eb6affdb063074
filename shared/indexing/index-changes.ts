import type { CandidateSearch } from '../ports/candidate-search.js';
import type { IndexChange } from '../ports/change-stream.js';

/**
 * The indexer's work: apply a batch of table changes to the search engine and report the
 * positions of the changes that failed, so that only those are retried. A stale write (the
 * engine holds a newer version) is success: there is nothing left to do.
 */
export async function indexChanges(
  changes: readonly IndexChange[],
  search: CandidateSearch,
): Promise<{ readonly failed: readonly string[] }> {
  if (changes.length === 0) return { failed: [] };
  try {
    const outcomes = await search.write(changes.map((c) => c.write));
    return {
      failed: outcomes.flatMap((outcome, i) => {
        const change = changes[i];
        return outcome.status === 'failed' && change ? [change.position] : [];
      }),
    };
  } catch {
    // The engine is unreachable: every change in the batch is retried.
    return { failed: changes.map((c) => c.position) };
  }
}
