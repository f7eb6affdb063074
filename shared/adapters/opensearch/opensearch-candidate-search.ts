import type { API, Client } from '@opensearch-project/opensearch';
import {
  type CandidateFilter,
  type CandidateSearch,
  type SearchWrite,
  type SearchWriteOutcome,
  withinFilter,
} from '../../ports/candidate-search.js';
import type { CandidateDocument } from '../../search/candidate-document.js';
import { type BulkItemResult, bulkOperations, invalidWrite, itemOutcome, writeId } from './bulk-writes.js';

export interface OpenSearchCandidateSearchOptions {
  /** `_bulk` refresh: `wait_for`/`true` make writes visible to search before `write` resolves (tests). */
  readonly refresh?: boolean | 'wait_for' | undefined;
  /**
   * Send `require_alias=true` with every `_bulk` (default true): if the alias is missing the
   * items fail (retryably) instead of OpenSearch auto-creating a concrete index with that name
   * and a guessed mapping. Set false when `index` is a concrete index (reindex).
   */
  readonly requireAlias?: boolean | undefined;
  /** Page size of `ids()` (default 5,000). */
  readonly idsPageSize?: number | undefined;
}

/**
 * The candidate search engine's write side and lookups on OpenSearch, through the alias.
 *
 * `write` sends one `_bulk` request with external versioning (see bulk-writes.ts): per write,
 * `applied`, `stale` (409: the index holds this or a newer version) or `failed` with the reason
 * and whether a retry can help. A thrown error (connection refused, timeout after the client's
 * retries, a request-level error response) is rethrown: the caller retries the whole batch, which
 * external versioning makes safe.
 *
 * Deletes are versioned too: a delete with version v removes the document only if v is greater
 * than the stored version, and leaves a tombstone so an older upsert arriving later is stale —
 * for `index.gc_deletes` (24 h in candidate-index.ts; OpenSearch's default is 60 s).
 */
export class OpenSearchCandidateSearch implements CandidateSearch {
  private readonly requireAlias: boolean;
  private readonly idsPageSize: number;

  constructor(
    private readonly client: Client,
    private readonly index: string,
    private readonly options: OpenSearchCandidateSearchOptions = {},
  ) {
    this.requireAlias = options.requireAlias ?? true;
    this.idsPageSize = options.idsPageSize ?? 5_000;
  }

  async write(writes: readonly SearchWrite[]): Promise<SearchWriteOutcome[]> {
    const outcomes: (SearchWriteOutcome | undefined)[] = writes.map((write) => {
      const reason = invalidWrite(write);
      return reason ? { id: writeId(write), status: 'failed', reason, retryable: false } : undefined;
    });
    const toSend = writes.filter((_, i) => outcomes[i] === undefined);
    if (toSend.length > 0) {
      const { body } = await this.client.bulk({
        body: bulkOperations(toSend, this.index) as API.Bulk_RequestBody,
        require_alias: this.requireAlias,
        ...(this.options.refresh !== undefined ? { refresh: this.options.refresh } : {}),
      });
      // Items come back in request order, one per operation.
      const items = body.items.map((item) => (item.index ?? item.delete) as BulkItemResult | undefined);
      let next = 0;
      writes.forEach((write, i) => {
        if (outcomes[i] === undefined) outcomes[i] = itemOutcome(writeId(write), items[next++]);
      });
    }
    return outcomes as SearchWriteOutcome[];
  }

  async get(id: string, filter?: CandidateFilter): Promise<CandidateDocument | undefined> {
    const response = await this.client.get({ index: this.index, id }, { ignore: [404] });
    const body = response.body as { found?: boolean; _source?: CandidateDocument; error?: unknown };
    if (body.found) return body._source && withinFilter(body._source, filter) ? body._source : undefined;
    // 404 with `found: false` is a missing document; a 404 with an error is a missing index.
    if (body.error)
      throw new Error(`OpenSearch index ${this.index} is missing: ${JSON.stringify(body.error)}`);
    return undefined;
  }

  async count(filter?: CandidateFilter): Promise<number> {
    const { body } = await this.client.count({ index: this.index, body: { query: filterQuery(filter) } });
    return body.count;
  }

  /**
   * Every id, ascending (byte order of the `id` keyword: for ASCII ids the code-unit order the
   * embedded engine sorts in), paged with `search_after` on the unique `id`, so no id is seen
   * twice. Not a snapshot: a document written while paging may or may not be listed.
   */
  async ids(filter?: CandidateFilter): Promise<string[]> {
    const ids: string[] = [];
    let after: unknown[] | undefined;
    for (;;) {
      const { body } = await this.client.search({
        index: this.index,
        body: {
          query: filterQuery(filter),
          size: this.idsPageSize,
          sort: [{ id: { order: 'asc' } }],
          _source: false,
          track_total_hits: false,
          ...(after ? { search_after: after as NonNullable<API.Search_RequestBody['search_after']> } : {}),
        },
      });
      const hits = body.hits.hits;
      for (const hit of hits) ids.push(String(hit.sort?.[0]));
      if (hits.length < this.idsPageSize) return ids;
      after = hits[hits.length - 1]?.sort;
    }
  }
}

function filterQuery(filter: CandidateFilter | undefined): Record<string, unknown> {
  const clauses: Record<string, unknown>[] = [];
  if (filter?.pes !== undefined) clauses.push({ term: { pes: filter.pes } });
  if (filter?.rings !== undefined) clauses.push({ terms: { ring: [...filter.rings] } });
  return clauses.length > 0 ? { bool: { filter: clauses } } : { match_all: {} };
}
