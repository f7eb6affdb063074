import {
  type CandidateOverlap,
  type MatchWeights,
  rankingScore,
  scoreUpperBound,
  UPPER_BOUND_SLACK,
  type VacancyMatchProfile,
} from './score-model.js';

/**
 * Threshold pruning for an engine that filters instead of walking candidates in bound order
 * (OpenSearch; see shared/adapters/opensearch/opensearch-match-engine.ts).
 *
 * A candidate's score is at most `scoreUpperBound` of its overlap (r required skills matched,
 * o optional skills matched, d shared ISCO digits): the skill and occupation factors as they
 * are, every other factor at 1. Its *level* is that bound plus UPPER_BOUND_SLACK as a float32,
 * computed exactly as the embedded engine computes it, so its ranking score can never exceed
 * it: `rankingScore(score) ≤ level(r, o, d)` (the slack absorbs the rounding of adding the
 * factors in another order; fround is monotone).
 *
 * The level is non-decreasing in each of r, o and d (every step of the double arithmetic is a
 * correctly rounded, hence monotone, operation). So for a threshold τ the overlaps with
 * level ≥ τ form an up-set: a candidate reaches τ only if its overlap is at least one of the
 * up-set's minimal elements in every coordinate. `minimalOverlaps` lists those elements; a
 * search engine turns each into "at least r of the required skills, at least o of the optional
 * skills, and one of the vacancy's ISCO prefixes of d or more digits" and ORs them.
 *
 * If τ is the k-th best ranking score among any k eligible candidates, every candidate of the
 * true top k (ties at the k-th score included) has ranking score ≥ τ, hence level ≥ τ: the
 * filter keeps them all.
 */

/** The float32 no candidate with this overlap can score above (see the module doc). */
export function upperBoundLevel(
  profile: VacancyMatchProfile,
  weights: MatchWeights,
  overlap: CandidateOverlap,
): number {
  return rankingScore(scoreUpperBound(profile, weights, overlap) + UPPER_BOUND_SLACK);
}

/**
 * Every distinct level an overlap with this vacancy can have, highest first. The last one is
 * the level of the empty overlap, which every candidate reaches.
 */
export function upperBoundLevels(profile: VacancyMatchProfile, weights: MatchWeights): number[] {
  const levels = new Set<number>();
  const digits = profile.occupation.length;
  for (let r = 0; r <= profile.requiredSkills.length; r++) {
    for (let o = 0; o <= profile.optionalSkills.length; o++) {
      for (let d = 0; d <= digits; d++) {
        levels.add(
          upperBoundLevel(profile, weights, { requiredMatched: r, optionalMatched: o, sharedIscoDigits: d }),
        );
      }
    }
  }
  return [...levels].sort((a, b) => b - a);
}

/**
 * How much of the overlap the minimal elements constrain. `exact` uses all three coordinates.
 * The coarser ones give a superset of candidates with fewer query clauses, for vacancies with
 * very many skills: `skills-and-occupation` assumes every optional skill matched (so it only
 * constrains r and d), `occupation` assumes every skill matched (only d).
 */
export type OverlapPrecision = 'exact' | 'skills-and-occupation' | 'occupation';

/**
 * The minimal overlaps whose level is ≥ threshold (see the module doc): a candidate's level is
 * ≥ threshold iff its overlap is ≥ one of them in every coordinate. Empty if no overlap reaches
 * the threshold; `[{0, 0, 0}]` if every overlap does. With a coarser `precision` the ignored
 * coordinates are 0 in the result, and the set of candidates described only grows.
 */
export function minimalOverlaps(
  profile: VacancyMatchProfile,
  weights: MatchWeights,
  threshold: number,
  precision: OverlapPrecision = 'exact',
): CandidateOverlap[] {
  const nReq = profile.requiredSkills.length;
  const nOpt = profile.optionalSkills.length;
  const digits = profile.occupation.length;
  const constrainsRequired = precision !== 'occupation';
  const constrainsOptional = precision === 'exact';
  const optionalValues = constrainsOptional ? nOpt + 1 : 1;
  const reaches = (r: number, o: number, d: number) =>
    upperBoundLevel(profile, weights, {
      requiredMatched: constrainsRequired ? r : nReq,
      optionalMatched: constrainsOptional ? o : nOpt,
      sharedIscoDigits: d,
    }) >= threshold;
  // rmin[o][d]: the fewest required skills that reach the threshold with o and d, or Infinity.
  const rmin: number[][] = [];
  for (let o = 0; o < optionalValues; o++) {
    const row: number[] = [];
    for (let d = 0; d <= digits; d++) {
      let r = 0;
      const rMax = constrainsRequired ? nReq : 0;
      while (r <= rMax && !reaches(r, o, d)) r++;
      row.push(r <= rMax ? r : Number.POSITIVE_INFINITY);
    }
    rmin.push(row);
  }
  // rmin is non-increasing in o and d; (rmin[o][d], o, d) is minimal unless one step down in o
  // or in d needs no more required skills (then that smaller overlap reaches the threshold too).
  const minimal: CandidateOverlap[] = [];
  for (let o = 0; o < optionalValues; o++) {
    for (let d = 0; d <= digits; d++) {
      const r = rmin[o]?.[d] ?? Number.POSITIVE_INFINITY;
      if (r === Number.POSITIVE_INFINITY) continue;
      if (o > 0 && (rmin[o - 1]?.[d] ?? Number.POSITIVE_INFINITY) <= r) continue;
      if (d > 0 && (rmin[o]?.[d - 1] ?? Number.POSITIVE_INFINITY) <= r) continue;
      minimal.push({ requiredMatched: r, optionalMatched: o, sharedIscoDigits: d });
    }
  }
  return minimal;
}

/** Whether an overlap is at least one of the minimal overlaps in every coordinate. */
export function coveredBy(overlap: CandidateOverlap, minimal: readonly CandidateOverlap[]): boolean {
  return minimal.some(
    (m) =>
      overlap.requiredMatched >= m.requiredMatched &&
      overlap.optionalMatched >= m.optionalMatched &&
      overlap.sharedIscoDigits >= m.sharedIscoDigits,
  );
}
