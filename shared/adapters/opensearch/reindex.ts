import type { Client } from '@opensearch-project/opensearch';
import {
  LeftoverItems,
  RetriesExhaustedError,
  type RetryPolicy,
  retryLeftovers,
} from '../../concurrency/retry.js';
import type { CandidateProfile } from '../../domain/candidate.js';
import type { CandidateSearch, SearchWrite, SearchWriteOutcome } from '../../ports/candidate-search.js';
import type { CandidateStore } from '../../ports/candidate-store.js';
import { toCandidateDocument } from '../../search/candidate-document.js';
import {
  candidateIndexName,
  createCandidateIndex,
  indicesBehindAlias,
  makeLive,
  swapAlias,
} from './candidate-index.js';
import { OpenSearchCandidateSearch } from './opensearch-candidate-search.js';

export type ReindexPhase = 'load' | 'swap' | 'catch-up' | 'sweep' | 'done';

export interface ReindexProgress {
  readonly phase: ReindexPhase;
  /** Profiles read from the table in this phase. */
  readonly scanned: number;
  /** Documents written (applied) in this phase. */
  readonly applied: number;
  readonly stale: number;
  readonly failed: number;
  /** Estimated number of profiles (the documents behind the alias before the reindex), if known. */
  readonly total: number | undefined;
}

export interface ReindexOptions {
  readonly store: Pick<CandidateStore, 'scanAll' | 'get'>;
  readonly client: Client;
  readonly alias: string;
  readonly onProgress?: ((progress: ReindexProgress) => void) | undefined;
  /** Profiles per table page and per `_bulk` request (default 1,000). */
  readonly pageSize?: number | undefined;
  /** `_bulk` requests in flight while the next page is read (default 2). */
  readonly concurrency?: number | undefined;
  /** Documents that may fail for good before the reindex is abandoned, without a swap (default 0). */
  readonly maxFailures?: number | undefined;
  /** Delete the indices the alias leaves (default false: kept for a rollback by alias). */
  readonly deletePrevious?: boolean | undefined;
  /** Suffix of the new index name (default: a timestamp). */
  readonly suffix?: string | undefined;
}

export interface ReindexResult {
  readonly index: string;
  /** Indices the alias pointed to before. */
  readonly previous: readonly string[];
  readonly deleted: readonly string[];
  /** Profiles loaded into the new index before the swap. */
  readonly loaded: number;
  /** Changes made in the table during the load, applied after the swap. */
  readonly caughtUp: number;
  /** Documents of profiles deleted during the load, removed after the swap. */
  readonly removed: number;
  readonly failed: readonly { readonly id: string; readonly reason: string }[];
}

export class ReindexAbandonedError extends Error {
  constructor(
    readonly index: string,
    readonly failed: readonly { readonly id: string; readonly reason: string }[],
  ) {
    super(
      `Reindex into ${index} abandoned, alias unchanged: ${failed.length} document(s) failed, e.g. ${failed
        .slice(0, 3)
        .map((f) => `${f.id} (${f.reason})`)
        .join('; ')}`,
    );
    this.name = 'ReindexAbandonedError';
  }
}

/**
 * Rebuilds the candidate index from the table and moves the alias onto it, while the old index
 * keeps serving reads (and the stream keeps writing to it) until the swap.
 *
 * 1. load: create `${alias}-v${version}-${suffix}` with bulk-load settings (no refresh, no
 *    replicas), scan the table and bulk-write every profile with its version (external
 *    versioning), then restore live settings and refresh;
 * 2. swap: one atomic `_aliases` request (see swapAlias), so searches never see an empty index;
 * 3. catch-up: the stream wrote changes made during the load to the OLD index. Scan the table
 *    again and write everything into the new index: unchanged documents come back 409 (stale,
 *    no work), changed ones are applied. Every change whose stream write went to the old index
 *    was committed before the swap, so this scan (started after it) reads it;
 * 4. sweep: a profile deleted during the load is still in the new index. Documents the second
 *    scan did not see are checked with a consistent read of the table and deleted with version
 *    + 1 if the profile is gone (a newer write, if any, wins by version).
 * After the swap the stream writes to the new index.
 *
 * One reindex at a time: two concurrent runs would each swap the alias onto their own index.
 */
export async function reindexCandidates(options: ReindexOptions): Promise<ReindexResult> {
  const { client, alias } = options;
  const pageSize = options.pageSize ?? 1_000;
  const concurrency = options.concurrency ?? 2;
  const report = options.onProgress ?? (() => {});
  const total = await estimateTotal(client, alias);
  const index = candidateIndexName(alias, options.suffix);
  const target = new OpenSearchCandidateSearch(client, index, { requireAlias: false });

  await createCandidateIndex(client, index, { bulkLoad: true });
  let load: Tally;
  try {
    load = await copyTable(options.store, target, { pageSize, concurrency }, (t) =>
      report(t.progress('load', total)),
    );
    if (load.failures.length > (options.maxFailures ?? 0))
      throw new ReindexAbandonedError(index, load.failures);
    await makeLive(client, index);
  } catch (error) {
    await client.indices.delete({ index }, { ignore: [404] });
    throw error;
  }

  report(load.progress('swap', total));
  const previous = await swapAlias(client, alias, index);

  const catchUp = await copyTable(options.store, target, { pageSize, concurrency }, (t) =>
    report(t.progress('catch-up', total)),
  );
  const removed = await sweep(options.store, target, catchUp.seen, (n) =>
    report({ ...catchUp.progress('sweep', total), applied: n }),
  );

  const deleted = options.deletePrevious ? previous : [];
  if (deleted.length > 0) await client.indices.delete({ index: deleted.join(',') }, { ignore: [404] });
  report(catchUp.progress('done', total));
  return {
    index,
    previous,
    deleted,
    loaded: load.applied,
    caughtUp: catchUp.applied,
    removed,
    // A document that cannot be indexed fails in both passes: report it once.
    failed: [...new Map([...load.failures, ...catchUp.failures].map((f) => [f.id, f])).values()],
  };
}

async function estimateTotal(client: Client, alias: string): Promise<number | undefined> {
  if ((await indicesBehindAlias(client, alias)).length === 0) return undefined;
  const { body } = await client.count({ index: alias });
  return body.count;
}

class Tally {
  scanned = 0;
  applied = 0;
  stale = 0;
  readonly failures: { id: string; reason: string }[] = [];
  /** Ids of the profiles read (the sweep checks only the others). */
  readonly seen = new Set<string>();

  add(outcomes: readonly SearchWriteOutcome[]): void {
    for (const outcome of outcomes) {
      if (outcome.status === 'applied') this.applied++;
      else if (outcome.status === 'stale') this.stale++;
      else this.failures.push({ id: outcome.id, reason: outcome.reason });
    }
  }

  progress(phase: ReindexPhase, total: number | undefined): ReindexProgress {
    const { scanned, applied, stale } = this;
    return { phase, scanned, applied, stale, failed: this.failures.length, total };
  }
}

/** Scans the table page by page; each page is one `_bulk`, with up to `concurrency` in flight. */
async function copyTable(
  store: Pick<CandidateStore, 'scanAll'>,
  target: CandidateSearch,
  limits: { pageSize: number; concurrency: number },
  onBatch: (tally: Tally) => void,
): Promise<Tally> {
  const tally = new Tally();
  const inFlight = new Set<Promise<void>>();
  let failure: { error: unknown } | undefined;
  let cursor: string | undefined;
  do {
    const page = await store.scanAll({ limit: limits.pageSize, cursor });
    cursor = page.nextCursor;
    if (page.items.length === 0) continue;
    tally.scanned += page.items.length;
    for (const profile of page.items) tally.seen.add(profile.id);
    const task = writeWithRetries(target, page.items.map(upsertOf)).then(
      (outcomes) => {
        tally.add(outcomes);
        onBatch(tally);
      },
      (error: unknown) => {
        failure ??= { error };
      },
    );
    inFlight.add(task);
    void task.finally(() => inFlight.delete(task));
    if (inFlight.size >= limits.concurrency) await Promise.race(inFlight);
    if (failure) break;
  } while (cursor);
  await Promise.all(inFlight);
  if (failure) throw failure.error;
  return tally;
}

function upsertOf(profile: CandidateProfile): SearchWrite {
  return { op: 'upsert', document: toCandidateDocument(profile) };
}

/** Writes the node refused item by item (429 or 5xx in a `_bulk` answer) are sent again this way. */
const REINDEX_RETRY: RetryPolicy = { maxAttempts: 5, baseDelayMs: 250, maxDelayMs: 4_000 };

/**
 * Writes a batch; writes that failed retryably (429, 5xx) are sent again, under the bounded
 * retry helper, and keep their last outcome (failed) when the attempts run out. A thrown error
 * (the node unreachable or throttling whole requests) is not retried here: the client's transport
 * has retried it already (resilient-transport.ts), and retrying it again would multiply the
 * attempts. Safe to repeat: every write is versioned.
 */
async function writeWithRetries(
  target: CandidateSearch,
  writes: readonly SearchWrite[],
): Promise<SearchWriteOutcome[]> {
  const outcomes: SearchWriteOutcome[] = [];
  const entries = writes.map((write, position) => ({ write, position }));
  try {
    await retryLeftovers(
      entries,
      async (pending) => {
        const results = await target.write(pending.map((p) => p.write));
        return pending.filter((entry, i) => {
          const outcome = results[i] as SearchWriteOutcome;
          outcomes[entry.position] = outcome;
          return outcome.status === 'failed' && outcome.retryable;
        });
      },
      { policy: REINDEX_RETRY, what: 'OpenSearch _bulk (reindex)', isRetryable: () => false },
    );
  } catch (error) {
    if (!(error instanceof RetriesExhaustedError && error.cause instanceof LeftoverItems)) throw error;
  }
  return outcomes;
}

/** Deletes the documents of profiles no longer in the table; returns how many. */
async function sweep(
  store: Pick<CandidateStore, 'get'>,
  target: CandidateSearch,
  seen: ReadonlySet<string>,
  onProgress: (removed: number) => void,
): Promise<number> {
  let removed = 0;
  for (const id of await target.ids()) {
    if (seen.has(id)) continue;
    const document = await target.get(id);
    // Not there any more, or the profile exists (written after the scan read past it).
    if (!document || (await store.get(document.pes, id))) continue;
    const [outcome] = await writeWithRetries(target, [{ op: 'delete', id, version: document.version + 1 }]);
    if (outcome?.status === 'applied') onProgress(++removed);
  }
  return removed;
}
