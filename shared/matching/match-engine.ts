import type { Ring } from '../domain/geography.js';
import { and, type CandidateCondition } from '../search/candidate-condition.js';
import {
  type MatchWeights,
  MatchWeightsSchema,
  type ScoreBreakdown,
  type VacancyMatchProfile,
} from './score-model.js';

/**
 * The read side of the candidate search engines: rank one ring of the pool for one vacancy.
 * The embedded engine and OpenSearch implement it with the same score model, filters and
 * order, so a caller (and the parity test) cannot tell them apart.
 */

export interface RingScope {
  readonly ring: Ring;
  /**
   * Only candidates residing in these countries (ISO 3166-1 alpha-2); an empty list searches
   * nobody. Absent: no country restriction. A match never narrows a ring this way (a candidate
   * left out of the pool would not be counted in `exclusions`; partner coverage is the CM-02
   * rule): it is for benchmarks and engine tests that search part of a ring.
   */
  readonly countries?: readonly string[] | undefined;
}

/** A hard filter a rule sets, e.g. consent (CONSENT) or WHO-01; a candidate must satisfy every one. */
export interface RuleCondition {
  readonly ruleId: string;
  readonly condition: CandidateCondition;
}

export interface RankRequest {
  readonly profile: VacancyMatchProfile;
  readonly weights: MatchWeights;
  readonly ring: RingScope;
  readonly conditions: readonly RuleCondition[];
  /** An employment service sees only its own candidates: its PES code. Absent: every PES. */
  readonly pes?: string | undefined;
  readonly topK: number;
}

export interface RankedCandidate {
  readonly id: string;
  /** The ranking score: float32 of the model score (what OpenSearch returns as `_score`). */
  readonly score: number;
  readonly breakdown: ScoreBreakdown;
}

export interface RankResult {
  /** At most topK, by score descending then id ascending. */
  readonly hits: readonly RankedCandidate[];
  /** Candidates in the ring (and countries, and PES) with minimum coverage that pass every condition. */
  readonly total: number;
  /**
   * Per ruleId: candidates in the ring (and countries, and PES) with minimum coverage that its
   * condition excludes. A candidate failing two rules counts for both.
   */
  readonly exclusions: Readonly<Record<string, number>>;
}

export interface MatchEngine {
  rank(request: RankRequest): Promise<RankResult>;
}

/** OpenSearch's default max_result_window is 10,000; a match list never needs more than this. */
export const MAX_TOP_K = 1000;

/** Rejects a request no engine should run; both engines call it so they fail alike. */
export function assertValidRankRequest(request: RankRequest): void {
  if (!Number.isInteger(request.topK) || request.topK < 1 || request.topK > MAX_TOP_K) {
    throw new RangeError(`topK must be an integer in 1..${MAX_TOP_K}, got ${request.topK}`);
  }
  MatchWeightsSchema.parse(request.weights);
  // Each skill counts once: engines may count from either side (vacancy keys or candidate skills).
  for (const [name, keys] of [
    ['requiredSkills', request.profile.requiredSkills],
    ['optionalSkills', request.profile.optionalSkills],
  ] as const) {
    if (new Set(keys).size !== keys.length) throw new RangeError(`profile.${name} repeats a skill key`);
  }
}

/**
 * One condition per rule, in first-seen order: a rule that sets several conditions excludes a
 * candidate failing any of them, and is counted once for that candidate.
 */
export function conditionsByRule(conditions: readonly RuleCondition[]): RuleCondition[] {
  const byRule = new Map<string, CandidateCondition[]>();
  for (const { ruleId, condition } of conditions) {
    const list = byRule.get(ruleId);
    if (list) list.push(condition);
    else byRule.set(ruleId, [condition]);
  }
  return [...byRule].map(([ruleId, list]) => ({
    ruleId,
    condition: list.length === 1 ? (list[0] as CandidateCondition) : and(...list),
  }));
}

/** Exclusion counts start at zero for every rule, so a rule that excluded nobody still shows. */
export function zeroExclusions(conditions: readonly { ruleId: string }[]): Record<string, number> {
  return Object.fromEntries(conditions.map((c) => [c.ruleId, 0]));
}
