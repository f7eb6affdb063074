import { cefrOrdinal } from '../domain/codes.js';
import type { Vacancy } from '../domain/vacancy.js';
import { compareStrings } from './ranking.js';

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
