import type { Context } from 'hono';
import { HTTPException } from 'hono/http-exception';
import {
  ConcentricError,
  InternalError,
  MalformedBodyError,
  PayloadTooLargeError,
  RateLimitedError,
  ServiceUnavailableError,
  ValidationError,
} from '../errors.js';
import { isDependencyUnavailable } from './dependency-errors.js';

export const PROBLEM_CONTENT_TYPE = 'application/problem+json';

/** Maps anything thrown to a member of the error hierarchy. Unknown errors never leak details. */
export function toConcentricError(error: unknown): ConcentricError {
  if (error instanceof ConcentricError) return error;
  if (isDependencyUnavailable(error)) {
    return new ServiceUnavailableError(
      'A dependency is overloaded or unreachable; retry the request shortly.',
    );
  }
  if (error instanceof HTTPException) {
    if (error.status === 413) return new PayloadTooLargeError(0);
    if (error.status === 400)
      return new MalformedBodyError(error.message || 'The request body is not valid JSON.');
  }
  return new InternalError();
}

/** Renders an error as RFC 9457 problem details. */
export function problemResponse(c: Context, error: unknown): Response {
  const problem = toConcentricError(error);
  if (problem instanceof InternalError) {
    console.error(
      JSON.stringify({
        level: 'error',
        message: 'unhandled error',
        path: c.req.path,
        error: describe(error),
      }),
    );
  } else if (problem instanceof ServiceUnavailableError) {
    // The caller only learns "retry later"; the operator needs to know which dependency failed.
    const cause = error instanceof ConcentricError ? error.cause : error;
    console.warn(
      JSON.stringify({
        level: 'warn',
        message: 'dependency unavailable',
        path: c.req.path,
        ...(cause !== undefined ? { error: describe(cause) } : {}),
      }),
    );
  }
  const body = {
    type: problem.type,
    title: problem.title,
    status: problem.status,
    detail: problem.message,
    instance: c.req.path,
    ...problem.extensions(),
  };
  const headers: Record<string, string> = { 'content-type': PROBLEM_CONTENT_TYPE };
  if (problem instanceof RateLimitedError || problem instanceof ServiceUnavailableError) {
    headers['retry-after'] = String(problem.retryAfterSeconds);
  }
  return new Response(JSON.stringify(body), { status: problem.status, headers });
}

function describe(error: unknown): Record<string, unknown> {
  return error instanceof Error
    ? { name: error.name, message: error.message, stack: error.stack }
    : { value: String(error) };
}

export { ValidationError };
