import { z } from '@hono/zod-openapi';
import { ExchangeCandidateSchema, ExchangeVacancySchema } from '../exchange/exchange-format.js';

/** Response shapes of the exchange routes (bulk uploads, imports, change feed), as OpenAPI components. */

const FieldIssueSchema = z.object({ field: z.string(), message: z.string(), code: z.string().optional() });

export const RowReportSchema = z
  .object({
    row: z.number().int().openapi({
      description:
        'The file line the row starts on, 1-based; blank lines, the CSV header and line breaks in quoted CSV cells count',
      example: 3,
    }),
    externalId: z.string().optional(),
    status: z.enum(['accepted', 'rejected', 'unchanged']),
    outcome: z.enum(['created', 'updated']).optional(),
    candidateId: z.string().optional(),
    version: z.number().int().optional(),
    errors: z.array(FieldIssueSchema).optional(),
  })
  .openapi('RowReport');

export const ImportTotalsSchema = z
  .object({
    rows: z.number().int(),
    accepted: z.number().int(),
    rejected: z.number().int(),
    unchanged: z.number().int(),
    created: z.number().int(),
    updated: z.number().int(),
  })
  .openapi('ImportTotals');

export const BulkReportSchema = z
  .object({
    importId: z.string(),
    idempotencyKey: z.string().optional(),
    requestDigest: z.string(),
    totals: ImportTotalsSchema,
    rows: z.array(RowReportSchema),
  })
  .openapi('BulkReport');

export const ImportJobSchema = z
  .object({
    id: z.string(),
    status: z.enum(['queued', 'running', 'completed', 'failed']),
    format: z.enum(['ndjson', 'csv']),
    idempotencyKey: z.string().optional(),
    requestDigest: z.string(),
    bytes: z.number().int(),
    createdAt: z.string(),
    startedAt: z.string().optional(),
    finishedAt: z.string().optional(),
    progress: z.object({
      rowsProcessed: z.number().int(),
      chunksDone: z.number().int(),
      chunkSize: z.number().int(),
    }),
    totals: ImportTotalsSchema,
    report: z.object({
      rejectedSample: z.array(RowReportSchema),
      href: z.string().openapi({ description: 'Every row, NDJSON' }),
    }),
    error: z.object({ detail: z.string(), errors: z.array(FieldIssueSchema).optional() }).optional(),
  })
  .openapi('ImportJob');

export const ChangeSchema = z
  .object({
    cursor: z.string(),
    type: z.enum(['candidate', 'vacancy']),
    id: z.string(),
    version: z.number().int(),
    op: z.enum(['upsert', 'delete']),
    reason: z.enum(['erased', 'closed', 'consent-withdrawn']).optional(),
    changedAt: z.string(),
    detail: z.union([ExchangeCandidateSchema, ExchangeVacancySchema]).optional().openapi({
      description:
        'The resource as of the change, in the exchange format (GET /v1/exchange/schema.json); absent for erasures and with details=false',
    }),
    superseded: z.boolean().optional(),
  })
  .openapi('Change');

export const ChangesPageSchema = z
  .object({ changes: z.array(ChangeSchema), nextCursor: z.string(), hasMore: z.boolean() })
  .openapi('ChangesPage');

/** Request bodies of uploads: rows, streamed, in either format. */
export const uploadBody = (description: string) =>
  ({
    required: true,
    description,
    content: {
      'application/x-ndjson': {
        schema: z.string().openapi({ description: 'One ExchangeCandidate JSON object per line' }),
      },
      'text/csv': {
        schema: z
          .string()
          .openapi({ description: 'Header line, then one profile per row (docs/exchange.md)' }),
      },
    },
  }) as const;
