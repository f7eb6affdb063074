import type { API, Client } from '@opensearch-project/opensearch';
import type { CandidateDocument } from '../search/candidate-document.js';
import { conditionToQuery, MATCH_NONE, type QueryClause } from './condition-to-query.js';
import {
  assertValidRankRequest,
  conditionsByRule,
  type MatchEngine,
  type RankedCandidate,
  type RankRequest,
  type RankResult,
  zeroExclusions,
} from './match-engine.js';
import { PAINLESS_MATCH_SCORE, painlessScoreParams } from './painless-score.js';
import { rankingScore, scoreCandidate, type VacancyMatchProfile } from './score-model.js';

/** A hit whose `_score` differs from the model's score recomputed from its `_source`. */
export interface ScoreMismatch {
  readonly id: string;
  readonly engineScore: number;
  readonly modelScore: number;
}

export interface OpenSearchMatchEngineOptions {
  readonly client: Client;
  /** The candidate index (or alias); its mapping must include MATCHING_MAPPING_PROPERTIES. */
  readonly index: string;
  /**
   * Called when a hit's `_score` differs from the pure model's: the painless script and the
   * model have drifted apart. Default: a console warning (the hit keeps the engine's score).
   */
  readonly onScoreMismatch?: (mismatch: ScoreMismatch) => void;
}

/**
 * The match engine on OpenSearch. One search request per ring:
 * - `query`: the ring pool (ring, countries, PES, minimum coverage) as filters, scored by
 *   `script_score` running the model in painless;
 * - `post_filter`: the rules' conditions, so hits and `hits.total` are the eligible candidates
 *   while the aggregations still see the whole pool;
 * - `aggs.exclusions`: a `filters` aggregation counting, per rule, the pool candidates that
 *   fail its condition (the same numbers the embedded engine counts);
 * - sort `_score` desc, `id` asc; `track_total_hits` so the total is exact.
 * The breakdown of each hit is recomputed with the pure model from its `_source`.
 */
export class OpenSearchMatchEngine implements MatchEngine {
  private readonly onScoreMismatch: (mismatch: ScoreMismatch) => void;

  constructor(private readonly options: OpenSearchMatchEngineOptions) {
    this.onScoreMismatch =
      options.onScoreMismatch ??
      ((m) =>
        console.warn(
          `[matching] OpenSearch _score ${m.engineScore} of ${m.id} differs from the model's ${m.modelScore}: painless script and score model disagree`,
        ));
  }

  async rank(request: RankRequest): Promise<RankResult> {
    assertValidRankRequest(request);
    const conditions = conditionsByRule(request.conditions);
    const response = await this.options.client.search({
      index: this.options.index,
      body: rankQuery(request) as API.Search_RequestBody,
    });
    const body = response.body as unknown as RankResponseBody;
    const exclusions = zeroExclusions(conditions);
    for (const [ruleId, bucket] of Object.entries(body.aggregations?.exclusions?.buckets ?? {})) {
      exclusions[ruleId] = bucket.doc_count;
    }
    return {
      hits: body.hits.hits.map((hit) => this.toRankedCandidate(request, hit)),
      total: body.hits.total.value,
      exclusions,
    };
  }

  private toRankedCandidate(request: RankRequest, hit: RankResponseHit): RankedCandidate {
    const engineScore = rankingScore(Number(hit._score ?? hit.sort?.[0]));
    const breakdown = scoreCandidate(request.profile, hit._source, request.weights);
    const modelScore = rankingScore(breakdown.score);
    if (modelScore !== engineScore) this.onScoreMismatch({ id: hit._source.id, engineScore, modelScore });
    return { id: hit._source.id, score: engineScore, breakdown };
  }
}

interface RankResponseHit {
  readonly _score?: number | null;
  readonly sort?: readonly unknown[];
  readonly _source: CandidateDocument;
}

interface RankResponseBody {
  readonly hits: { readonly total: { readonly value: number }; readonly hits: readonly RankResponseHit[] };
  readonly aggregations?: {
    readonly exclusions?: { readonly buckets: Record<string, { readonly doc_count: number }> };
  };
}

/** The candidates of the ring a vacancy is searched in, before the rules: ring, countries, PES, minimum coverage. */
export function ringPoolFilters(request: RankRequest): QueryClause[] {
  const { ring, pes, profile } = request;
  const filters: QueryClause[] = [{ term: { ring: ring.ring } }];
  if (ring.countries) {
    filters.push(ring.countries.length === 0 ? MATCH_NONE : { terms: { country: [...ring.countries] } });
  }
  if (pes !== undefined) filters.push({ term: { pes } });
  filters.push(minimumCoverageQuery(profile));
  return filters;
}

/** `meetsMinimumCoverage` as a query: a required skill, or the vacancy's ISCO major group. */
export function minimumCoverageQuery(profile: VacancyMatchProfile): QueryClause {
  const should: QueryClause[] = [{ term: { iscoGroups: profile.occupation.slice(0, 1) } }];
  if (profile.requiredSkills.length > 0) should.push({ terms: { skills: [...profile.requiredSkills] } });
  return { bool: { should, minimum_should_match: 1 } };
}

/** The search request body for one ring (exported for inspection and tests). */
export function rankQuery(request: RankRequest): Record<string, unknown> {
  const conditions = conditionsByRule(request.conditions);
  return {
    size: request.topK,
    track_total_hits: true,
    track_scores: true,
    query: {
      script_score: {
        query: { bool: { filter: ringPoolFilters(request) } },
        script: {
          lang: 'painless',
          source: PAINLESS_MATCH_SCORE,
          params: painlessScoreParams(request.profile, request.weights),
        },
      },
    },
    ...(conditions.length > 0 && {
      post_filter: { bool: { filter: conditions.map((c) => conditionToQuery(c.condition)) } },
      aggs: {
        exclusions: {
          filters: {
            filters: Object.fromEntries(
              conditions.map((c) => [c.ruleId, { bool: { must_not: [conditionToQuery(c.condition)] } }]),
            ),
          },
        },
      },
    }),
    sort: [{ _score: { order: 'desc' } }, { id: { order: 'asc' } }],
  };
}
