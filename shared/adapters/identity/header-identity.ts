import { ForbiddenError, UnauthenticatedError } from '../../errors.js';
import { type Caller, type IdentityProvider, ROLES, type Role } from '../../ports/identity.js';
import { ROLE_SCOPES } from '../../ports/scopes.js';

const ORG_PATTERN = /^[A-Za-z0-9._-]{2,64}$/;

/**
 * Local and test identity: trusts `X-Caller-Role` and `X-Caller-Org`, and grants the role's
 * default scopes (there is no token to narrow them). Never used in AWS, where verified JWT claims
 * fill the same `Caller`; `IDENTITY=jwt npm start` runs locally with the dev key set instead.
 */
export class HeaderIdentityProvider implements IdentityProvider {
  async identify(headers: Headers): Promise<Caller> {
    const role = headers.get('x-caller-role');
    const org = headers.get('x-caller-org');
    if (!role || !org)
      throw new UnauthenticatedError('Send X-Caller-Role and X-Caller-Org (local identity).');
    if (!(ROLES as readonly string[]).includes(role)) {
      throw new ForbiddenError(`Unknown role '${role}'; expected one of ${ROLES.join(', ')}.`);
    }
    if (!ORG_PATTERN.test(org))
      throw new ForbiddenError('X-Caller-Org must be 2–64 letters, digits, dot, dash or underscore.');
    return { role: role as Role, org, subject: `${role}:${org}`, scopes: [...ROLE_SCOPES[role as Role]] };
  }
}
