import { ROLES, type Role } from '../ports/identity.js';
import type { Scope } from '../ports/scopes.js';

export interface RouteAccess {
  /** Roles that may call the route at all; anyone else gets 403 before the handler runs. */
  readonly roles: readonly Role[];
  /** The one scope the caller's token must carry. */
  readonly scope: Scope;
}

const ANY_ROLE: readonly Role[] = ROLES;

/**
 * Who may call which route: the one table, keyed by `METHOD path` exactly as the OpenAPI
 * document spells the path. The authorization middleware enforces it and the OpenAPI document
 * shows it (each operation's `security` scopes and `x-roles`). A route without a row here is
 * refused for everyone (403), and a test fails until the row is added, so a new route can never
 * be open by omission.
 *
 * Roles and scopes are the first gate only. Ownership (which vacancy, which candidate) is
 * checked in the use cases and again in the store adapters.
 */
export const ROUTE_ACCESS: Readonly<Record<string, RouteAccess>> = {
  'POST /v1/vacancies': { roles: ['employer'], scope: 'vacancies:write' },
  'GET /v1/vacancies': { roles: ['employer'], scope: 'vacancies:read' },
  'GET /v1/vacancies/{id}': { roles: ['employer'], scope: 'vacancies:read' },
  'PUT /v1/vacancies/{id}': { roles: ['employer'], scope: 'vacancies:write' },
  'POST /v1/vacancies/{id}/close': { roles: ['employer'], scope: 'vacancies:write' },
  'POST /v1/vacancies/{id}/matches': { roles: ['employer', 'pes'], scope: 'matches:read' },
  'GET /v1/vacancies/{vacancyId}/candidates/{candidateId}': {
    roles: ['employer'],
    scope: 'candidates:read',
  },
  'PUT /v1/candidates/by-external-id/{externalId}': { roles: ['pes'], scope: 'candidates:write' },
  'GET /v1/candidates': { roles: ['pes'], scope: 'candidates:read' },
  'GET /v1/candidates/{id}': { roles: ['pes'], scope: 'candidates:read' },
  'DELETE /v1/candidates/{id}': { roles: ['pes'], scope: 'candidates:write' },
  'PUT /v1/candidates/{id}/consents/{purpose}': { roles: ['pes'], scope: 'consents:write' },
  'DELETE /v1/candidates/{id}/consents/{purpose}': { roles: ['pes'], scope: 'consents:write' },
  'GET /v1/taxonomy/occupations': { roles: ANY_ROLE, scope: 'reference:read' },
  'GET /v1/taxonomy/skills': { roles: ANY_ROLE, scope: 'reference:read' },
  'POST /v1/taxonomy/skills/resolve': { roles: ANY_ROLE, scope: 'reference:read' },
  'POST /v1/taxonomy/skills/extract': { roles: ANY_ROLE, scope: 'reference:read' },
  'GET /v1/rules': { roles: ANY_ROLE, scope: 'reference:read' },
  'POST /v1/rules/dry-run': { roles: ['employer', 'operator'], scope: 'reference:read' },
  'GET /v1/audit': { roles: ['operator'], scope: 'audit:read' },
  // Aggregates across every employer's vacancies and every service's pool: no PES or talent pool.
  'GET /v1/insight/tension': { roles: ['operator', 'employer'], scope: 'insight:read' },
  'GET /v1/insight/sourcing-plan': { roles: ['operator', 'employer'], scope: 'insight:read' },
  'GET /v1/insight/report': { roles: ['operator', 'employer'], scope: 'insight:read' },
  // Bulk exchange (docs/exchange.md): uploads are a PES's own profiles; the feed is scoped per caller.
  'POST /v1/candidates/bulk': { roles: ['pes'], scope: 'candidates:write' },
  'GET /v1/candidates/bulk/template.csv': { roles: ['pes'], scope: 'candidates:write' },
  'POST /v1/candidate-imports': { roles: ['pes'], scope: 'candidates:write' },
  'GET /v1/candidate-imports/{id}': { roles: ['pes'], scope: 'candidates:read' },
  'GET /v1/candidate-imports/{id}/report': { roles: ['pes'], scope: 'candidates:read' },
  'GET /v1/changes': { roles: ANY_ROLE, scope: 'exchange:read' },
  'GET /v1/exchange/candidates': { roles: ['pes', 'talent-pool'], scope: 'exchange:read' },
  'GET /v1/exchange/schema.json': { roles: ANY_ROLE, scope: 'reference:read' },
  'POST /v1/webhooks/subscriptions': { roles: ['employer', 'pes'], scope: 'webhooks:manage' },
  'GET /v1/webhooks/subscriptions': { roles: ['employer', 'pes'], scope: 'webhooks:manage' },
  'DELETE /v1/webhooks/subscriptions/{id}': { roles: ['employer', 'pes'], scope: 'webhooks:manage' },
  'GET /v1/webhooks/deliveries': { roles: ['employer', 'pes'], scope: 'webhooks:manage' },
  'GET /v1/webhooks/deliveries/{id}': { roles: ['employer', 'pes'], scope: 'webhooks:manage' },
  'POST /v1/webhooks/deliveries/{id}/replay': { roles: ['employer', 'pes'], scope: 'webhooks:manage' },
};

/** `METHOD /path/{param}` from a Hono route (`/path/:param`, optionally with a `{regex}`). */
export function routeKey(method: string, honoPath: string): string {
  const path = honoPath.replace(/:([A-Za-z0-9_]+)(\{[^}]*\})?/g, '{$1}');
  return `${method.toUpperCase()} ${path}`;
}

export function accessFor(key: string): RouteAccess | undefined {
  return Object.hasOwn(ROUTE_ACCESS, key) ? ROUTE_ACCESS[key] : undefined;
}
