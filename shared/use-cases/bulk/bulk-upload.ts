import { ConflictError, IdempotencyKeyReusedError, TooManyRowsError } from '../../errors.js';
import { MeteredSource } from '../../exchange/byte-source.js';
import { readRows, uploadFormat } from '../../exchange/row-reader.js';
import type { Caller } from '../../ports/identity.js';
import { type ImportJob, type ImportTotals, type RowReport, ZERO_TOTALS } from '../../ports/import-store.js';
import { requireRole } from '../access.js';
import { checkIdempotencyKey } from '../idempotent-request.js';
import { type CheckedRow, RowChecker } from './check-row.js';
import { type ImportDeps, importIdFor, LeaseLostError, processRows } from './import-jobs.js';

export interface UploadRequest {
  readonly body: AsyncIterable<Uint8Array>;
  readonly contentType: string | undefined;
  readonly idempotencyKey?: string | undefined;
}

export interface BulkReport {
  readonly importId: string;
  readonly idempotencyKey?: string | undefined;
  readonly requestDigest: string;
  readonly totals: ImportTotals;
  readonly rows: readonly RowReport[];
}

export function newJob(
  deps: ImportDeps,
  caller: Caller,
  fields: Pick<
    ImportJob,
    'id' | 'kind' | 'format' | 'requestDigest' | 'bytes' | 'blobKey' | 'idempotencyKey'
  >,
): ImportJob {
  const now = deps.clock.now().toISOString();
  return {
    ...fields,
    pes: caller.org,
    status: 'queued',
    chunkSize: deps.importSettings.chunkSize,
    nextChunk: 0,
    totals: ZERO_TOTALS,
    rejectedSample: [],
    createdAt: now,
    updatedAt: now,
  };
}

/**
 * A synchronous bulk upload (≤ 10,000 rows). Read → check every row while the body streams in
 * (rows are kept, the raw body never is) → the request digest is now known, so the
 * Idempotency-Key decides: a completed upload with the same digest answers with its stored
 * report and writes nothing; a different body under the same key is refused; an interrupted one
 * resumes → write chunk by chunk (job checkpoints) → the per-row report.
 * Checking everything first means a request over the row limit writes nothing at all.
 */
export async function bulkUpload(
  deps: ImportDeps,
  caller: Caller,
  request: UploadRequest,
): Promise<{ report: BulkReport; replayed: boolean }> {
  requireRole(caller, 'pes');
  const format = uploadFormat(request.contentType);
  const key = checkIdempotencyKey(request.idempotencyKey);
  const settings = deps.importSettings;
  const source = new MeteredSource(request.body, settings.syncMaxBytes);
  const checker = new RowChecker(deps.taxonomy, caller.org, deps.clock);
  const rows: CheckedRow[] = [];
  for await (const raw of readRows(source, format)) {
    if (rows.length >= settings.syncMaxRows) throw new TooManyRowsError(settings.syncMaxRows);
    rows.push(checker.check(raw));
  }
  const requestDigest = source.digest();
  const id = importIdFor(caller.org, key, deps);
  const job = newJob(deps, caller, {
    id,
    kind: 'sync',
    format,
    requestDigest,
    bytes: source.bytes,
    blobKey: undefined,
    idempotencyKey: key,
  });
  if ((await deps.imports.create(job, settings.syncTtlSeconds)) === 'exists') {
    const earlier = await deps.imports.get(id);
    if (earlier && earlier.requestDigest !== requestDigest) {
      throw new IdempotencyKeyReusedError(
        'This Idempotency-Key was first sent with a different body; use a new key for a new upload.',
      );
    }
    if (earlier?.status === 'completed') {
      return { report: await storedReport(deps, earlier), replayed: true };
    }
  }
  const claimed = await deps.imports.claim(id, settings.workerId, deps.clock.now(), settings.leaseMs);
  if (!claimed) throw inProgress();
  try {
    const done = await processRows(deps, claimed, rows, true);
    return { report: reportOf(done.job, done.rows), replayed: false };
  } catch (error) {
    if (error instanceof LeaseLostError) throw inProgress();
    throw error;
  }
}

function inProgress() {
  return new ConflictError(
    'An upload with this Idempotency-Key is still being processed; retry in a few seconds for its report.',
  );
}

async function storedReport(deps: ImportDeps, job: ImportJob): Promise<BulkReport> {
  const rows: RowReport[] = [];
  for await (const row of deps.imports.reportRows(job.id)) rows.push(row);
  return reportOf(job, rows);
}

function reportOf(job: ImportJob, rows: readonly RowReport[]): BulkReport {
  return {
    importId: job.id,
    ...(job.idempotencyKey !== undefined ? { idempotencyKey: job.idempotencyKey } : {}),
    requestDigest: job.requestDigest,
    totals: job.totals,
    rows,
  };
}
