import { createRoute, z } from '@hono/zod-openapi';
import { streamChunks } from '../../exchange/byte-source.js';
import type { ImportJob } from '../../ports/import-store.js';
import { createImport, getImport, importReport } from '../../use-cases/bulk/candidate-imports.js';
import type { ImportDeps } from '../../use-cases/bulk/import-jobs.js';
import { ImportJobSchema, uploadBody } from '../exchange-schemas.js';
import { IdempotencyKeyHeaderSchema, idParameter, problems, wire } from '../http-schemas.js';
import { ndjsonResponse } from '../ndjson.js';
import { headerRef } from '../openapi/components.js';
import { newRouter } from '../router.js';

const tags = ['Bulk exchange'];
const IdParams = z.object({
  id: idParameter('import'),
});

const create = createRoute({
  method: 'post',
  path: '/',
  tags,
  summary: 'Start an import of any size (NDJSON or CSV): stored, then processed by a worker',
  description:
    'The upload is stored as it streams in and a job is queued (202, Location). A worker writes it chunk by chunk, checkpointing each chunk in the table, so a crash resumes where it stopped and every row is stored exactly once. With an Idempotency-Key, a retried upload of the same bytes returns the first job.',
  request: {
    headers: IdempotencyKeyHeaderSchema,
    body: uploadBody('Candidate profiles, one per line or row'),
  },
  responses: {
    202: {
      description: 'Queued',
      headers: { Location: headerRef('Location') },
      content: { 'application/json': { schema: ImportJobSchema } },
    },
    200: {
      description: 'The job of an earlier upload with this Idempotency-Key',
      headers: { Location: headerRef('Location') },
      content: { 'application/json': { schema: ImportJobSchema } },
    },
    ...problems(400, 401, 403, 413, 415, 422, 503),
  },
});

const read = createRoute({
  method: 'get',
  path: '/{id}',
  tags,
  summary: 'Status, progress, totals and the first rejected rows of an import',
  request: { params: IdParams },
  responses: {
    200: { description: 'The job', content: { 'application/json': { schema: ImportJobSchema } } },
    ...problems(400, 401, 403, 404, 503),
  },
});

const report = createRoute({
  method: 'get',
  path: '/{id}/report',
  tags,
  summary: 'Every processed row of an import, in order (NDJSON RowReport lines)',
  request: { params: IdParams },
  responses: {
    200: {
      description: 'RowReport per line',
      content: {
        'application/x-ndjson': {
          schema: z.string().openapi({ description: 'One RowReport JSON object per line' }),
        },
      },
    },
    ...problems(400, 401, 403, 404, 503),
  },
});

export function importView(job: ImportJob) {
  return {
    id: job.id,
    status: job.status,
    format: job.format,
    ...(job.idempotencyKey !== undefined ? { idempotencyKey: job.idempotencyKey } : {}),
    requestDigest: job.requestDigest,
    bytes: job.bytes,
    createdAt: job.createdAt,
    ...(job.startedAt ? { startedAt: job.startedAt } : {}),
    ...(job.finishedAt ? { finishedAt: job.finishedAt } : {}),
    progress: { rowsProcessed: job.totals.rows, chunksDone: job.nextChunk, chunkSize: job.chunkSize },
    totals: job.totals,
    report: { rejectedSample: job.rejectedSample, href: `/v1/candidate-imports/${job.id}/report` },
    ...(job.error ? { error: job.error } : {}),
  };
}

export interface ImportRouteDeps extends ImportDeps {
  /** Called when a new job is queued (locally: run it in-process; in AWS the scheduled worker finds it). */
  readonly onImportQueued?: ((jobId: string) => void) | undefined;
}

/** Asynchronous imports: large uploads processed by a worker, with progress and a report. */
export function importRoutes(deps: ImportRouteDeps) {
  return newRouter()
    .openapi(create, async (c) => {
      const { job, created } = await createImport(deps, c.get('caller'), {
        body: streamChunks(c.req.raw.body),
        contentType: c.req.header('content-type'),
        idempotencyKey: c.req.header('idempotency-key'),
      });
      if (created) deps.onImportQueued?.(job.id);
      const headers = { Location: `/v1/candidate-imports/${job.id}` };
      return created
        ? c.json(wire(importView(job)), 202, headers)
        : c.json(wire(importView(job)), 200, headers);
    })
    .openapi(read, async (c) =>
      c.json(wire(importView(await getImport(deps, c.get('caller'), c.req.valid('param').id))), 200),
    )
    .openapi(report, async (c) =>
      ndjsonResponse(await importReport(deps, c.get('caller'), c.req.valid('param').id)),
    );
}
