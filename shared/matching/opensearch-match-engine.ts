import type { API, Client } from '@opensearch-project/opensearch';
import type { CandidateCondition } from '../search/candidate-condition.js';
import type { CandidateDocument } from '../search/candidate-document.js';
import { conditionToQuery, MATCH_NONE, type QueryClause } from './condition-to-query.js';
import {
  assertValidRankRequest,
  conditionsByRule,
  type MatchEngine,
  type RankedCandidate,
  type RankRequest,
  type RankResult,
  type RuleCondition,
  zeroExclusions,
} from './match-engine.js';
import { languageField } from './opensearch-mapping-requirements.js';
import { overlapCode, PAINLESS_MATCH_SCORE, painlessScoreParams } from './painless-score.js';
import {
  type CandidateOverlap,
  type MatchWeights,
  rankingScore,
  type ScoredCandidate,
  scoreCandidate,
  type VacancyMatchProfile,
} from './score-model.js';
import {
  minimalOverlaps,
  type OverlapPrecision,
  type PerfectScoreRequirements,
  perfectScoreRequirements,
  upperBoundLevels,
} from './upper-bound-levels.js';

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
  /**
   * Whether to look for topK candidates at the perfect score first (see the class doc); the
   * same hits either way. Default off: on the tie-heavy synthetic pool at a million candidates
   * it cut the candidates scored per round (p95 4,428 → 1,942, max 9,577 → 4,983) but the
   * node's CPU per match went up (docs/benchmarks.md): its id-sorted filter, a conjunction of
   * common skill terms, costs most of a count in every ring search, while the scoring it saves
   * is large only in the few with thousands of ties.
   */
  readonly perfectShortcut?: boolean;
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
  /** The round scored the topK lowest ids at the perfect score only (the perfect-score shortcut). */
  readonly perfect?: boolean;
}

/**
 * The match engine on OpenSearch. Exact: the same hits, order, float32 scores, totals and
 * exclusion counts as the embedded engine and the full scan, without running the painless
 * score on every candidate of the ring (≈ 2–8 µs each: seconds at a million candidates).
 *
 * Per ring, two things run concurrently:
 *
 * 1. **Counts** (`countQuery`): `size: 0` over the ring pool (ring, countries, PES, minimum
 *    coverage) with a `filters` aggregation counting, per rule, the pool candidates its
 *    condition excludes, and in its `other` bucket the candidates no rule excludes: the
 *    eligible total. Native Lucene, no script, one pass over the pool.
 *
 * 2. **Ranking by threshold pruning** (`scoreQuery`): the painless `script_score` over the pool
 *    and the conditions, further restricted to candidates whose score *bound* reaches a
 *    threshold; sort `_score` desc, `id` asc; `size` topK. The bound of a candidate depends on
 *    its overlap only (r required and o optional skills matched, d shared ISCO digits), and
 *    "bound ≥ θ" is a boolean filter Lucene evaluates from postings: an OR over the minimal
 *    overlaps that reach θ, each "≥ r of the required skills ∧ ≥ o of the optional ones ∧ an
 *    ISCO prefix of ≥ d digits" (upper-bound-levels.ts). The levels the bound takes are few
 *    (one per distinct (r, o, d) value), so the rounds walk them from the top:
 *    - θ = the lowest level within FIRST_ROUND_SPAN of the highest; while fewer than topK hits
 *      come back, a lower level (galloping: 1, 2, 4, … levels down; the lowest level restricts
 *      nothing);
 *    - with topK hits, τ = the topK-th score, a real candidate's, so every candidate of the true
 *      top k scores ≥ τ (ties included) and has bound ≥ τ. If τ is above the next level below
 *      θ, nobody outside the round's filter can reach τ: the hits are the answer. Otherwise one
 *      more round with the filter "bound ≥ τ", whose hits are the answer.
 *    Usually one or two rounds, each scoring a few hundred to a few thousand candidates.
 *
 * 3. **Perfect-score shortcut** (`perfectQuery`), concurrent with the count, before the rounds.
 *    When thousands of candidates tie at the top (coarse factors), a round scores all of them
 *    to find the lowest ids. But the highest ranking score anyone can have, every factor at 1
 *    (`perfectScore`), is reached exactly by the candidates meeting native requirements (every
 *    skill, the unit group, the languages, the experience, readiness, diploma:
 *    `perfectScoreRequirements`). So a plain filter over the pool and the conditions, sorted
 *    by `id` asc, size topK, no script, finds the topK lowest ids among them; if it finds topK,
 *    they are the answer (nobody ranks above them, and any other candidate at their score would
 *    have been in the filter with a lower id), and one more script_score request restricted to
 *    those ids scores and orders them, so OpenSearch scores every hit as in the rounds. With
 *    fewer than topK, the rounds rank as usual (one native query later). Opt-in
 *    (`perfectShortcut`): measured, it has not paid off yet.
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
 * the hits, or the other way round. One search answered both before; a point-in-time would
 * make them agree again at the cost of two more requests per ring.
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
    const conditions = conditionsByRule(request.conditions);
    const counting = this.count(request, conditions);
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

  private async count(
    request: RankRequest,
    conditions: readonly RuleCondition[],
  ): Promise<{ total: number; exclusions: Record<string, number> }> {
    const body = await this.search<CountResponseBody>(countQuery(request));
    const exclusions = zeroExclusions(conditions);
    const buckets = body.aggregations?.exclusions?.buckets;
    if (!buckets) return { total: body.hits.total?.value ?? 0, exclusions };
    const eligible = eligibleBucketKey(effectiveConditions(request).map((c) => c.ruleId));
    for (const [key, bucket] of Object.entries(buckets)) {
      if (key !== eligible) exclusions[key] = bucket.doc_count;
    }
    return { total: buckets[eligible]?.doc_count ?? 0, exclusions };
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
    const perfect =
      this.options.perfectShortcut !== true ? undefined : perfectScoreRequirements(profile, weights);
    if (perfect) {
      const ids = await this.perfectIds(request, perfect);
      if (ids.length >= topK) return this.scorePerfect(request, perfect, ids);
    }
    const levels = upperBoundLevels(profile, weights);
    const last = levels.length - 1;
    let index = firstRoundLevel(levels);
    let step = 1;
    for (let round = 1; ; round++) {
      const threshold = index === last ? Number.NEGATIVE_INFINITY : (levels[index] as number);
      const hits = await this.round(request, threshold, round);
      if (hits.length < topK) {
        const total = knownTotal();
        if (index === last || (total !== undefined && total <= hits.length)) return hits;
        index = total !== undefined && total < topK ? last : Math.min(last, index + step);
        step *= 2;
        continue;
      }
      const tau = hitScore(hits[topK - 1] as RankResponseHit);
      if (index === last || (levels[index + 1] as number) < tau) return hits;
      return this.round(request, tau, round + 1);
    }
  }

  /** The topK lowest ids at the perfect score (fewer if there are fewer). */
  private async perfectIds(request: RankRequest, perfect: PerfectScoreRequirements): Promise<string[]> {
    const body = await this.search<{ hits: { hits: readonly { _source: { id: string } }[] } }>(
      perfectQuery(request, perfect),
    );
    return body.hits.hits.map((hit) => hit._source.id);
  }

  /** The painless score of the perfect candidates `ids`, in ranking order. */
  private async scorePerfect(
    request: RankRequest,
    perfect: PerfectScoreRequirements,
    ids: readonly string[],
  ): Promise<readonly RankResponseHit[]> {
    const body = await this.search<RankResponseBody>(scoreQuery(request, { terms: { id: [...ids] } }));
    this.options.onRound?.({
      round: 1,
      threshold: perfect.perfectScore,
      hits: body.hits.hits.length,
      scored: body.hits.total.value,
      tookMs: body.took,
      perfect: true,
    });
    return body.hits.hits;
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

/**
 * How far below the highest bound level the first round reaches. The best candidates usually
 * score a little under their bound (a language, experience or readiness gap), so a first round
 * at the highest level alone mostly needed a second round; one reaching 0.05 lower settled at
 * once in most ring searches and scored about as many candidates in all (demo pool: 1.07
 * rounds per ring search instead of 1.41 at a million candidates, 1.43 instead of 1.92 at
 * 100,000). A tuning choice only: any first level gives the same, exact, hits.
 */
export const FIRST_ROUND_SPAN = 0.05;

/** The index of the lowest level within FIRST_ROUND_SPAN of the highest. */
export function firstRoundLevel(levels: readonly number[]): number {
  const top = levels[0] ?? 0;
  let index = 0;
  while (index + 1 < levels.length && (levels[index + 1] as number) >= top - FIRST_ROUND_SPAN) index++;
  return index;
}

function hitScore(hit: RankResponseHit): number {
  return rankingScore(Number(hit._score ?? hit.sort?.[0]));
}

interface RankResponseHit {
  readonly _score?: number | null;
  readonly sort?: readonly unknown[];
  readonly _source: ScoredCandidate & Pick<CandidateDocument, 'id'>;
}

interface RankResponseBody {
  readonly took: number;
  readonly hits: { readonly total: { readonly value: number }; readonly hits: readonly RankResponseHit[] };
}

interface CountResponseBody {
  readonly hits: { readonly total?: { readonly value: number } };
  readonly aggregations?: {
    readonly exclusions?: { readonly buckets: Record<string, { readonly doc_count: number }> };
  };
}

// ---- queries ----------------------------------------------------------------------------------

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

/** The rules that can exclude anyone: an `always` condition excludes nobody and filters nothing. */
function effectiveConditions(request: RankRequest): RuleCondition[] {
  return conditionsByRule(request.conditions).filter((c) => c.condition.kind !== 'always');
}

/** The candidates a condition excludes, as a query: `not(X)` excludes exactly X. */
export function excludedBy(condition: CandidateCondition): QueryClause {
  return condition.kind === 'not'
    ? conditionToQuery(condition.condition)
    : { bool: { must_not: [conditionToQuery(condition)] } };
}

/** The bucket of the exclusions aggregation that counts the candidates no rule excludes. */
export function eligibleBucketKey(ruleIds: readonly string[]): string {
  let key = '_eligible';
  while (ruleIds.includes(key)) key = `_${key}`;
  return key;
}

/**
 * The counting request of one ring, no hits: the pool as query, and a `filters` aggregation
 * with one bucket per rule that can exclude anyone (the pool candidates it excludes) whose
 * `other` bucket counts those no rule excludes: the eligible total. One pass over the pool,
 * each rule's filter tested once per candidate. With no such rule, the total is `hits.total`.
 */
export function countQuery(request: RankRequest): Record<string, unknown> {
  const conditions = effectiveConditions(request);
  const query = { bool: { filter: ringPoolFilters(request) } };
  if (conditions.length === 0) return { size: 0, track_total_hits: true, query };
  return {
    size: 0,
    track_total_hits: false,
    query,
    aggs: {
      exclusions: {
        filters: {
          filters: Object.fromEntries(conditions.map((c) => [c.ruleId, excludedBy(c.condition)])),
          other_bucket_key: eligibleBucketKey(conditions.map((c) => c.ruleId)),
        },
      },
    },
  };
}

/**
 * The candidates at the perfect score (`perfectScoreRequirements`) among the eligible ones of
 * the ring, as native filters: the topK lowest ids, no scoring.
 */
export function perfectScoreFilter(request: RankRequest, perfect: PerfectScoreRequirements): QueryClause[] {
  const filter: QueryClause[] = [];
  for (const skill of [...perfect.requiredSkills, ...perfect.optionalSkills])
    filter.push({ term: { skills: skill } });
  if (perfect.unitGroup !== undefined) filter.push({ term: { iscoGroups: perfect.unitGroup } });
  for (const { language, level } of perfect.languages) {
    filter.push({ range: { [languageField(language)]: { gte: level } } });
  }
  if (perfect.minExperienceYears !== undefined) {
    filter.push({ range: { workExperienceYears: { gte: perfect.minExperienceYears } } });
  }
  if (perfect.readiness && request.ring.ring >= 3) {
    filter.push(
      { range: { readinessDutch: { gte: perfect.readiness.dutch } } },
      { range: { readinessCivic: { gte: perfect.readiness.civic } } },
      { range: { readinessSoftSkills: { gte: perfect.readiness.softSkills } } },
    );
  }
  if (perfect.diplomaRecognitions)
    filter.push({ terms: { diplomaRecognition: [...perfect.diplomaRecognitions] } });
  return filter;
}

/** The search for the topK lowest ids at the perfect score (see the class doc). */
export function perfectQuery(
  request: RankRequest,
  perfect: PerfectScoreRequirements,
): Record<string, unknown> {
  return {
    size: request.topK,
    track_total_hits: false,
    _source: ['id'],
    query: {
      bool: {
        filter: [
          ...ringPoolFilters(request),
          ...effectiveConditions(request).map((c) => conditionToQuery(c.condition)),
          ...perfectScoreFilter(request, perfect),
        ],
      },
    },
    sort: [{ id: { order: 'asc' } }],
  };
}

/**
 * Should clauses whose score is the overlap code (painless-score.ts `overlapCode`): each
 * required skill held adds `code.required`, each optional skill `code.optional`, and the
 * longest of the vacancy's ISCO prefixes held adds its length (dis_max: the maximum).
 */
export function overlapScoringClauses(profile: VacancyMatchProfile): QueryClause[] {
  const code = overlapCode(profile);
  const clause = (field: string, value: string, boost: number): QueryClause => ({
    constant_score: { filter: { term: { [field]: value } }, boost },
  });
  const clauses = [
    ...profile.requiredSkills.map((skill) => clause('skills', skill, code.required)),
    ...profile.optionalSkills.map((skill) => clause('skills', skill, code.optional)),
  ];
  const isco = profile.occupation;
  if (isco.length > 0) {
    clauses.push({
      dis_max: {
        queries: Array.from({ length: isco.length }, (_, i) =>
          clause('iscoGroups', isco.slice(0, i + 1), i + 1),
        ),
      },
    });
  }
  return clauses;
}

/** `_source` fields the model's breakdown reads. */
export const SCORED_SOURCE_FIELDS = [
  'id',
  'ring',
  'skills',
  'iscoGroups',
  'languages',
  'workExperienceYears',
  'readinessDutch',
  'readinessCivic',
  'readinessSoftSkills',
  'diplomaRecognition',
] as const;

/**
 * The ranking request of one round: the painless score over the eligible candidates of the
 * ring (pool filters and conditions), restricted to `restriction` if given.
 */
export function scoreQuery(request: RankRequest, restriction?: QueryClause): Record<string, unknown> {
  const filter = [
    ...ringPoolFilters(request),
    ...effectiveConditions(request).map((c) => conditionToQuery(c.condition)),
    ...(restriction ? [restriction] : []),
  ];
  return {
    size: request.topK,
    // Every candidate the filter keeps is scored anyway (script scores cannot be skipped), so
    // counting them costs nothing; the count tells how much work the round did.
    track_total_hits: true,
    track_scores: true,
    _source: [...SCORED_SOURCE_FIELDS],
    query: {
      script_score: {
        query: { bool: { filter, should: overlapScoringClauses(request.profile) } },
        script: {
          lang: 'painless',
          source: PAINLESS_MATCH_SCORE,
          params: painlessScoreParams(request.profile, request.weights),
        },
      },
    },
    sort: [{ _score: { order: 'desc' } }, { id: { order: 'asc' } }],
  };
}

/**
 * Lucene counts every leaf clause of a query against `indices.query.bool.max_clause_count`
 * (1,024 by default); the bound filter stays well under it, so the rest of the query fits too.
 */
export const MAX_RESTRICTION_LEAVES = 400;

const PRECISIONS: readonly OverlapPrecision[] = ['exact', 'skills-and-occupation', 'occupation'];

/**
 * The filter "bound level ≥ threshold" (upper-bound-levels.ts), or undefined if every
 * candidate reaches it. For a vacancy with so many skills that the exact filter would have too
 * many clauses, a coarser one that keeps a superset of the candidates.
 */
export function boundRestriction(
  profile: VacancyMatchProfile,
  weights: MatchWeights,
  threshold: number,
): QueryClause | undefined {
  for (const precision of PRECISIONS) {
    const restriction = overlapRestriction(profile, minimalOverlaps(profile, weights, threshold, precision));
    if (restriction.leaves <= MAX_RESTRICTION_LEAVES) return restriction.query;
  }
  return undefined;
}

/**
 * A query matching the candidates whose overlap is ≥ one of `minimal` in every coordinate;
 * undefined when that is everyone (an all-zero overlap), match_none when `minimal` is empty.
 * `leaves` counts its leaf clauses.
 */
export function overlapRestriction(
  profile: VacancyMatchProfile,
  minimal: readonly CandidateOverlap[],
): { query: QueryClause | undefined; leaves: number } {
  if (minimal.length === 0) return { query: MATCH_NONE, leaves: 1 };
  const isco = profile.occupation;
  const parts: QueryClause[] = [];
  let leaves = 0;
  for (const m of minimal) {
    const clauses: QueryClause[] = [];
    for (const [keys, count] of [
      [profile.requiredSkills, m.requiredMatched],
      [profile.optionalSkills, m.optionalMatched],
    ] as const) {
      if (count <= 0) continue;
      if (count === 1) {
        clauses.push({ terms: { skills: [...keys] } });
        leaves += 1;
      } else {
        clauses.push({
          bool: { should: keys.map((key) => ({ term: { skills: key } })), minimum_should_match: count },
        });
        leaves += keys.length;
      }
    }
    if (m.sharedIscoDigits > 0) {
      // d or more shared digits: the candidate holds one of the prefixes of d…4 digits.
      const prefixes = [];
      for (let d = m.sharedIscoDigits; d <= isco.length; d++) prefixes.push(isco.slice(0, d));
      clauses.push({ terms: { iscoGroups: prefixes } });
      leaves += 1;
    }
    if (clauses.length === 0) return { query: undefined, leaves: 0 };
    parts.push(clauses.length === 1 ? (clauses[0] as QueryClause) : { bool: { filter: clauses } });
  }
  return {
    query: parts.length === 1 ? parts[0] : { bool: { should: parts, minimum_should_match: 1 } },
    leaves,
  };
}
