import {
  type CandidateOverlap,
  DIPLOMA_FIT,
  experienceFit,
  FACTOR_NAMES,
  type FactorName,
  languageFit,
  type MatchWeights,
  READINESS_DUTCH_TARGET,
  rankingScore,
  scoreUpperBound,
  UPPER_BOUND_SLACK,
  type VacancyMatchProfile,
  weightedSum,
} from './score-model.js';

/**
 * Threshold pruning for an engine that filters instead of walking candidates in bound order
 * (OpenSearch; see opensearch-match-engine.ts).
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

/**
 * What a candidate needs to reach the maximal ranking score, `perfectScore`: the float32 of the
 * weighted sum with every factor at 1. No candidate ranks above it (each factor is at most 1,
 * and the weighted sum and fround are monotone), and a candidate ranks at it iff it meets every
 * requirement listed (a search engine filters on them natively, no script):
 * - every required and every optional skill, the vacancy's ISCO unit group;
 * - each required language at the required CEFR ordinal or above;
 * - `workExperienceYears ≥ minExperienceYears` (or undefined: any);
 * - readiness at 1 in rings 3 and 4: Dutch ≥ READINESS_DUTCH_TARGET, civic orientation and soft
 *   skills completed (2; the ordinals are 0–2);
 * - diploma fit 1 (`diplomaRecognitions`) where the occupation is regulated.
 *
 * "iff" holds because each listed factor, one step below 1 with every other factor at 1,
 * already rounds below `perfectScore` (checked here; a factor whose weight is 0 is dropped, as
 * it cannot move the score). The experience factor is continuous: its requirement is the
 * smallest years value that still rounds to `perfectScore`, found by bisection over doubles,
 * which is the minimum itself unless the experience weight is tiny. Undefined when the perfect
 * score is out of reach (an ISCO code that is not a 4-digit unit group) or a factor's step is
 * too small for the iff (a tiny weight): the caller then ranks without this shortcut.
 */
export interface PerfectScoreRequirements {
  readonly perfectScore: number;
  readonly requiredSkills: readonly string[];
  readonly optionalSkills: readonly string[];
  /** The ISCO unit group the candidate must hold, or undefined if the occupation factor has no weight. */
  readonly unitGroup: string | undefined;
  readonly languages: readonly { readonly language: string; readonly level: number }[];
  readonly minExperienceYears: number | undefined;
  /** Readiness 1 in rings 3 and 4 (rings 1 and 2 always have it). */
  readonly readiness:
    | { readonly dutch: number; readonly civic: number; readonly softSkills: number }
    | undefined;
  /** The diploma recognitions at fit 1, or undefined if any will do. */
  readonly diplomaRecognitions: readonly string[] | undefined;
}

/** Training ordinal of "completed" (civic orientation, soft skills). */
const TRAINING_COMPLETED = 2;

export function perfectScoreRequirements(
  profile: VacancyMatchProfile,
  weights: MatchWeights,
): PerfectScoreRequirements | undefined {
  if (profile.occupation.length !== 4) return undefined;
  const ones = FACTOR_NAMES.map(() => 1);
  const perfectScore = rankingScore(weightedSum(weights, ones));
  const scoreWith = (name: FactorName, value: number) =>
    rankingScore(
      weightedSum(
        weights,
        ones.map((one, i) => (FACTOR_NAMES[i] === name ? value : one)),
      ),
    );
  /** Whether the factor must be 1: true, false (it cannot move the score), or undefined (no exact filter). */
  const needed = (name: FactorName, highestBelowOne: number | undefined): boolean | undefined => {
    if (highestBelowOne === undefined || weights[name] === 0) return false;
    return scoreWith(name, highestBelowOne) < perfectScore ? true : undefined;
  };
  const fraction = (n: number) => (n === 0 ? undefined : (n - 1) / n);
  // The language fit just below 1: one requirement a CEFR level short (levels are whole ordinals).
  let languageBelow: number | undefined;
  for (const [i, req] of profile.languages.entries()) {
    const levels = Object.fromEntries(profile.languages.map((r) => [r.language, r.level]));
    levels[req.language] = req.level - 1;
    const value = languageFit(profile.languages, levels);
    if (i === 0 || value > (languageBelow as number)) languageBelow = value;
  }
  const diplomaBelow = Math.max(...Object.values(DIPLOMA_FIT).filter((v) => v < 1));
  const need = {
    required: needed('requiredSkills', fraction(profile.requiredSkills.length)),
    optional: needed('optionalSkills', fraction(profile.optionalSkills.length)),
    occupation: needed('occupation', 0.75),
    language: needed('language', languageBelow),
    readiness: needed('readiness', 7 / 8),
    diploma: needed('diploma', profile.regulated ? diplomaBelow : undefined),
  };
  if (Object.values(need).some((n) => n === undefined)) return undefined;
  let minExperienceYears: number | undefined;
  const min = profile.minExperienceYears;
  const reaches = (years: number) => scoreWith('experience', experienceFit(years, min)) === perfectScore;
  if (min > 0 && weights.experience > 0 && !reaches(0)) {
    // The smallest double y in (0, min] with reaches(y): reaches is monotone in y.
    let lo = 0;
    let hi = min;
    for (;;) {
      const mid = lo + (hi - lo) / 2;
      if (mid <= lo || mid >= hi) break;
      if (reaches(mid)) hi = mid;
      else lo = mid;
    }
    minExperienceYears = hi;
  }
  return {
    perfectScore,
    requiredSkills: need.required ? profile.requiredSkills : [],
    optionalSkills: need.optional ? profile.optionalSkills : [],
    unitGroup: need.occupation ? profile.occupation : undefined,
    languages: need.language ? profile.languages : [],
    minExperienceYears,
    readiness: need.readiness
      ? { dutch: READINESS_DUTCH_TARGET, civic: TRAINING_COMPLETED, softSkills: TRAINING_COMPLETED }
      : undefined,
    diplomaRecognitions: need.diploma
      ? Object.keys(DIPLOMA_FIT)
          .filter((k) => DIPLOMA_FIT[k] === 1)
          .sort()
      : undefined,
  };
}

/** Whether a candidate meets the requirements (the pure twin of the engine's filter, for tests). */
export function meetsPerfectScoreRequirements(
  requirements: PerfectScoreRequirements,
  candidate: {
    readonly ring: number;
    readonly skills: readonly string[];
    readonly iscoGroups: readonly string[];
    readonly languages: Readonly<Record<string, number>>;
    readonly workExperienceYears: number;
    readonly readinessDutch: number;
    readonly readinessCivic: number;
    readonly readinessSoftSkills: number;
    readonly diplomaRecognition: string;
  },
): boolean {
  const r = requirements;
  return (
    r.requiredSkills.every((k) => candidate.skills.includes(k)) &&
    r.optionalSkills.every((k) => candidate.skills.includes(k)) &&
    (r.unitGroup === undefined || candidate.iscoGroups.includes(r.unitGroup)) &&
    r.languages.every((l) => (candidate.languages[l.language] ?? 0) >= l.level) &&
    (r.minExperienceYears === undefined || candidate.workExperienceYears >= r.minExperienceYears) &&
    (r.readiness === undefined ||
      candidate.ring <= 2 ||
      (candidate.readinessDutch >= r.readiness.dutch &&
        candidate.readinessCivic >= r.readiness.civic &&
        candidate.readinessSoftSkills >= r.readiness.softSkills)) &&
    (r.diplomaRecognitions === undefined || r.diplomaRecognitions.includes(candidate.diplomaRecognition))
  );
}
