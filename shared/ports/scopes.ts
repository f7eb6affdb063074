import type { Role } from './identity.js';

/**
 * OAuth scopes a caller's token may carry. A route names one scope (see
 * `shared/app/route-scopes.ts`); a caller needs the route's role *and* that scope, so a token can
 * be narrowed below what its role allows (a PES integration that only uploads profiles gets
 * `candidates:write` and nothing else).
 */
export const SCOPES = [
  'vacancies:read',
  'vacancies:write',
  'matches:read',
  'candidates:read',
  'candidates:write',
  'consents:write',
  'audit:read',
  'reference:read',
  'insight:read',
  /** Change feed and exchange export (EURES / EU Talent Pool pull). */
  'exchange:read',
  /** Webhook subscriptions and deliveries. */
  'webhooks:manage',
] as const;
export type Scope = (typeof SCOPES)[number];

/**
 * The scopes each role may hold, and what a caller without a token (local header identity) or
 * a freshly minted dev token gets by default.
 */
export const ROLE_SCOPES: Readonly<Record<Role, readonly Scope[]>> = {
  employer: [
    'vacancies:read',
    'vacancies:write',
    'matches:read',
    'candidates:read',
    'reference:read',
    'insight:read',
    'exchange:read',
    'webhooks:manage',
  ],
  pes: [
    'candidates:read',
    'candidates:write',
    'consents:write',
    'matches:read',
    'reference:read',
    'exchange:read',
    'webhooks:manage',
  ],
  'talent-pool': ['reference:read', 'exchange:read'],
  operator: ['audit:read', 'reference:read', 'insight:read', 'exchange:read'],
};

export function isScope(value: string): value is Scope {
  return (SCOPES as readonly string[]).includes(value);
}
