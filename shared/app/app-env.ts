import type { OpenAPIHono } from '@hono/zod-openapi';
import type { Caller } from '../ports/identity.js';

/** Hono environment of every route: the caller is resolved once, by middleware, through the identity port. */
export interface AppEnv {
  Variables: { caller: Caller };
}

export type AppRouter = OpenAPIHono<AppEnv>;
