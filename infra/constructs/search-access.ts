import { Aws } from 'aws-cdk-lib';

/**
 * Who may call the OpenSearch domain, and what each caller may do there. One place for both
 * layers: the IAM verbs on each function role (SigV4, checked at the domain's edge) and the
 * OpenSearch security role each function role is mapped to (fine-grained access control, checked
 * per action and index inside the cluster). The security roles are applied by the search-security
 * custom resource in the stateful stack (infra/constructs/search-security.ts).
 */
export const SEARCH_CLIENTS = ['api', 'indexer', 'retention', 'exchangeWorker'] as const;
export type SearchClient = (typeof SEARCH_CLIENTS)[number];

/** A role of the OpenSearch security plugin (`PUT _plugins/_security/api/roles/<name>`). */
export interface SearchSecurityRole {
  readonly cluster_permissions: readonly string[];
  readonly index_permissions: readonly {
    readonly index_patterns: readonly string[];
    readonly allowed_actions: readonly string[];
  }[];
}

/** OpenSearch security role names, one per function. */
export const SEARCH_ROLE_NAMES: Record<SearchClient, string> = {
  api: 'concentric_api',
  indexer: 'concentric_indexer',
  retention: 'concentric_retention',
  exchangeWorker: 'concentric_exchange_worker',
};

/**
 * The HTTP verbs each function role may sign, from what its code sends through
 * `@opensearch-project/opensearch` (shared/adapters/opensearch, shared/matching, shared/insight):
 * - GET: a document by id (`get`), the alias lookup before the first index write (`indices.getAlias`);
 * - POST: `_search`, `_count`, `_msearch` (bodies), `_bulk` (no index in the path), `_aliases`;
 * - PUT: index creation (`indices.create`), the indexer's first write on a fresh domain only.
 * No HEAD, no DELETE (documents are deleted inside `_bulk`), no PATCH.
 */
export const SEARCH_HTTP_VERBS: Record<SearchClient, readonly string[]> = {
  api: ['es:ESHttpGet', 'es:ESHttpPost'],
  indexer: ['es:ESHttpGet', 'es:ESHttpPost', 'es:ESHttpPut'],
  retention: ['es:ESHttpPost'],
  exchangeWorker: ['es:ESHttpGet', 'es:ESHttpPost'],
};

/** Document reads through the alias: `_search`, `_count` (a search), `_msearch` items, `_doc/{id}`. */
const READ = ['indices:data/read/search*', 'indices:data/read/get*'];
/** Document deletes inside `_bulk` (the `[s]` shard-level action included). */
const DELETE = ['indices:data/write/bulk*', 'indices:data/write/delete'];
/**
 * Document upserts inside `_bulk`. `languages.*` is mapped by a dynamic template, so a language
 * code seen for the first time updates the mapping (`auto_put`, `put` on older nodes).
 */
const UPSERT = [
  'indices:data/write/bulk*',
  'indices:data/write/index',
  'indices:admin/mapping/put',
  'indices:admin/mapping/auto_put',
];

/**
 * Least-privilege OpenSearch roles. Every index permission names the candidate alias and the
 * indices built for it (`<alias>-v<version>-<suffix>`, shared/adapters/opensearch/candidate-index.ts);
 * nothing else in the cluster. `_bulk` and `_msearch` are checked as cluster actions first, then
 * per item on the index, so they appear in both lists.
 *
 * - api: match, insight and candidate views read; a consent change or an erasure is also pushed
 *   to the index at once (shared/use-cases/search-push.ts), so it upserts and deletes too.
 * - indexer: the stream's upserts and deletes; on a fresh domain the first write creates the
 *   first index with the alias (ensureCandidateIndex). `GET /_alias/<alias>` names no index, so
 *   the security plugin resolves it against every index: `indices:admin/aliases/get` on `*`
 *   (alias metadata only, no documents).
 * - retention: the sweep deletes expired profiles' documents at once.
 * - exchangeWorker: webhook notifications rank candidates for vacancies (search and get only).
 *
 * Index creation for a reindex (scripts/reindex.ts: create, settings, refresh, alias swap,
 * delete) is deliberately in no function role; see docs/deploy.md.
 */
export function searchSecurityRoles(alias: string): Record<SearchClient, SearchSecurityRole> {
  const candidateIndices = [alias, `${alias}-v*`];
  return {
    api: {
      cluster_permissions: ['indices:data/write/bulk', 'indices:data/read/msearch'],
      index_permissions: [
        { index_patterns: candidateIndices, allowed_actions: unique(READ, UPSERT, DELETE) },
      ],
    },
    indexer: {
      cluster_permissions: ['indices:data/write/bulk'],
      index_permissions: [
        {
          index_patterns: candidateIndices,
          allowed_actions: unique(UPSERT, DELETE, [
            'indices:admin/create',
            'indices:admin/aliases',
            'indices:admin/aliases/get',
          ]),
        },
        { index_patterns: ['*'], allowed_actions: ['indices:admin/aliases/get'] },
      ],
    },
    retention: {
      cluster_permissions: ['indices:data/write/bulk'],
      index_permissions: [{ index_patterns: candidateIndices, allowed_actions: unique(DELETE) }],
    },
    exchangeWorker: {
      cluster_permissions: [],
      index_permissions: [{ index_patterns: candidateIndices, allowed_actions: unique(READ) }],
    },
  };
}

function unique(...lists: readonly (readonly string[])[]): string[] {
  return [...new Set(lists.flat())];
}

/**
 * The fixed IAM role name of each function. The stateful stack maps these names to OpenSearch
 * roles before the stateless stack creates the roles, so neither stack references the other's
 * roles (which would make the two stacks depend on each other). The region is part of the name
 * because IAM names are global to the account: one environment per region, as for the domain.
 */
export function functionRoleNames(envName: string): Record<SearchClient, string> {
  const name = (client: string) => `concentric-${envName}-${client}-${Aws.REGION}`;
  return {
    api: name('api'),
    indexer: name('indexer'),
    retention: name('retention'),
    exchangeWorker: name('exchange-worker'),
  };
}
