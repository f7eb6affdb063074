import * as z from 'zod';
import { cefrOrdinal } from '../domain/codes.js';
import type { Vacancy } from '../domain/vacancy.js';
import type { CandidateDocument } from '../search/candidate-document.js';

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
 * Factors (see the function of each name for the details):
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

export const FACTOR_NAMES = [
  'requiredSkills',
  'optionalSkills',
  'occupation',
  'language',
  'experience',
  'readiness',
  'diploma',
] as const;
export type FactorName = (typeof FACTOR_NAMES)[number];

export type MatchWeights = Readonly<Record<FactorName, number>>;

/** How far the weights may stray from summing to exactly 1 (decimal weights are not exact in binary). */
const WEIGHT_SUM_TOLERANCE = 1e-9;

const weight = z.number().min(0).max(1);
export const MatchWeightsSchema = z
  .object({
    requiredSkills: weight,
    optionalSkills: weight,
    occupation: weight,
    language: weight,
    experience: weight,
    readiness: weight,
    diploma: weight,
  })
  .strict()
  .refine((w) => Math.abs(FACTOR_NAMES.reduce((sum, name) => sum + w[name], 0) - 1) <= WEIGHT_SUM_TOLERANCE, {
    message: 'weights must sum to 1',
  });

/**
 * Default weights. Required skills dominate (they are what the employer cannot do without);
 * occupation and language come next (a Dutch-speaking bricklayer beats a bricklaying-adjacent
 * profile); experience and optional skills refine; readiness and diploma recognition tip the
 * balance between otherwise equal candidates (a refused diploma is also a rule block).
 */
export const DEFAULT_MATCH_WEIGHTS: MatchWeights = Object.freeze({
  requiredSkills: 0.4,
  optionalSkills: 0.1,
  occupation: 0.15,
  language: 0.15,
  experience: 0.1,
  readiness: 0.05,
  diploma: 0.05,
});

/** Validates weights given as configuration; throws a ZodError naming the bad weight. */
export function parseMatchWeights(input: unknown): MatchWeights {
  return MatchWeightsSchema.parse(input);
}

/** A language the vacancy asks for, at a minimum CEFR level as an ordinal (A1 = 1 … C2 = 6). */
export interface LanguageRequirement {
  readonly language: string;
  readonly level: number;
}

/** What of a vacancy the score reads. Lists are sorted and de-duplicated, so the score is deterministic. */
export interface VacancyMatchProfile {
  readonly requiredSkills: readonly string[];
  /** Optional skills that are not also required (a skill counts once, as required). */
  readonly optionalSkills: readonly string[];
  /** ISCO-08 four-digit unit group of the vacancy's occupation. */
  readonly occupation: string;
  /** Sorted by language code: the order in which the language fit adds up. */
  readonly languages: readonly LanguageRequirement[];
  readonly minExperienceYears: number;
  /** Whether the occupation is a regulated profession (BE-07): only then does the diploma count. */
  readonly regulated: boolean;
}

export type VacancyForMatching = Pick<
  Vacancy,
  'occupation' | 'requiredSkills' | 'optionalSkills' | 'languages' | 'minExperienceYears'
>;

/** Derives the match profile from a stored vacancy; `regulated` comes from reference data, not the employer. */
export function toMatchProfile(
  vacancy: VacancyForMatching,
  options: { regulated: boolean },
): VacancyMatchProfile {
  const requiredSkills = [...new Set(vacancy.requiredSkills.map((s) => s.key))].sort();
  const required = new Set(requiredSkills);
  const optionalSkills = [...new Set(vacancy.optionalSkills.map((s) => s.key))]
    .filter((k) => !required.has(k))
    .sort();
  const languages = vacancy.languages
    .map((l) => ({ language: l.language, level: cefrOrdinal(l.level) }))
    .sort((a, b) => compareStrings(a.language, b.language));
  return {
    requiredSkills,
    optionalSkills,
    occupation: vacancy.occupation.isco,
    languages,
    minExperienceYears: vacancy.minExperienceYears,
    regulated: options.regulated,
  };
}

// ---- the factors ----------------------------------------------------------------------------

/** Share of the asked skills the candidate has: matched / asked; 1 when nothing is asked. */
export function skillCoverage(matched: number, asked: number): number {
  return asked === 0 ? 1 : matched / asked;
}

/**
 * Occupation fit: the longest ISCO-08 prefix the vacancy's unit group shares with any of the
 * candidate's, over 4: same unit group (4 digits) 1, minor group (3) 0.75, sub-major group (2)
 * 0.5, major group (1) 0.25, nothing in common 0. `iscoGroups` holds every prefix of the
 * candidate's unit groups (see `iscoPrefixes`).
 */
export function occupationFit(vacancyIsco: string, iscoGroups: readonly string[]): number {
  return occupationFitOfDigits(sharedIscoDigits(vacancyIsco, iscoGroups));
}

/** 0–4 shared ISCO digits → 0, 0.25, 0.5, 0.75, 1 (exact in binary). */
export function occupationFitOfDigits(digits: number): number {
  return digits / 4;
}

export function sharedIscoDigits(vacancyIsco: string, iscoGroups: readonly string[]): number {
  for (let digits = vacancyIsco.length; digits >= 1; digits--) {
    if (iscoGroups.includes(vacancyIsco.slice(0, digits))) return digits;
  }
  return 0;
}

/**
 * Language fit: for each required language min(1, candidate level / required level), as CEFR
 * ordinals (no knowledge is 0), averaged over the requirements; 1 when none are asked. A
 * proportional penalty rather than all-or-nothing: B1 where B2 is asked (0.75) is a gap a
 * pre-departure course can close, A1 (0.25) is not.
 */
export function languageFit(
  requirements: readonly LanguageRequirement[],
  languages: Readonly<Record<string, number>>,
): number {
  if (requirements.length === 0) return 1;
  let sum = 0;
  for (const req of requirements) sum += Math.min(1, (languages[req.language] ?? 0) / req.level);
  return sum / requirements.length;
}

/** Experience: min(1, years / minimum years); 1 when the vacancy asks for no experience. */
export function experienceFit(years: number, minYears: number): number {
  return minYears <= 0 ? 1 : Math.min(1, years / minYears);
}

/** Dutch level at which the pre-departure Dutch course counts in full: A2, the civic-integration target. */
export const READINESS_DUTCH_TARGET = 2;

/**
 * Pre-departure readiness (the lesson of the PALIM and THAMM pilots: train Dutch, civic orientation and soft
 * skills before departure). Points out of 8: Dutch course min(level, A2) × 2 (up to 4, half the factor), civic
 * orientation and soft-skills training 0 / 1 / 2 each (not started / in progress / completed).
 * Candidates in rings 1 and 2 already live in Belgium: nothing to prepare, so 1.
 */
export function readinessFit(
  doc: Pick<CandidateDocument, 'ring' | 'readinessDutch' | 'readinessCivic' | 'readinessSoftSkills'>,
): number {
  if (doc.ring <= 2) return 1;
  const points =
    Math.min(doc.readinessDutch, READINESS_DUTCH_TARGET) * 2 + doc.readinessCivic + doc.readinessSoftSkills;
  return points / 8;
}

/**
 * Diploma recognition (BE-07, NARIC-Vlaanderen), counted only for regulated professions:
 * specific or level equivalence, or no recognition needed, 1; pending 0.5; not started 0.25;
 * refused 0 (also blocked by the rules). Unregulated occupations: 1.
 */
export const DIPLOMA_FIT: Readonly<Record<string, number>> = Object.freeze({
  'not-needed': 1,
  'specific-equivalence': 1,
  'level-equivalence': 1,
  pending: 0.5,
  'not-started': 0.25,
  refused: 0,
});

export function diplomaFit(regulated: boolean, recognition: string): number {
  if (!regulated) return 1;
  return DIPLOMA_FIT[recognition] ?? 0;
}

// ---- the score ------------------------------------------------------------------------------

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

// ---- ranking --------------------------------------------------------------------------------

/** The score engines rank on: the float32 nearest the score, as OpenSearch keeps `_score`. */
export function rankingScore(score: number): number {
  return Math.fround(score);
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

/** Code-unit order, the order OpenSearch sorts ASCII keyword ids in (not locale order). */
export function compareStrings(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** Ranking order everywhere: ranking score descending, then id ascending. */
export function compareRanked(a: { score: number; id: string }, b: { score: number; id: string }): number {
  return b.score - a.score || compareStrings(a.id, b.id);
}
