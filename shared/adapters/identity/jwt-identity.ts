import { createRemoteJWKSet, type JWTVerifyGetKey, jwtVerify } from 'jose';
import { UnauthenticatedError } from '../../errors.js';
import { type Caller, type IdentityProvider, ROLES, type Role } from '../../ports/identity.js';

export interface JwtIdentityOptions {
  readonly issuer: string;
  readonly audience: string;
  /** The key set: a remote JWKS URL, or a key resolver (local dev keys, tests). */
  readonly keys: URL | JWTVerifyGetKey;
  /** Accepted signature algorithms; `none` is never accepted. */
  readonly algorithms?: readonly string[];
}

const ORG_PATTERN = /^[A-Za-z0-9._-]{2,64}$/;

/**
 * Verified JWT bearer identity. Claims: `role` (employer | pes | talent-pool | operator),
 * `org` (organisation id) and `scope` (space-separated). Signature, issuer, audience, expiry and
 * algorithm are checked by jose; anything off is 401 with no detail about which check failed
 * beyond what helps a legitimate client.
 */
export class JwtIdentityProvider implements IdentityProvider {
  private readonly keys: JWTVerifyGetKey;

  constructor(private readonly options: JwtIdentityOptions) {
    this.keys = options.keys instanceof URL ? createRemoteJWKSet(options.keys) : options.keys;
  }

  async identify(headers: Headers): Promise<Caller> {
    const header = headers.get('authorization');
    if (header === null) throw new UnauthenticatedError('Send Authorization: Bearer <token>.');
    const match = /^Bearer ([A-Za-z0-9._~+/=-]+)$/.exec(header);
    if (!match?.[1]) {
      throw new UnauthenticatedError('Send Authorization: Bearer <token>.', 'invalid_request');
    }
    let payload: Record<string, unknown>;
    try {
      ({ payload } = await jwtVerify(match[1], this.keys, {
        issuer: this.options.issuer,
        audience: this.options.audience,
        algorithms: [...(this.options.algorithms ?? ['RS256', 'ES256'])],
        clockTolerance: 30,
      }));
    } catch (error) {
      const reason =
        error instanceof Error && 'code' in error ? String((error as { code: unknown }).code) : 'invalid';
      throw new UnauthenticatedError(`The bearer token was refused (${reason}).`, 'invalid_token');
    }
    const role = payload.role;
    const org = payload.org;
    if (typeof role !== 'string' || !(ROLES as readonly string[]).includes(role)) {
      throw new UnauthenticatedError('The token carries no valid role claim.', 'invalid_token');
    }
    if (typeof org !== 'string' || !ORG_PATTERN.test(org))
      throw new UnauthenticatedError('The token carries no valid org claim.', 'invalid_token');
    const scopes = typeof payload.scope === 'string' ? payload.scope.split(' ').filter(Boolean) : [];
    return {
      role: role as Role,
      org,
      subject: typeof payload.sub === 'string' ? payload.sub : `${role}:${org}`,
      scopes,
    };
  }
}
