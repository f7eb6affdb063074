import type { OpenAPIHono } from '@hono/zod-openapi';
import type { Caller } from '../ports/identity.js';
import type { Telemetry } from '../ports/telemetry.js';

/**
 * Hono environment of every route: the caller is resolved once, by middleware, through the
 * identity port; the request id and telemetry are set first of all (request-context.ts).
 */
export interface AppEnv {
  Variables: { caller: Caller; requestId: string; telemetry: Telemetry };
}

export type AppRouter = OpenAPIHono<AppEnv>;
