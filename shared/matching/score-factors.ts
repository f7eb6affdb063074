import type { CandidateDocument } from '../search/candidate-document.js';
import type { LanguageRequirement } from './match-profile.js';

/**
 * The seven factors of the match score (score-model.ts), each a pure function with a value in
 * [0, 1]. Kept to ratios of small integers and `min`, which Java and JavaScript compute bit for
 * bit, so that the painless script (`painless-score.ts`) gives the same values.
 */

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
