import { randomUUID } from 'node:crypto';
import type { MiddlewareHandler } from 'hono';
import type { Telemetry } from '../ports/telemetry.js';
import type { AppEnv } from './app-env.js';

/** The response header that names the request (docs/http.md); problem bodies carry it as `requestId`. */
export const REQUEST_ID_HEADER = 'x-request-id';
/** A caller's own id for a chain of requests; echoed into every log line of each. */
export const CORRELATION_ID_HEADER = 'x-correlation-id';
const WELL_FORMED_ID = /^[A-Za-z0-9._:=-]{1,128}$/;

/** API Gateway's request id, from the Lambda event Hono's adapter puts in `c.env`. */
function apiGatewayRequestId(env: unknown): string | undefined {
  const id = (env as { event?: { requestContext?: { requestId?: unknown } } } | undefined)?.event
    ?.requestContext?.requestId;
  return typeof id === 'string' && WELL_FORMED_ID.test(id) ? id : undefined;
}

/**
 * First middleware of the app: names the request (API Gateway's request id in Lambda, a fresh
 * UUID elsewhere; never the caller's choice, so ids in the logs can be trusted), takes the
 * caller's correlation id when it is well formed, runs the rest with both on every log line and
 * answers with `X-Request-Id`.
 */
export function requestContext(telemetry: Telemetry): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    const requestId = apiGatewayRequestId(c.env) ?? randomUUID();
    const offered = c.req.header(CORRELATION_ID_HEADER);
    const correlationId = offered && WELL_FORMED_ID.test(offered) ? offered : requestId;
    c.set('requestId', requestId);
    c.set('telemetry', telemetry);
    await telemetry.withRequest({ requestId, correlationId }, async () => {
      telemetry.log.debug('request', { method: c.req.method, path: c.req.path });
      await next();
      telemetry.log.debug('response', { status: c.res.status });
    });
    c.header(REQUEST_ID_HEADER, requestId);
  };
}
