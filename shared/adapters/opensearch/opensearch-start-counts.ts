import type { API, Client } from '@opensearch-project/opensearch';
import { assertValidRankRequest, type RankRequest } from '../../matching/match-engine.js';
import type { StartCounts } from '../../ports/start-counts.js';
import type { CandidateCondition } from '../../search/candidate-condition.js';
import { conditionToQuery } from './condition-to-query.js';
import { effectiveConditions, ringPoolFilters } from './match-count-query.js';

export interface OpenSearchStartCountsOptions {
  readonly client: Client;
  /** The candidate index or alias (mapping: MATCHING_MAPPING_PROPERTIES). */
  readonly index: string;
}

/**
 * Start counts on OpenSearch: one `size: 0` search whose query is the ring search's pool and
 * conditions (match-count-query.ts), with a `filters` aggregation of one bucket per probe.
 * Each probe is its own query, so the clause limit applies per probe, not to their sum.
 */
export class OpenSearchStartCounts implements StartCounts {
  constructor(private readonly options: OpenSearchStartCountsOptions) {}

  async countEach(request: RankRequest, probes: readonly CandidateCondition[]): Promise<number[]> {
    assertValidRankRequest(request);
    if (probes.length === 0) return [];
    const { body } = await this.options.client.search({
      index: this.options.index,
      body: startCountsQuery(request, probes) as API.Search_RequestBody,
    });
    const buckets = (body as unknown as StartCountsBody).aggregations?.probes?.buckets;
    if (!buckets) throw new Error('OpenSearch start counts: no probes aggregation in the answer');
    return probes.map((_, i) => buckets[`p${i}`]?.doc_count ?? 0);
  }
}

interface StartCountsBody {
  readonly aggregations?: {
    readonly probes?: { readonly buckets: Readonly<Record<string, { readonly doc_count: number }>> };
  };
}

/** The search body (exported for inspection and tests). */
export function startCountsQuery(
  request: RankRequest,
  probes: readonly CandidateCondition[],
): Record<string, unknown> {
  return {
    size: 0,
    track_total_hits: false,
    query: {
      bool: {
        filter: [
          ...ringPoolFilters(request),
          ...effectiveConditions(request).map((c) => conditionToQuery(c.condition)),
        ],
      },
    },
    aggs: {
      probes: {
        filters: { filters: Object.fromEntries(probes.map((p, i) => [`p${i}`, conditionToQuery(p)])) },
      },
    },
  };
}
