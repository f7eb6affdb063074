import type { CandidateDocument } from '../search/candidate-document.js';
import type { VacancyMatchProfile } from './match-profile.js';
import {
  diplomaFit,
  experienceFit,
  languageFit,
  occupationFitOfDigits,
  readinessFit,
  sharedIscoDigits,
  skillCoverage,
} from './score-factors.js';
import { FACTOR_NAMES, type FactorName, type MatchWeights } from './score-weights.js';

/**
 * The match score: one pure, explainable model that every engine implements.
 *
 * score = Σ weightᶠ × factorᶠ over the seven factors below, each factor in [0, 1], the weights
 * summing to 1, so the score is in [0, 1]. The embedded engine calls this module; OpenSearch runs
 * the same arithmetic in painless (`painless-score.ts`). For the two to rank identically the
 * arithmetic is kept to what Java and JavaScript compute bit for bit: IEEE doubles, ratios of
 * small integers, `min`, and one fixed order of additions (no pow, log or exp, which may differ
 * between libm implementations). Engines rank on `rankingScore(score)`, the float32 of the score,
 * because that is what OpenSearch keeps as `_score`.
 *
 * Factors (see the function of each name in `score-factors.ts` for the details):
 * - requiredSkills: share of the vacancy's required skills the candidate has;
 * - optionalSkills: share of its optional skills the candidate has (1 if none asked);
 * - occupation:     how close the candidate's ISCO-08 unit groups are to the vacancy's
 *                   (same 4-digit 1, 3-digit 0.75, 2-digit 0.5, 1-digit 0.25, else 0);
 * - language:       average over the required languages of min(1, candidate level / required level),
 *                   CEFR as ordinals A1 = 1 … C2 = 6 (1 if none asked);
 * - experience:     min(1, candidate years / minimum years) (1 if no minimum);
 * - readiness:      pre-departure training (Dutch course, civic orientation, soft skills), only
 *                   for candidates who would move to Belgium (rings 3 and 4);
 * - diploma:        diploma recognition, only where the occupation is regulated (BE-07).
 */

// The model's parts, re-exported so that engines and use cases import the model from one place.
export {
  type LanguageRequirement,
  toMatchProfile,
  type VacancyForMatching,
  type VacancyMatchProfile,
} from './match-profile.js';
export { compareRanked, compareStrings, rankingScore } from './ranking.js';
export {
  DIPLOMA_FIT,
  diplomaFit,
  experienceFit,
  languageFit,
  occupationFit,
  occupationFitOfDigits,
  READINESS_DUTCH_TARGET,
  readinessFit,
  sharedIscoDigits,
  skillCoverage,
} from './score-factors.js';
export {
  DEFAULT_MATCH_WEIGHTS,
  FACTOR_NAMES,
  type FactorName,
  type MatchWeights,
  MatchWeightsSchema,
  parseMatchWeights,
} from './score-weights.js';

/** What the score reads of a candidate. */
export type ScoredCandidate = Pick<
  CandidateDocument,
  | 'ring'
  | 'skills'
  | 'iscoGroups'
  | 'languages'
  | 'workExperienceYears'
  | 'readinessDutch'
  | 'readinessCivic'
  | 'readinessSoftSkills'
  | 'diplomaRecognition'
>;

export interface FactorContribution {
  readonly name: FactorName;
  readonly weight: number;
  readonly value: number;
  /** weight × value. */
  readonly contribution: number;
}

export interface ScoreBreakdown {
  /** Σ weight × value, as a double. Engines rank on `rankingScore(score)`. */
  readonly score: number;
  readonly factors: readonly FactorContribution[];
  readonly matchedRequired: readonly string[];
  readonly missingRequired: readonly string[];
  readonly matchedOptional: readonly string[];
  readonly missingOptional: readonly string[];
  /** Required languages the candidate speaks below the asked level (0 = not at all). */
  readonly languageGaps: readonly { language: string; required: number; actual: number }[];
}

function countIn(keys: readonly string[], held: readonly string[]): number {
  let n = 0;
  for (const key of keys) if (held.includes(key)) n++;
  return n;
}

/**
 * What a candidate shares with the vacancy: the counts the skill and occupation factors read.
 * An engine may count them its own way (the embedded engine counts from its inverted indexes);
 * the score is then the same function of the same integers.
 */
export interface CandidateOverlap {
  readonly requiredMatched: number;
  readonly optionalMatched: number;
  /** Longest shared ISCO-08 prefix, 0–4 digits. */
  readonly sharedIscoDigits: number;
}

export function overlapOf(profile: VacancyMatchProfile, candidate: ScoredCandidate): CandidateOverlap {
  return {
    requiredMatched: countIn(profile.requiredSkills, candidate.skills),
    optionalMatched: countIn(profile.optionalSkills, candidate.skills),
    sharedIscoDigits: sharedIscoDigits(profile.occupation, candidate.iscoGroups),
  };
}

/** The factor values, in FACTOR_NAMES order. */
export function factorValues(
  profile: VacancyMatchProfile,
  overlap: CandidateOverlap,
  candidate: ScoredCandidate,
): number[] {
  return [
    skillCoverage(overlap.requiredMatched, profile.requiredSkills.length),
    skillCoverage(overlap.optionalMatched, profile.optionalSkills.length),
    occupationFitOfDigits(overlap.sharedIscoDigits),
    languageFit(profile.languages, candidate.languages),
    experienceFit(candidate.workExperienceYears, profile.minExperienceYears),
    readinessFit(candidate),
    diplomaFit(profile.regulated, candidate.diplomaRecognition),
  ];
}

/** Σ weight × value, added in FACTOR_NAMES order (the painless script adds in the same order). */
export function weightedSum(weights: MatchWeights, values: readonly number[]): number {
  let score = 0;
  for (let i = 0; i < FACTOR_NAMES.length; i++) {
    score += weights[FACTOR_NAMES[i] as FactorName] * (values[i] ?? 0);
  }
  return score;
}

/**
 * The most a candidate with this overlap can score: the skill and occupation factors as they
 * are, every other factor at its maximum of 1. Engines use it to skip scoring candidates that
 * cannot enter the top k. It is an upper bound mathematically; computed in another order it
 * may round a hair below the true score, so callers compare it with a margin (UPPER_BOUND_SLACK).
 */
export function scoreUpperBound(
  profile: VacancyMatchProfile,
  weights: MatchWeights,
  overlap: CandidateOverlap,
): number {
  return (
    weights.requiredSkills * skillCoverage(overlap.requiredMatched, profile.requiredSkills.length) +
    weights.optionalSkills * skillCoverage(overlap.optionalMatched, profile.optionalSkills.length) +
    weights.occupation * occupationFitOfDigits(overlap.sharedIscoDigits) +
    weights.language +
    weights.experience +
    weights.readiness +
    weights.diploma
  );
}

/** Far above the rounding error of a sum of seven products in [0, 1], far below any score step. */
export const UPPER_BOUND_SLACK = 1e-9;

/** The score alone, for ranking many candidates. */
export function matchScore(
  profile: VacancyMatchProfile,
  candidate: ScoredCandidate,
  weights: MatchWeights,
): number {
  return weightedSum(weights, factorValues(profile, overlapOf(profile, candidate), candidate));
}

/** The score with its explanation. */
export function scoreCandidate(
  profile: VacancyMatchProfile,
  candidate: ScoredCandidate,
  weights: MatchWeights,
): ScoreBreakdown {
  const values = factorValues(profile, overlapOf(profile, candidate), candidate);
  const held = new Set(candidate.skills);
  const languageGaps = profile.languages
    .map((req) => ({
      language: req.language,
      required: req.level,
      actual: candidate.languages[req.language] ?? 0,
    }))
    .filter((gap) => gap.actual < gap.required);
  return {
    score: weightedSum(weights, values),
    factors: FACTOR_NAMES.map((name, i) => {
      const value = values[i] ?? 0;
      return { name, weight: weights[name], value, contribution: weights[name] * value };
    }),
    matchedRequired: profile.requiredSkills.filter((k) => held.has(k)),
    missingRequired: profile.requiredSkills.filter((k) => !held.has(k)),
    matchedOptional: profile.optionalSkills.filter((k) => held.has(k)),
    missingOptional: profile.optionalSkills.filter((k) => !held.has(k)),
    languageGaps,
  };
}

/**
 * Minimum coverage: a candidate is a match only with at least one required skill or a shared
 * ISCO-08 group (any level, down to the major group). Anyone else would be ranked on
 * language, experience and readiness alone, which says nothing about doing the job.
 */
export function meetsMinimumCoverage(
  profile: VacancyMatchProfile,
  candidate: Pick<CandidateDocument, 'skills' | 'iscoGroups'>,
): boolean {
  return (
    candidate.iscoGroups.includes(profile.occupation.slice(0, 1)) ||
    profile.requiredSkills.some((k) => candidate.skills.includes(k))
  );
}
