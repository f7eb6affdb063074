import type { API, Client } from '@opensearch-project/opensearch';
import {
  assertValidRankRequest,
  type MatchEngine,
  type RankedCandidate,
  type RankRequest,
  type RankResult,
} from '../../matching/match-engine.js';
import { rankingScore, scoreCandidate } from '../../matching/score-model.js';
import { upperBoundLevels } from '../../matching/upper-bound-levels.js';
import { type CountResponseBody, countQuery, readCounts } from './match-count-query.js';
import { boundRestriction, FIRST_ROUND_SPAN, levelWithin } from './match-rounds.js';
import { hitScore, type RankResponseBody, type RankResponseHit, scoreQuery } from './match-score-query.js';
import { overlapCode } from './painless-score.js';

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
  /** Observes every ranking round (tests, benchmarks). */
  readonly onRound?: (round: RankRound) => void;
  /** How far below the highest bound level the first round reaches; default FIRST_ROUND_SPAN (benchmarks tune it). */
  readonly firstRoundSpan?: number;
}

/** What a round of the ranking did, for tests and benchmarks (`OpenSearchMatchEngine.onRound`). */
export interface RankRound {
  /** 1 for the first round of a ring search, then 2, 3, … */
  readonly round: number;
  /** The level the round's filter kept candidates from (−Infinity: no restriction). */
  readonly threshold: number;
  readonly hits: number;
  /** Candidates the round scored with the painless script (every one its filter kept). */
  readonly scored: number;
  /** OpenSearch's `took` of the round, ms. */
  readonly tookMs: number;
}

/**
 * The match engine on OpenSearch. Exact: the same hits, order, float32 scores, totals and
 * exclusion counts as the embedded engine and the full scan, without running the painless
 * score on every candidate of the ring (a few µs each: seconds at a million candidates).
 *
 * Per ring, two things run concurrently:
 *
 * 1. **Counts** (`countQuery`, match-count-query.ts): `size: 0` over the ring pool (ring,
 *    countries, PES, minimum coverage) with a `filters` aggregation counting, per rule, the
 *    pool candidates its condition excludes, and in its `other` bucket the candidates no rule
 *    excludes: the eligible total.
 *
 * 2. **Ranking by threshold pruning** (`scoreQuery`, match-score-query.ts): the painless
 *    `script_score` over the pool and the conditions, further restricted to candidates whose
 *    score *bound* reaches a threshold; sort `_score` desc, `id` asc; `size` topK. The bound of a
 *    candidate depends on its overlap only (r required and o optional skills matched, d shared
 *    ISCO digits), and "bound ≥ θ" is a boolean filter Lucene evaluates from postings
 *    (`boundRestriction`, match-rounds.ts). The levels the bound takes are few (one per distinct
 *    (r, o, d) value), so the rounds walk them from the top:
 *    - θ = the lowest level within FIRST_ROUND_SPAN of the highest; while fewer than topK hits
 *      come back, a lower level: the lowest within twice the span, then four times…, and at
 *      least the next level down (the lowest level restricts nothing). Galloping by score, not
 *      by level: a vacancy with many skills has hundreds of levels close together, and
 *      stepping 1, 2, 4 … levels took twice as many rounds (docs/benchmarks.md);
 *    - with topK hits, τ = the topK-th score, a real candidate's, so every candidate of the true
 *      top k scores ≥ τ (ties included) and has bound ≥ τ. If τ is above the next level below
 *      θ, nobody outside the round's filter can reach τ: the hits are the answer. Otherwise one
 *      more round with the filter "bound ≥ τ", whose hits are the answer.
 *
 * The score itself is computed by OpenSearch in every round: the inner query matches the
 * vacancy's skills and ISCO prefixes as constant-score clauses whose sum encodes (r, o, d)
 * (`overlapScoringClauses`), and the painless script decodes it and adds the other factors
 * (painless-score.ts). Nothing is ranked in TypeScript; the breakdown of each hit is recomputed
 * with the pure model from its `_source`, and a hit whose `_score` differs from the model's is
 * reported (`onScoreMismatch`).
 *
 * The count and the rounds are separate searches, each on the index as last refreshed: a write
 * that becomes visible between them (refresh interval 1 s) can show in the total and not in
 * the hits, or the other way round; a point-in-time would make them agree at the cost of two
 * more requests per ring.
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
    overlapCode(request.profile); // a vacancy with too many skills for the code fails before any search
    const counting = this.search<CountResponseBody>(countQuery(request)).then((body) =>
      readCounts(request, body),
    );
    // The ranking rounds use the total once it is known (it never waits for it).
    let total: number | undefined;
    counting.then(
      (counts) => {
        total = counts.total;
      },
      () => {},
    );
    const [counts, hits] = await Promise.all([counting, this.topHits(request, () => total)]);
    return {
      hits: hits.map((hit) => this.toRankedCandidate(request, hit)),
      total: counts.total,
      exclusions: counts.exclusions,
    };
  }

  /**
   * The exact top k, by rounds over the bound levels (see the class doc). `knownTotal` is the
   * number of eligible candidates if the count has come back already: a round that holds them
   * all is the answer, and with fewer than k of them the next round restricts nothing.
   */
  private async topHits(
    request: RankRequest,
    knownTotal: () => number | undefined,
  ): Promise<readonly RankResponseHit[]> {
    const { profile, weights, topK } = request;
    const levels = upperBoundLevels(profile, weights);
    const last = levels.length - 1;
    let span = this.options.firstRoundSpan ?? FIRST_ROUND_SPAN;
    let index = levelWithin(levels, span);
    for (let round = 1; ; round++) {
      const threshold = index === last ? Number.NEGATIVE_INFINITY : (levels[index] as number);
      const hits = await this.round(request, threshold, round);
      if (hits.length < topK) {
        const total = knownTotal();
        if (index === last || (total !== undefined && total <= hits.length)) return hits;
        span *= 2;
        index = total !== undefined && total < topK ? last : Math.max(index + 1, levelWithin(levels, span));
        continue;
      }
      const tau = hitScore(hits[topK - 1] as RankResponseHit);
      if (index === last || (levels[index + 1] as number) < tau) return hits;
      return this.round(request, tau, round + 1);
    }
  }

  private async round(
    request: RankRequest,
    threshold: number,
    round: number,
  ): Promise<readonly RankResponseHit[]> {
    const restriction =
      threshold === Number.NEGATIVE_INFINITY
        ? undefined
        : boundRestriction(request.profile, request.weights, threshold);
    const body = await this.search<RankResponseBody>(scoreQuery(request, restriction));
    this.options.onRound?.({
      round,
      threshold,
      hits: body.hits.hits.length,
      scored: body.hits.total.value,
      tookMs: body.took,
    });
    return body.hits.hits;
  }

  private async search<T>(body: Record<string, unknown>): Promise<T> {
    const response = await this.options.client.search({
      index: this.options.index,
      body: body as API.Search_RequestBody,
    });
    return response.body as unknown as T;
  }

  private toRankedCandidate(request: RankRequest, hit: RankResponseHit): RankedCandidate {
    const engineScore = hitScore(hit);
    const breakdown = scoreCandidate(request.profile, hit._source, request.weights);
    const modelScore = rankingScore(breakdown.score);
    if (modelScore !== engineScore) this.onScoreMismatch({ id: hit._source.id, engineScore, modelScore });
    return { id: hit._source.id, score: engineScore, breakdown };
  }
}
