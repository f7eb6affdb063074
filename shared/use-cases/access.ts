import { ForbiddenError } from '../errors.js';
import type { Caller, Role } from '../ports/identity.js';

/** Refuses callers whose role may not use an operation. */
export function requireRole(caller: Caller, ...roles: Role[]): void {
  if (!roles.includes(caller.role)) {
    throw new ForbiddenError(
      `This operation is for ${roles.join(' or ')} callers; you are '${caller.role}'.`,
    );
  }
}
