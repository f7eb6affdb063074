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

/**
 * The vacancy if `ownerOrg` owns it, else undefined: the use cases' own ownership check on what
 * the store returned (the store checks it too, docs/security.md "Tenant isolation"), so a store
 * or handler bug cannot hand one employer another's vacancy.
 */
export function ownedVacancy<V extends { readonly ownerOrg: string }>(
  ownerOrg: string,
  vacancy: V | undefined,
): V | undefined {
  return vacancy?.ownerOrg === ownerOrg ? vacancy : undefined;
}

/** The items of a page that `ownerOrg` owns (the store lists by owner; this checks again). */
export function ownedItems<V extends { readonly ownerOrg: string }>(
  ownerOrg: string,
  items: readonly V[],
): V[] {
  return items.filter((item) => item.ownerOrg === ownerOrg);
}
