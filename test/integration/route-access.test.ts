import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ROUTE_ACCESS } from '../../shared/app/route-scopes.js';
import { ROLES } from '../../shared/ports/identity.js';
import { ROLE_SCOPES, SCOPES } from '../../shared/ports/scopes.js';
import { type Harness, startHarness } from '../support/api-harness.js';

let h: Harness;
let operations: { key: string; security?: Record<string, string[]>[]; roles?: string[] }[];

beforeAll(async () => {
  h = await startHarness();
  const doc = (await (await h.call('GET', '/openapi.json')).json()) as {
    paths: Record<string, Record<string, { security?: Record<string, string[]>[]; 'x-roles'?: string[] }>>;
  };
  operations = Object.entries(doc.paths).flatMap(([path, ops]) =>
    Object.entries(ops).map(([method, op]) => ({
      key: `${method.toUpperCase()} ${path}`,
      security: op.security,
      roles: op['x-roles'],
    })),
  );
});
afterAll(async () => h.close());

describe('the route access table', () => {
  it('has a row for every /v1 operation in the OpenAPI document, and no row without one', () => {
    const documented = operations.map((o) => o.key).filter((k) => k.includes(' /v1/'));
    expect(documented.filter((k) => !(k in ROUTE_ACCESS))).toEqual([]);
    expect(Object.keys(ROUTE_ACCESS).filter((k) => !documented.includes(k))).toEqual([]);
  });

  it('names only scopes the roles it admits may hold', () => {
    for (const [key, access] of Object.entries(ROUTE_ACCESS)) {
      expect(SCOPES, key).toContain(access.scope);
      for (const role of access.roles)
        expect(ROLE_SCOPES[role], `${key} for ${role}`).toContain(access.scope);
    }
  });

  it('is published in the OpenAPI document: the bearer scope and the roles of each operation', () => {
    for (const op of operations.filter((o) => o.key.includes(' /v1/'))) {
      const access = ROUTE_ACCESS[op.key];
      // A bearer token with the scope, or (local runs only) the header identity.
      expect(op.security, op.key).toEqual([{ bearer: [access?.scope] }, { localRole: [], localOrg: [] }]);
      expect(op.roles, op.key).toEqual(access?.roles);
    }
  });

  it('refuses every role the table leaves out, before any handler runs (403)', async () => {
    let refused = 0;
    for (const [key, access] of Object.entries(ROUTE_ACCESS)) {
      const [method, template] = key.split(' ') as [string, string];
      const path = template.replace(/\{[^}]+\}/g, 'x');
      for (const role of ROLES.filter((r) => !access.roles.includes(r))) {
        const res = await h.call(method, path, { as: [role, 'org-probe'] });
        expect(res.status, `${role} ${key}`).toBe(403);
        refused++;
      }
    }
    expect(refused).toBeGreaterThan(20);
  });
});
