import { SECTORS } from './taxonomy-types.js';

/**
 * The shape of the concepts in a taxonomy artifact, checked by hand: a schema library walks
 * every one of tens of thousands of labels through closures and costs more than the rest of
 * the load together. Returns what is wrong, at most a few entries (an artifact is wrong in
 * bulk or not at all).
 */
const MAX_PROBLEMS = 5;
const ISCO = /^\d{4}$/;
const SECTOR_SET = new Set<string>(SECTORS);
const API_LOCALES = ['en', 'nl', 'fr'] as const;

type Entry = Record<string, unknown>;

/**
 * `whole`: concepts as format 2 holds them. `sectioned`: as the concepts section of format 3
 * holds them (artifact-encoding.ts): no synonyms, and an occupation's skills as indexes into
 * `skills` (or ids, for a skill outside them).
 */
export type ConceptShape = 'whole' | 'sectioned';

export function checkConcepts(
  occupations: readonly unknown[],
  skills: readonly unknown[],
  shape: ConceptShape = 'whole',
): string[] {
  const problems: string[] = [];
  const report = (where: string, what: string) => {
    if (problems.length < MAX_PROBLEMS) problems.push(`${where}: ${what}`);
  };
  occupations.forEach((value, index) => {
    const where = `occupations.${index}`;
    if (!isEntry(value)) {
      report(where, 'not an object');
      return;
    }
    if (typeof value.isco !== 'string' || !ISCO.test(value.isco))
      report(`${where}.isco`, 'not an ISCO-08 code');
    if (value.esco !== undefined && typeof value.esco !== 'string') report(`${where}.esco`, 'not a string');
    if (typeof value.sector !== 'string' || !SECTOR_SET.has(value.sector))
      report(`${where}.sector`, 'unknown');
    checkLabels(value.labels, `${where}.labels`, report);
    if (value.synonyms !== undefined) checkSynonyms(value.synonyms, `${where}.synonyms`, report);
    if (shape === 'whole') {
      for (const list of ['essentialSkills', 'optionalSkills']) {
        if (!isStringArray(value[list])) report(`${where}.${list}`, 'not a list of skill ids');
      }
    } else {
      for (const list of ['essential', 'optional']) {
        if (!isSkillRefArray(value[list], skills.length))
          report(`${where}.${list}`, 'not a list of skill indexes');
      }
    }
  });
  skills.forEach((value, index) => {
    const where = `skills.${index}`;
    if (!isEntry(value)) {
      report(where, 'not an object');
      return;
    }
    if (typeof value.id !== 'string' || value.id === '') report(`${where}.id`, 'missing');
    if (value.esco !== undefined && typeof value.esco !== 'string') report(`${where}.esco`, 'not a string');
    checkLabels(value.labels, `${where}.labels`, report);
    if (shape === 'whole') checkSynonyms(value.synonyms, `${where}.synonyms`, report);
  });
  return problems;
}

/** The terms section of format 3: synonyms per skill, and per occupation or `null`, in concept order. */
export function checkTerms(value: unknown, skillCount: number, occupationCount: number): string[] {
  const problems: string[] = [];
  const report = (where: string, what: string) => {
    if (problems.length < MAX_PROBLEMS) problems.push(`${where}: ${what}`);
  };
  if (!isEntry(value) || !Array.isArray(value.skills) || !Array.isArray(value.occupations)) {
    return ['not a list of skill and occupation synonyms'];
  }
  if (value.skills.length !== skillCount)
    report('skills', `${value.skills.length} entries for ${skillCount} skills`);
  if (value.occupations.length !== occupationCount)
    report('occupations', `${value.occupations.length} entries for ${occupationCount} occupations`);
  value.skills.forEach((synonyms: unknown, i: number) => {
    checkSynonyms(synonyms, `skills.${i}`, report);
  });
  value.occupations.forEach((synonyms: unknown, i: number) => {
    if (synonyms !== null) checkSynonyms(synonyms, `occupations.${i}`, report);
  });
  return problems;
}

function checkLabels(value: unknown, where: string, report: (where: string, what: string) => void): void {
  if (!isEntry(value)) {
    report(where, 'not an object');
    return;
  }
  for (const locale of API_LOCALES) {
    if (typeof value[locale] !== 'string' || value[locale] === '') report(`${where}.${locale}`, 'missing');
  }
  for (const key in value) if (typeof value[key] !== 'string') report(`${where}.${key}`, 'not a string');
}

function checkSynonyms(value: unknown, where: string, report: (where: string, what: string) => void): void {
  if (!isEntry(value)) {
    report(where, 'not an object');
    return;
  }
  for (const locale of API_LOCALES)
    if (!isStringArray(value[locale])) report(`${where}.${locale}`, 'missing');
  for (const key in value) if (!isStringArray(value[key])) report(`${where}.${key}`, 'not a list of strings');
}

function isEntry(value: unknown): value is Entry {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function isSkillRefArray(value: unknown, skillCount: number): boolean {
  if (!Array.isArray(value)) return false;
  for (const item of value) {
    if (typeof item === 'string' ? item === '' : !(Number.isInteger(item) && item >= 0 && item < skillCount))
      return false;
  }
  return true;
}

function isStringArray(value: unknown): value is string[] {
  if (!Array.isArray(value)) return false;
  for (const item of value) if (typeof item !== 'string') return false;
  return true;
}
