import { randomBytes } from 'node:crypto';
import { IdempotencyKeyReusedError, NotFoundError } from '../../errors.js';
import { MeteredSource } from '../../exchange/byte-source.js';
import { uploadFormat } from '../../exchange/row-reader.js';
import type { Caller } from '../../ports/identity.js';
import type { ImportJob, RowReport } from '../../ports/import-store.js';
import { requireRole } from '../access.js';
import { checkIdempotencyKey } from '../idempotent-request.js';
import { newJob, type UploadRequest } from './bulk-upload.js';
import { type ImportDeps, importIdFor } from './import-jobs.js';

/**
 * An asynchronous import: store the upload as it streams in (any size up to the limit) → create
 * the job (queued) → a worker runs it (runImportJob). With an Idempotency-Key, a retried upload
 * of the same bytes finds the job of the first try; other bytes under that key are refused.
 */
export async function createImport(
  deps: ImportDeps,
  caller: Caller,
  request: UploadRequest,
): Promise<{ job: ImportJob; created: boolean }> {
  requireRole(caller, 'pes');
  const format = uploadFormat(request.contentType);
  const key = checkIdempotencyKey(request.idempotencyKey);
  const id = importIdFor(caller.org, key, deps);
  // A fresh blob per attempt: a retry never overwrites the upload a running job is reading.
  const blobKey = `imports/${id}/${randomBytes(8).toString('hex')}`;
  const source = new MeteredSource(request.body, deps.importSettings.asyncMaxBytes);
  await deps.blobs.put(blobKey, source);
  const job = newJob(deps, caller, {
    id,
    kind: 'async',
    format,
    requestDigest: source.digest(),
    bytes: source.bytes,
    blobKey,
    idempotencyKey: key,
  });
  if ((await deps.imports.create(job, deps.importSettings.asyncTtlSeconds)) === 'created') {
    return { job, created: true };
  }
  await deps.blobs.delete(blobKey);
  const earlier = await deps.imports.get(id);
  if (!earlier || earlier.requestDigest !== job.requestDigest || earlier.kind !== 'async') {
    throw new IdempotencyKeyReusedError(
      'This Idempotency-Key was first sent with a different upload; use a new key for a new file.',
    );
  }
  return { job: earlier, created: false };
}

export async function getImport(deps: ImportDeps, caller: Caller, id: string): Promise<ImportJob> {
  requireRole(caller, 'pes');
  const job = await deps.imports.get(id);
  // Another PES's job does not exist, as far as this caller can tell.
  if (!job || job.pes !== caller.org) throw new NotFoundError(`Import ${id} not found.`);
  return job;
}

/** Every row's report so far, in row order. */
export async function importReport(
  deps: ImportDeps,
  caller: Caller,
  id: string,
): Promise<AsyncIterable<RowReport>> {
  const job = await getImport(deps, caller, id);
  return deps.imports.reportRows(job.id);
}
