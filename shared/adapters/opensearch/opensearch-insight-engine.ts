import type { API, Client } from '@opensearch-project/opensearch';
import type { Ring } from '../../domain/geography.js';
import {
  assertValidSupplyRequest,
  type InsightEngine,
  type SupplyRequest,
  type SupplyResult,
  type SupplyTallies,
  supplyFromTallies,
  tallyFor,
} from '../../insight/insight-engine.js';
import type { GapItem, GroupSpec } from '../../insight/qualification.js';
import type { StartWindowSpec } from '../../start-date/start-windows.js';
import { MATCH_NONE, type QueryClause } from './condition-to-query.js';
import { windowParts } from './start-window-query.js';

export interface OpenSearchInsightEngineOptions {
  readonly client: Client;
  /** The candidate index or alias (mapping: MATCHING_MAPPING_PROPERTIES). */
  readonly index: string;
}

/** More than there are ISO 3166-1 countries, so a terms aggregation on `country` is complete. */
const COUNTRY_BUCKETS = 300;

/**
 * Insight on OpenSearch with aggregations only: one search per group, sent together in one
 * `_msearch` (one round trip, and each group's buckets stay far below `search.max_buckets`):
 * - `query`: the group's qualification (qualification.ts) as a filter;
 * - `aggs`: terms on `ring` → terms on `country` → a `filters` aggregation counting, per
 *   training need, the candidates who cover it, and one counting, per start window, those who
 *   could start in it (each window's filter names its ring, so a country bucket of another
 *   ring counts 0 there and is not read).
 * The index has one shard, so terms counts are exact; a bucket left out (`sum_other_doc_count`)
 * would make them partial, and is an error rather than a quiet undercount.
 */
export class OpenSearchInsightEngine implements InsightEngine {
  constructor(private readonly options: OpenSearchInsightEngineOptions) {}

  async supply(request: SupplyRequest): Promise<SupplyResult> {
    assertValidSupplyRequest(request);
    const tallies: SupplyTallies = new Map();
    if (request.groups.length === 0) return supplyFromTallies(request, tallies);
    const { body } = await this.options.client.msearch({
      body: request.groups.flatMap((spec) => [
        { index: this.options.index },
        supplyQuery(spec),
      ]) as unknown as API.Msearch_RequestBody,
    });
    const responses = (body as unknown as { responses: readonly GroupResponse[] }).responses;
    request.groups.forEach((spec, i) => {
      const response = responses[i];
      if (!response?.aggregations) {
        throw new Error(
          `OpenSearch insight search for group ${spec.group} failed: ${JSON.stringify(response?.error)}`,
        );
      }
      const rings = response.aggregations.rings;
      assertComplete(rings, spec.group);
      for (const ringBucket of rings.buckets) {
        assertComplete(ringBucket.countries, spec.group);
        for (const bucket of ringBucket.countries.buckets) {
          const tally = tallyFor(tallies, spec.group, Number(ringBucket.key) as Ring, String(bucket.key));
          tally.candidates += bucket.doc_count;
          spec.gaps.forEach((gap, g) => {
            tally.covered[gap.key] = bucket.covered?.buckets[gapBucket(g)]?.doc_count ?? 0;
          });
          for (const window of spec.startWindows ?? []) {
            if (window.ring !== Number(ringBucket.key)) continue;
            // The parts of a window are disjoint (start-window-query.ts): their counts add up.
            tally.startable[window.key] = windowParts(window).reduce(
              (sum, _part, p) => sum + (bucket.startable?.buckets[windowBucket(window, p)]?.doc_count ?? 0),
              0,
            );
          }
        }
      }
    });
    return supplyFromTallies(request, tallies);
  }
}

interface TermsAgg<B> {
  readonly sum_other_doc_count?: number;
  readonly buckets: readonly B[];
}
interface CountryBucket {
  readonly key: string;
  readonly doc_count: number;
  readonly covered?: { readonly buckets: Readonly<Record<string, { readonly doc_count: number }>> };
  readonly startable?: { readonly buckets: Readonly<Record<string, { readonly doc_count: number }>> };
}
interface GroupResponse {
  readonly error?: unknown;
  readonly aggregations?: {
    readonly rings: TermsAgg<{ readonly key: number | string; readonly countries: TermsAgg<CountryBucket> }>;
  };
}

function assertComplete(agg: TermsAgg<unknown>, group: string): void {
  if ((agg.sum_other_doc_count ?? 0) > 0) {
    throw new Error(`OpenSearch insight terms aggregation for group ${group} is incomplete`);
  }
}

/** Gap filters are keyed by position: gap keys hold free text (module names). */
const gapBucket = (index: number) => `g${index}`;
const windowBucket = (window: Pick<StartWindowSpec, 'ring' | 'key'>, part: number) =>
  `r${window.ring}m${window.key}p${part}`;

/** The group's qualification as a filter: consent, and some unit group of the group qualified for. */
export function qualificationQuery(spec: GroupSpec): QueryClause {
  const should: QueryClause[] = [];
  if (spec.anyOccupation.length > 0) should.push({ terms: { occupations: [...spec.anyOccupation] } });
  for (const unit of spec.profiled) {
    should.push({
      bool: {
        filter: [
          { term: { occupations: unit.isco } },
          {
            bool: {
              should: unit.skills.map((skill) => ({ term: { skills: skill } })),
              minimum_should_match: unit.minMatched,
            },
          },
        ],
      },
    });
  }
  return {
    bool: {
      filter: [
        { term: { consentMatching: true } },
        should.length > 0 ? { bool: { should, minimum_should_match: 1 } } : MATCH_NONE,
      ],
    },
  };
}

/** `coversGap` as a filter: took the module, or holds every skill. */
export function gapCoveredQuery(gap: GapItem): QueryClause {
  const should: QueryClause[] = [
    { bool: { filter: gap.skills.map((skill) => ({ term: { skills: skill } })) } },
  ];
  if (gap.module !== undefined) should.push({ term: { technicalModules: gap.module } });
  return { bool: { should, minimum_should_match: 1 } };
}

/** The search body for one group (exported for inspection and tests). */
export function supplyQuery(spec: GroupSpec): Record<string, unknown> {
  const countries: Record<string, unknown> = { terms: { field: 'country', size: COUNTRY_BUCKETS } };
  const aggs: Record<string, unknown> = {};
  if (spec.gaps.length > 0) {
    aggs.covered = {
      filters: {
        filters: Object.fromEntries(spec.gaps.map((gap, g) => [gapBucket(g), gapCoveredQuery(gap)])),
      },
    };
  }
  const windows = spec.startWindows ?? [];
  if (windows.length > 0) {
    aggs.startable = {
      filters: {
        filters: Object.fromEntries(
          windows.flatMap((w) => windowParts(w).map((query, p) => [windowBucket(w, p), query])),
        ),
      },
    };
  }
  if (Object.keys(aggs).length > 0) countries.aggs = aggs;
  return {
    size: 0,
    track_total_hits: true,
    query: qualificationQuery(spec),
    aggs: { rings: { terms: { field: 'ring', size: 4 }, aggs: { countries } } },
  };
}
