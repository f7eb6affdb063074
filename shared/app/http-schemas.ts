import { z } from '@hono/zod-openapi';
import { CANDIDATE_ID_PATTERN } from '../domain/candidate.js';
import { VACANCY_ID_PATTERN } from '../domain/vacancy.js';
import { PROBLEM_BASE } from '../errors.js';
import { headerRef } from './openapi/components.js';

/** Schemas that only exist at the HTTP edge: problem details, pagination, headers. */

const FieldIssueSchema = z
  .object({
    field: z.string().openapi({ description: 'Dotted path of the field', example: 'contract.startDate' }),
    message: z.string().openapi({ example: 'Invalid input: expected string, received number' }),
    code: z.string().optional().openapi({ description: 'zod issue code', example: 'invalid_type' }),
  })
  .openapi('FieldIssue');

/** A blocking rule finding, as a 422 lists it (shared/use-cases/rules-policy.ts `findingView`). */
export const RuleFindingSchema = z
  .object({
    ruleId: z.string().openapi({ example: 'FR-01' }),
    ruleVersion: z.string().openapi({ example: '2026.1' }),
    severity: z.enum(['block', 'warn', 'info']),
    message: z.string().openapi({ description: 'What was found, in English' }),
    explanation: z
      .object({ en: z.string(), nl: z.string(), fr: z.string().optional() })
      .openapi({ description: 'Why the rule exists, in English, Dutch and (mostly) French' }),
    source: z.object({ title: z.string(), url: z.string() }).openapi({ description: 'The legal source' }),
    fields: z.array(z.string()).openapi({ description: 'The input fields the rule read' }),
  })
  .openapi('RuleFinding');

export const ProblemSchema = z
  .object({
    type: z.string().openapi({ example: `${PROBLEM_BASE}validation-error` }),
    title: z.string(),
    status: z.number().int(),
    detail: z.string().optional(),
    instance: z.string().optional().openapi({ description: 'The request path' }),
    requestId: z
      .string()
      .optional()
      .openapi({ description: 'The request id, as in the X-Request-Id header' }),
    errors: z
      .array(FieldIssueSchema)
      .optional()
      .openapi({ description: 'One entry per failing field (400)' }),
    violations: z
      .array(RuleFindingSchema)
      .optional()
      .openapi({ description: 'Every blocking rule the request violates (422 rule-violation)' }),
    currentEtag: z.string().optional().openapi({ description: 'The ETag the resource has now (412)' }),
    limitBytes: z.number().int().optional().openapi({ description: 'The body size limit (413)' }),
    maxRows: z.number().int().optional().openapi({ description: 'The row limit of one request (413)' }),
    retryAfterSeconds: z
      .number()
      .int()
      .optional()
      .openapi({ description: 'As the Retry-After header (429)' }),
  })
  .openapi('Problem', { description: 'RFC 9457 problem details' });

export const problemContent = { 'application/problem+json': { schema: ProblemSchema } };

/**
 * Every `/v1` request passes the identity, access and rate-limit middleware before its handler,
 * so every operation can answer 401, 403 and 429 whatever its own handler does.
 */
const MIDDLEWARE_STATUSES = [401, 403, 429] as const;

/** Headers a problem response carries beyond X-Request-Id (which every response has). */
const PROBLEM_HEADERS: Record<number, Record<string, { $ref: string }>> = {
  401: { 'WWW-Authenticate': headerRef('WWW-Authenticate') },
  429: {
    'Retry-After': headerRef('Retry-After'),
    'RateLimit-Limit': headerRef('RateLimit-Limit'),
    'RateLimit-Remaining': headerRef('RateLimit-Remaining'),
    'RateLimit-Reset': headerRef('RateLimit-Reset'),
  },
  503: { 'Retry-After': headerRef('Retry-After') },
};

/** Problem responses of an operation: the statuses its handler gives, plus the middleware's. */
export function problems(...statuses: number[]) {
  const descriptions: Record<number, string> = {
    400: 'Invalid request (field-level errors listed)',
    401: 'Not authenticated',
    403: 'Caller may not do this',
    404: 'Not found',
    409: 'Conflict',
    412: 'The resource changed since it was read (ETag mismatch)',
    413: 'Request body too large',
    415: 'Unsupported media type',
    422: 'Blocked by rules',
    428: 'If-Match required',
    429: 'Rate limited',
    503: 'A dependency is unavailable',
  };
  const all = [...new Set([...statuses, ...MIDDLEWARE_STATUSES])].sort((a, b) => a - b);
  return Object.fromEntries(
    all.map((status) => [
      status,
      {
        description: descriptions[status] ?? 'Error',
        headers: PROBLEM_HEADERS[status],
        content: problemContent,
      },
    ]),
  );
}

export const PageQuerySchema = z.object({
  limit: z.coerce
    .number()
    .int()
    .min(1)
    .max(100)
    .default(20)
    .openapi({
      param: { name: 'limit', in: 'query' },
      description: 'Items per page',
      example: 20,
    }),
  // The cursors this API issues are base64url; saying so keeps a generated cursor inside the
  // request-line limit of the HTTP server (2,000 arbitrary characters percent-encode to >16 KiB).
  cursor: z
    .string()
    .max(2000)
    .regex(/^[A-Za-z0-9_-]*$/, 'is not a cursor this API issued')
    .optional()
    .openapi({
      param: { name: 'cursor', in: 'query' },
      description: '`nextCursor` of the previous page; absent: the first page',
      example: 'eyJrIjoidmFjXzAwMDAwMSJ9',
    }),
});

const ifMatch = (required: boolean) =>
  z
    .string()
    .max(100)
    // Optional to the validator even where required: a missing If-Match is a 428 (RFC 6585 §3),
    // which the use case answers, not a 400.
    .optional()
    .openapi({
      param: { name: 'if-match', in: 'header', required },
      description: required
        ? 'The ETag you last read (RFC 9110 §13.1.1); required: without it the answer is 428, with a stale one 412'
        : 'The ETag you last read; when sent, a stale one is refused with 412',
      example: '"v1"',
    });

/** `If-Match` where a change needs it (optimistic concurrency). */
export const IfMatchRequiredHeaderSchema = z.object({ 'if-match': ifMatch(true) });
/** `If-Match` where it is optional (the change is idempotent without it). */
export const IfMatchHeaderSchema = z.object({ 'if-match': ifMatch(false) });

export function jsonBody<T extends z.ZodType>(schema: T, description: string) {
  return { required: true, description, content: { 'application/json': { schema } } } as const;
}

/**
 * Domain results are deeply readonly; the response schemas' inferred types are mutable. The
 * JSON on the wire is the same either way, so responses are typed through this view.
 */
export type Wire<T> = T extends readonly (infer U)[]
  ? Wire<U>[]
  : T extends object
    ? { -readonly [K in keyof T]: Wire<T[K]> }
    : T;
export const wire = <T>(value: T): Wire<T> => value as Wire<T>;

/** Path parameters naming a resource by its id, each with its shape, description and example. */
export const ID_PARAMETERS = {
  vacancy: {
    pattern: VACANCY_ID_PATTERN,
    description: 'A vacancy id (`vac_…`)',
    example: 'vac_00000030',
  },
  candidate: {
    pattern: CANDIDATE_ID_PATTERN,
    description: 'A candidate id (`cand_…`, derived from the PES and its external id)',
    example: 'cand_491dca499abfa2d965013afd',
  },
  import: {
    pattern: /^imp_[A-Za-z0-9]{1,64}$/,
    description: 'An import job id (`imp_…`)',
    example: 'imp_484bc911fa61f81f224474ca',
  },
} as const;

export function idParameter(kind: keyof typeof ID_PARAMETERS, name = 'id') {
  const { pattern, description, example } = ID_PARAMETERS[kind];
  return z
    .string()
    .regex(pattern)
    .openapi({ param: { name, in: 'path' }, description, example });
}

/**
 * `Idempotency-Key` on a creating POST (IETF draft-ietf-httpapi-idempotency-key-header): kept
 * by shared/app/idempotency.ts, or with the import job for the uploads.
 */
export const IdempotencyKeyHeaderSchema = z.object({
  'idempotency-key': z
    .string()
    .max(255)
    .optional()
    .openapi({
      param: { name: 'idempotency-key', in: 'header' },
      description:
        'Makes the POST safe to retry (draft-ietf-httpapi-idempotency-key-header); a UUID, say. The same key and body within 24 h replay the first answer and create nothing; another body gets 422, a retry while the first runs 409. Keys are per caller; a failed request keeps none.',
      example: '0b5b8f0e-6f7d-4a43-9f55-3c1f4b1c7d2e',
    }),
});
