import type { Client } from '@opensearch-project/opensearch';
import type { CandidateSearch } from '../../ports/candidate-search.js';
import { ensureCandidateIndex } from './candidate-index.js';

/**
 * Wraps a search adapter so that the candidate index and its alias exist before its first write:
 * `ensureCandidateIndex` runs once per process (one GET of the alias when it exists). If it fails
 * (node unreachable) the write throws — the caller retries the batch — and the next write tries
 * again. Reads are passed through untouched.
 */
export function ensureIndexOnFirstWrite(
  search: CandidateSearch,
  client: Client,
  alias: string,
): CandidateSearch {
  let ready: Promise<unknown> | undefined;
  const ensure = () => {
    ready ??= ensureCandidateIndex(client, alias).catch((error: unknown) => {
      ready = undefined;
      throw error;
    });
    return ready;
  };
  return {
    write: async (writes) => {
      await ensure();
      return search.write(writes);
    },
    get: (id, filter) => search.get(id, filter),
    count: (filter) => search.count(filter),
    ids: (filter) => search.ids(filter),
  };
}
