/**
 * The official ESCO CSV download as the importer sees it: a set of file names and a way to
 * open each. Two layouts exist for the occupation–skill relations (see
 * https://esco.ec.europa.eu/en/structure-esco-downloadable-datasets):
 * - v1.1.x: one language-independent `occupationSkillRelations.csv`;
 * - v1.2.x: `occupationSkillRelations_<lang>.csv` per language (same rows, labels translated).
 * Concept files are per language in both: `occupations_<lang>.csv`, `skills_<lang>.csv`.
 */

/** The 28 ESCO languages (ISO 639-1), as the download names them. */
export const ESCO_LANGUAGES = [
  'bg',
  'cs',
  'da',
  'de',
  'el',
  'en',
  'es',
  'et',
  'fi',
  'fr',
  'ga',
  'hr',
  'hu',
  'is',
  'it',
  'lt',
  'lv',
  'mt',
  'nl',
  'no',
  'pl',
  'pt',
  'ro',
  'sk',
  'sl',
  'sv',
  'uk',
  'ar',
] as const;
export type EscoLanguage = (typeof ESCO_LANGUAGES)[number];

export function isEscoLanguage(lang: string): lang is EscoLanguage {
  return (ESCO_LANGUAGES as readonly string[]).includes(lang);
}

export const escoFileNames = (lang: string) => ({
  occupations: `occupations_${lang}.csv`,
  skills: `skills_${lang}.csv`,
  relations: `occupationSkillRelations_${lang}.csv`,
});

/** v1.1.x's relations file, which carries no labels and so no language. */
export const LANGUAGE_INDEPENDENT_RELATIONS = 'occupationSkillRelations.csv';

export type RelationsLayout = 'v1.1' | 'v1.2' | 'none';

export interface EscoDownload {
  /** Names of the files in the download (no folders). */
  readonly files: readonly string[];
  /** Opens one file by name, as text or bytes. */
  open(fileName: string): AsyncIterable<string | Uint8Array>;
}

/** Languages with an occupations file in the download, English first (it is the label fallback). */
export function languagesIn(files: readonly string[]): EscoLanguage[] {
  const found = files
    .map((name) => /^occupations_([a-z]{2})\.csv$/.exec(name)?.[1])
    .filter((lang): lang is EscoLanguage => lang !== undefined && isEscoLanguage(lang));
  return [...new Set(found)].toSorted(
    (a, b) => Number(b === 'en') - Number(a === 'en') || a.localeCompare(b),
  );
}

/** Which relations file to read: v1.1's single file wins; else the first language's v1.2 file. */
export function relationsFile(
  files: readonly string[],
  languages: readonly string[],
): { readonly layout: RelationsLayout; readonly file?: string } {
  if (files.includes(LANGUAGE_INDEPENDENT_RELATIONS)) {
    return { layout: 'v1.1', file: LANGUAGE_INDEPENDENT_RELATIONS };
  }
  for (const lang of languages) {
    const file = escoFileNames(lang).relations;
    if (files.includes(file)) return { layout: 'v1.2', file };
  }
  const any = files.find((name) => /^occupationSkillRelations_[a-z]{2}\.csv$/.test(name));
  return any ? { layout: 'v1.2', file: any } : { layout: 'none' };
}
