import { describe, expect, it } from 'vitest';
import { SEARCH_CLIENTS, searchSecurityRoles } from '../../infra/constructs/search-access.js';

// Least privilege per function (infra/constructs/search-access.ts); how the stateful stack
// applies the roles: search-security.test.ts.

describe('OpenSearch roles', () => {
  const roles = searchSecurityRoles('candidates');
  const actionsOf = (client: keyof typeof roles) =>
    roles[client].index_permissions.flatMap((permission) => permission.allowed_actions);

  it('touch the candidate alias and its indices only (alias lookups aside)', () => {
    for (const client of SEARCH_CLIENTS) {
      for (const permission of roles[client].index_permissions) {
        if (permission.index_patterns.includes('*')) {
          expect(client).toBe('indexer');
          expect(permission.allowed_actions).toEqual(['indices:admin/aliases/get']);
          continue;
        }
        expect(permission.index_patterns, client).toEqual(['candidates', 'candidates-v*']);
      }
    }
  });

  it('grant no action group or wildcard over a whole family of actions', () => {
    for (const client of SEARCH_CLIENTS) {
      const all = [...roles[client].cluster_permissions, ...actionsOf(client)];
      for (const action of all) {
        expect(action, client).toMatch(/^(indices|cluster):/);
        expect(action, client).not.toMatch(
          /^(indices|cluster):\*|^indices:(data|admin)\/\*$|^indices:data\/(read|write)\*$/,
        );
      }
    }
  });

  it('let only the indexer create indices or move aliases, and nobody delete an index', () => {
    for (const client of SEARCH_CLIENTS) {
      const actions = actionsOf(client);
      expect(actions.includes('indices:admin/create'), client).toBe(client === 'indexer');
      expect(actions.includes('indices:admin/aliases'), client).toBe(client === 'indexer');
      expect(
        actions.some((a) => a.startsWith('indices:admin/delete')),
        client,
      ).toBe(false);
    }
  });

  it('keep the exchange worker read-only and the retention sweep delete-only', () => {
    expect(actionsOf('exchangeWorker').every((a) => a.startsWith('indices:data/read/'))).toBe(true);
    expect(roles.exchangeWorker.cluster_permissions).toEqual([]);
    expect(actionsOf('retention').sort()).toEqual(['indices:data/write/bulk*', 'indices:data/write/delete']);
    expect(actionsOf('retention').some((a) => a.startsWith('indices:data/read'))).toBe(false);
  });

  it('let the writers take a first-seen language code (dynamic mapping update)', () => {
    for (const client of ['api', 'indexer'] as const) {
      expect(actionsOf(client)).toEqual(expect.arrayContaining(['indices:admin/mapping/auto_put']));
    }
  });

  it('check _bulk and _msearch as cluster actions where the code sends them', () => {
    expect(roles.api.cluster_permissions).toEqual(['indices:data/write/bulk', 'indices:data/read/msearch']);
    expect(roles.indexer.cluster_permissions).toEqual(['indices:data/write/bulk']);
    expect(roles.retention.cluster_permissions).toEqual(['indices:data/write/bulk']);
  });
});
