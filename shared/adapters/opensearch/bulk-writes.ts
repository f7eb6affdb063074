import type { SearchWrite, SearchWriteOutcome } from '../../ports/candidate-search.js';

/**
 * Search writes as one `_bulk` request, and its per-item results as write outcomes. Pure, so the
 * mapping of every OpenSearch answer to an outcome is unit-tested.
 *
 * Every operation uses external versioning (`version_type: external`, `version` = the record's
 * version): OpenSearch applies an index or delete only if its version is greater than the
 * stored one, else answers 409 `version_conflict_engine_exception`. So replays, retries and
 * out-of-order events are harmless, and a stale event never overwrites a newer document.
 */

export interface BulkItemResult {
  readonly status: number;
  readonly result?: string | undefined;
  readonly error?:
    | { readonly type?: string | undefined; readonly reason?: string | null | undefined }
    | undefined;
}

export type BulkOperation = object;

export function writeId(write: SearchWrite): string {
  return write.op === 'upsert' ? write.document.id : write.id;
}

export function writeVersion(write: SearchWrite): number {
  return write.op === 'upsert' ? write.document.version : write.version;
}

/** A write OpenSearch would reject for reasons the request cannot show per item: not sent. */
export function invalidWrite(write: SearchWrite): string | undefined {
  const id = writeId(write);
  const version = writeVersion(write);
  if (typeof id !== 'string' || id.length === 0) return 'id must be a non-empty string';
  // External versions are non-negative longs; JSON numbers are exact only up to 2^53.
  if (!Number.isSafeInteger(version) || version < 0) return 'version must be a non-negative integer';
  return undefined;
}

/** The `_bulk` body: an `index` (action + source) per upsert, a `delete` (action) per delete. */
export function bulkOperations(writes: readonly SearchWrite[], index: string): BulkOperation[] {
  return writes.flatMap((write): BulkOperation[] => {
    const meta = {
      _index: index,
      _id: writeId(write),
      version: writeVersion(write),
      version_type: 'external',
    };
    return write.op === 'upsert' ? [{ index: meta }, write.document] : [{ delete: meta }];
  });
}

/**
 * Retryable: the cluster was busy or broken (429 rejected execution, 5xx), or the index is
 * missing or blocked (the alias not created yet; a disk watermark making it read-only) — things
 * that resolve without changing the record. Anything else (mapping and parsing errors) fails the
 * same way on every attempt.
 */
const RETRYABLE_TYPES = new Set([
  'index_not_found_exception',
  'cluster_block_exception',
  'es_rejected_execution_exception',
]);

export function itemOutcome(id: string, item: BulkItemResult | undefined): SearchWriteOutcome {
  if (!item)
    return { id, status: 'failed', reason: 'no result for this item in the bulk response', retryable: true };
  if (item.status === 409) return { id, status: 'stale' };
  // A delete of a document that is not there answers 404 `not_found` without an error: the
  // document is gone, which is what was asked (and the delete still leaves a versioned tombstone).
  if (!item.error && (item.status < 300 || (item.status === 404 && item.result === 'not_found'))) {
    return { id, status: 'applied' };
  }
  const type = item.error?.type ?? `http_${item.status}`;
  const reason = item.error?.reason ? `${type}: ${item.error.reason}` : type;
  const retryable = item.status === 429 || item.status >= 500 || RETRYABLE_TYPES.has(type);
  return { id, status: 'failed', reason, retryable };
}
