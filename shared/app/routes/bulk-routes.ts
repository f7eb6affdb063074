import { createRoute, z } from '@hono/zod-openapi';
import { streamChunks } from '../../exchange/byte-source.js';
import { csvTemplate } from '../../exchange/candidate-csv.js';
import { EXAMPLE_EXCHANGE_CANDIDATE } from '../../exchange/example.js';
import { bulkUpload } from '../../use-cases/bulk/bulk-upload.js';
import type { ImportDeps } from '../../use-cases/bulk/import-jobs.js';
import { BulkReportSchema, uploadBody } from '../exchange-schemas.js';
import { IdempotencyKeyHeaderSchema, problems, wire } from '../http-schemas.js';
import { newRouter } from '../router.js';

const tags = ['Bulk exchange'];

const upload = createRoute({
  method: 'post',
  path: '/bulk',
  tags,
  summary: 'Upload up to 10,000 profiles (NDJSON or CSV, streamed); a per-row report',
  description:
    'Rows are validated independently: the report says, row by row, accepted (created or updated), unchanged (the same content is stored) or rejected (with field-level reasons). With an Idempotency-Key, a retried request returns the first report and writes nothing; a different body under the same key is refused (422). Larger files: POST /v1/candidate-imports.',
  request: {
    headers: IdempotencyKeyHeaderSchema,
    body: uploadBody('Candidate profiles, one per line or row'),
  },
  responses: {
    200: {
      description: 'The per-row report (header Idempotent-Replayed: true when it is a stored one)',
      content: { 'application/json': { schema: BulkReportSchema } },
    },
    ...problems(400, 401, 403, 409, 413, 415, 422, 503),
  },
});

const template = createRoute({
  method: 'get',
  path: '/bulk/template.csv',
  tags,
  summary: 'The CSV layout: header line and one example row',
  responses: {
    200: { description: 'CSV template', content: { 'text/csv': { schema: z.string() } } },
    ...problems(401, 403, 503),
  },
});

/** Bulk upload of candidate profiles by a partner employment service. */
export function bulkRoutes(deps: ImportDeps) {
  return newRouter()
    .openapi(upload, async (c) => {
      const { report, replayed } = await bulkUpload(deps, c.get('caller'), {
        body: streamChunks(c.req.raw.body),
        contentType: c.req.header('content-type'),
        idempotencyKey: c.req.header('idempotency-key'),
      });
      return c.json(wire(report), 200, replayed ? { 'Idempotent-Replayed': 'true' } : {});
    })
    .openapi(template, (c) =>
      c.body(csvTemplate(EXAMPLE_EXCHANGE_CANDIDATE), 200, {
        'content-type': 'text/csv; charset=utf-8',
        'content-disposition': 'attachment; filename="concentric-candidates-template.csv"',
      }),
    );
}
