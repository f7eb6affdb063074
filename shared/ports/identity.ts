/**
 * Who is calling. Every route knows its caller through this port: a role and an organisation.
 * The local and test setup trusts headers; the JWT adapter (shared/adapters/identity/) gives verified claims
 * behind the same interface.
 */
export const ROLES = ['employer', 'pes', 'talent-pool', 'operator'] as const;
export type Role = (typeof ROLES)[number];

export interface Caller {
  readonly role: Role;
  /** Organisation id: an employer's id, or a PES code such as `VDAB`, `ANAPEC`. */
  readonly org: string;
  readonly subject: string;
  readonly scopes: readonly string[];
}

export interface IdentityProvider {
  /** Resolves the caller from request headers, or throws UnauthenticatedError. */
  identify(headers: Headers): Promise<Caller>;
}
