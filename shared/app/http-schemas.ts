import { z } from '@hono/zod-openapi';
import { PROBLEM_BASE } from '../errors.js';

/** Schemas that only exist at the HTTP edge: problem details, pagination, headers. */

export const ProblemSchema = z
  .object({
    type: z.string().openapi({ example: `${PROBLEM_BASE}validation-error` }),
    title: z.string(),
    status: z.number().int(),
    detail: z.string().optional(),
    instance: z.string().optional(),
    errors: z
      .array(z.object({ field: z.string(), message: z.string(), code: z.string().optional() }))
      .optional(),
    violations: z.array(z.unknown()).optional(),
  })
  .passthrough()
  .openapi('Problem');

export const problemContent = { 'application/problem+json': { schema: ProblemSchema } };

/**
 * Every `/v1` request passes the identity, access and rate-limit middleware before its handler,
 * so every operation can answer 401, 403 and 429 whatever its own handler does.
 */
const MIDDLEWARE_STATUSES = [401, 403, 429] as const;

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
    all.map((status) => [status, { description: descriptions[status] ?? 'Error', content: problemContent }]),
  );
}

export const PageQuerySchema = z.object({
  limit: z.coerce
    .number()
    .int()
    .min(1)
    .max(100)
    .default(20)
    .openapi({ param: { name: 'limit', in: 'query' } }),
  // The cursors this API issues are base64url; saying so keeps a generated cursor inside the
  // request-line limit of the HTTP server (2,000 arbitrary characters percent-encode to >16 KiB).
  cursor: z
    .string()
    .max(2000)
    .regex(/^[A-Za-z0-9_-]*$/, 'is not a cursor this API issued')
    .optional()
    .openapi({ param: { name: 'cursor', in: 'query' } }),
});

export const CallerHeadersSchema = z.object({
  'x-caller-role': z
    .string()
    .optional()
    .openapi({ param: { name: 'x-caller-role', in: 'header' }, description: 'Local/dev identity only' }),
  'x-caller-org': z
    .string()
    .optional()
    .openapi({ param: { name: 'x-caller-org', in: 'header' }, description: 'Local/dev identity only' }),
});

export const IfMatchHeaderSchema = z.object({
  'if-match': z
    .string()
    .max(100)
    .optional()
    .openapi({ param: { name: 'if-match', in: 'header' }, example: '"v1"' }),
});

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
