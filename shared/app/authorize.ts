import type { Context } from 'hono';
import { matchedRoutes } from 'hono/route';
import { ForbiddenError } from '../errors.js';
import type { AppEnv } from './app-env.js';
import { accessFor, ROUTE_ACCESS, routeKey } from './route-scopes.js';

/**
 * The route the request will be answered by: the last matched route registered for a method
 * (middleware is registered for `ALL`). Undefined when no route matches, so `notFound` answers.
 */
function handlerRouteKey(c: Context<AppEnv>): string | undefined {
  const route = matchedRoutes(c)
    .filter((r) => r.method !== 'ALL')
    .at(-1);
  return route ? routeKey(route.method, route.path) : undefined;
}

/**
 * The first gate of every `/v1` request, after identity: the caller's role must be one the route
 * admits, and its token must carry the route's scope. Ownership is the use cases' and the
 * stores' business; this only decides whether the caller may try at all.
 */
export function authorize(c: Context<AppEnv>): void {
  const key = handlerRouteKey(c);
  if (key === undefined) return;
  const access = accessFor(key);
  // Deny by default: a route someone forgot to list is closed, not open.
  if (!access) throw new ForbiddenError('This operation has no access rule yet; it is closed.');
  const caller = c.get('caller');
  if (!access.roles.includes(caller.role)) {
    throw new ForbiddenError(
      `This operation is for ${access.roles.join(' or ')} callers; you are '${caller.role}'.`,
    );
  }
  if (!caller.scopes.includes(access.scope)) {
    throw new ForbiddenError(`This operation needs the '${access.scope}' scope, which your token lacks.`);
  }
}

interface OpenApiOperation {
  security?: Record<string, string[]>[];
  description?: string;
  [extension: `x-${string}`]: unknown;
}

/**
 * Writes the access table into an OpenAPI document: each operation's bearer scopes and an
 * `x-roles` extension, so the published document says exactly what the middleware enforces.
 */
export function documentRouteAccess<T extends { paths?: unknown }>(document: T): T {
  const paths = (document.paths ?? {}) as Record<string, Record<string, OpenApiOperation>>;
  for (const [path, operations] of Object.entries(paths)) {
    for (const [method, operation] of Object.entries(operations)) {
      const access = ROUTE_ACCESS[`${method.toUpperCase()} ${path}`];
      if (!access || typeof operation !== 'object') continue;
      // Either a bearer token with the route's scope, or (local runs only) the header identity.
      operation.security = [{ bearer: [access.scope] }, { localRole: [], localOrg: [] }];
      operation['x-roles'] = [...access.roles];
    }
  }
  return document;
}
