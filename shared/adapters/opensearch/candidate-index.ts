import type { API, Client } from '@opensearch-project/opensearch';
import { addMissingFields } from './mapping-upgrade.js';
import { MATCHING_MAPPING_PROPERTIES } from './opensearch-mapping-requirements.js';
import { skillTextAnalysis, skillTextMapping } from './skill-text-analysis.js';

/**
 * The candidate index: mappings and settings in code, versioned. Raise the version whenever a
 * mapping or analysis change needs documents re-indexed; `scripts/reindex.ts` then builds
 * `${alias}-v${version}-${suffix}` and moves the alias onto it. Everything else reads and
 * writes through the alias (`CANDIDATE_INDEX_ALIAS`, default `candidates`).
 */
export const CANDIDATE_INDEX_VERSION = 1;

/** The suffix of the first index `ensureCandidateIndex` creates: fixed, so concurrent creators collide. */
export const INITIAL_SUFFIX = 'initial';

export function candidateIndexName(alias: string, suffix: string = timestampSuffix()): string {
  return `${alias}-v${CANDIDATE_INDEX_VERSION}-${suffix}`;
}

/** Every candidate index name built for `alias`, whatever its version. */
export function candidateIndexPattern(alias: string): string {
  return `${alias}-v*`;
}

/** `20260115t101500123z`: index names must be lower case and free of `:`. */
function timestampSuffix(now = new Date()): string {
  return now.toISOString().replace(/[-:.]/g, '').toLowerCase();
}

/** Settings of an index serving traffic. */
export const LIVE_SETTINGS = {
  refresh_interval: '1s',
  // One replica once there is a second node to hold it; a single node stays green with none.
  auto_expand_replicas: '0-1',
  // Every acknowledged write is fsynced to the translog before the bulk answers (the default).
  'translog.durability': 'request',
} as const;

/**
 * Settings while a new index is bulk-loaded: no refreshes, no replicas to copy to, and the
 * translog fsynced every few seconds instead of per request. A crash mid-load loses nothing
 * that matters: the index is not behind the alias yet, and the reindex is simply run again.
 */
export const BULK_LOAD_SETTINGS = {
  refresh_interval: '-1',
  auto_expand_replicas: false,
  number_of_replicas: 0,
  'translog.durability': 'async',
} as const;

export interface CandidateIndexOptions {
  /** Create with BULK_LOAD_SETTINGS (call `makeLive` once loaded). */
  readonly bulkLoad?: boolean;
}

/**
 * `languages` maps an ISO 639-1 code to a CEFR ordinal. The matching fragment declares every
 * known code; the dynamic template maps any other code that appears to a `byte` too, and since
 * a template with no `match_mapping_type` applies to every value, a non-numeric value is a
 * mapping error instead of a new text field.
 */
const LANGUAGES_TEMPLATE = {
  languages_cefr: { path_match: 'languages.*', mapping: { type: 'byte' } },
} as const;

export function candidateIndexBody(options: CandidateIndexOptions = {}) {
  return {
    settings: {
      index: {
        // A few hundred thousand small documents: one shard is plenty, and keeps scores and
        // totals exact (no per-shard term statistics).
        number_of_shards: 1,
        ...(options.bulkLoad ? BULK_LOAD_SETTINGS : LIVE_SETTINGS),
        // A delete leaves a tombstone holding its external version, so an older upsert that
        // arrives later is rejected as a conflict. OpenSearch forgets tombstones after
        // `index.gc_deletes` (60 s by default); after that a stale upsert would resurrect the
        // document. The stream retries a batch for up to 24 h (INDEXER_STREAM.maxRecordAge),
        // so tombstones are kept as long. They are small and deletes are rare.
        gc_deletes: '24h',
      },
      analysis: skillTextAnalysis(),
    },
    mappings: {
      // Only the fields below: a document with anything else is rejected, never silently mapped.
      dynamic: 'strict' as const,
      dynamic_templates: [LANGUAGES_TEMPLATE],
      properties: {
        ...MATCHING_MAPPING_PROPERTIES,
        languages: { ...MATCHING_MAPPING_PROPERTIES.languages, dynamic: true },
        skillText: skillTextMapping(),
      },
    },
  };
}

export async function createCandidateIndex(
  client: Client,
  name: string,
  options: CandidateIndexOptions & { readonly alias?: string } = {},
): Promise<void> {
  const body = candidateIndexBody(options);
  await client.indices.create({
    index: name,
    body: (options.alias
      ? { ...body, aliases: { [options.alias]: {} } }
      : body) as API.Indices_Create_RequestBody,
  });
}

/** Restores LIVE_SETTINGS after a bulk load and refreshes, so the index serves every document. */
export async function makeLive(client: Client, name: string): Promise<void> {
  await client.indices.putSettings({ index: name, body: { index: LIVE_SETTINGS } });
  await client.indices.refresh({ index: name });
}

/** The indices the alias points to (none if the alias does not exist). */
export async function indicesBehindAlias(client: Client, alias: string): Promise<string[]> {
  const response = await client.indices.getAlias({ name: alias }, { ignore: [404] });
  if (response.statusCode === 404) return [];
  return Object.keys(response.body as Record<string, unknown>).sort();
}

export interface EnsuredIndex {
  /** The index behind the alias. */
  readonly index: string;
  readonly created: boolean;
  /** Built with this code's CANDIDATE_INDEX_VERSION; if false, run a reindex. */
  readonly current: boolean;
  /** Fields this code maps that the existing index lacked, added in place (mapping-upgrade.ts). */
  readonly addedFields?: readonly string[];
}

/**
 * Creates the first candidate index with the alias on it, unless the alias exists.
 *
 * Idempotent and safe to race (cold starts of several Lambdas): the first index has a fixed
 * name, and index creation is atomic in the cluster, so one creator wins and the others get
 * `resource_already_exists_exception`. A loser then adds the alias itself (adding an alias an
 * index already has changes nothing), which also repairs an index that lost its alias.
 */
export async function ensureCandidateIndex(client: Client, alias: string): Promise<EnsuredIndex> {
  const existing = await indicesBehindAlias(client, alias);
  if (existing.length > 0) {
    const found = describe(alias, existing, false);
    const properties = candidateIndexBody().mappings.properties;
    return { ...found, addedFields: await addMissingFields(client, found.index, properties) };
  }
  const index = candidateIndexName(alias, INITIAL_SUFFIX);
  try {
    await createCandidateIndex(client, index, { alias });
    return describe(alias, [index], true);
  } catch (error) {
    if (errorType(error) !== 'resource_already_exists_exception') throw error;
  }
  const now = await indicesBehindAlias(client, alias);
  if (now.length > 0) return describe(alias, now, false);
  await client.indices.updateAliases({ body: { actions: [{ add: { index, alias } }] } });
  return describe(alias, [index], false);
}

function describe(alias: string, indices: readonly string[], created: boolean): EnsuredIndex {
  const index = indices[indices.length - 1] as string;
  return { index, created, current: index.startsWith(`${alias}-v${CANDIDATE_INDEX_VERSION}-`) };
}

/**
 * Points the alias at `newIndex` only. One `_aliases` request removes the alias from every index
 * that holds it and adds it to the new one; OpenSearch applies the actions of one request
 * atomically, so a search through the alias sees the old index or the new, never none or both.
 * Returns the indices the alias left.
 */
export async function swapAlias(client: Client, alias: string, newIndex: string): Promise<string[]> {
  const previous = (await indicesBehindAlias(client, alias)).filter((index) => index !== newIndex);
  await client.indices.updateAliases({
    body: {
      actions: [
        ...previous.map((index) => ({ remove: { index, alias } })),
        { add: { index: newIndex, alias } },
      ],
    },
  });
  return previous;
}

/** The `error.type` of an OpenSearch error response (ResponseError or a bulk item), if any. */
export function errorType(error: unknown): string | undefined {
  const body = (error as { meta?: { body?: { error?: { type?: unknown } } } } | undefined)?.meta?.body;
  const type = body?.error?.type;
  return typeof type === 'string' ? type : undefined;
}
