import type { Context } from 'hono';
import { HTTPException } from 'hono/http-exception';
import { isDependencyUnavailable } from '../concurrency/dependency-errors.js';
import {
  ConcentricError,
  InternalError,
  MalformedBodyError,
  PayloadTooLargeError,
  ServiceUnavailableError,
  ValidationError,
} from '../errors.js';
import { silentTelemetry } from '../ports/telemetry.js';
import { REQUEST_ID_HEADER } from './request-context.js';

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

/**
 * Renders an error as RFC 9457 problem details, with the request id in the body (`requestId`) and
 * in `X-Request-Id`, and the headers the problem asks for (Retry-After, WWW-Authenticate…).
 */
export function problemResponse(c: Context, error: unknown): Response {
  const problem = toConcentricError(error);
  const requestId: string | undefined = c.get('requestId');
  const log = (c.get('telemetry') ?? silentTelemetry).log;
  if (problem instanceof InternalError) {
    log.error('unhandled error', { path: c.req.path, error: describe(error) });
  } else if (problem instanceof ServiceUnavailableError) {
    // The caller only learns "retry later"; the operator needs to know which dependency failed.
    const cause = error instanceof ConcentricError ? error.cause : error;
    log.warn('dependency unavailable', {
      path: c.req.path,
      ...(cause !== undefined ? { error: describe(cause) } : {}),
    });
  }
  const body = {
    type: problem.type,
    title: problem.title,
    status: problem.status,
    detail: problem.message,
    instance: c.req.path,
    ...(requestId ? { requestId } : {}),
    ...problem.extensions(),
  };
  const headers: Record<string, string> = {
    'content-type': PROBLEM_CONTENT_TYPE,
    ...problem.headers(),
    ...(requestId ? { [REQUEST_ID_HEADER]: requestId } : {}),
  };
  return new Response(JSON.stringify(body), { status: problem.status, headers });
}

/** The error for the log, with its causes (a spent retry names the dependency's last refusal). */
function describe(error: unknown, depth = 0): Record<string, unknown> {
  if (!(error instanceof Error)) return { value: String(error) };
  const cause = error.cause !== undefined && depth < 3 ? { cause: describe(error.cause, depth + 1) } : {};
  return { name: error.name, message: error.message, stack: error.stack, ...cause };
}

export { ValidationError };
