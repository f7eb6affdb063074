import type { Locale } from '../domain/codes.js';
import { csvRows } from './csv.js';
import { ISCO_08_UNIT_GROUPS } from './isco-08.js';
import {
  IMPORTED_TAXONOMY_FORMAT,
  type ImportedTaxonomy,
  type Labels,
  type Occupation,
  type Sector,
  type Skill,
  type Synonyms,
} from './taxonomy-types.js';

/**
 * Turns the official ESCO CSV download (v1.1/v1.2, one set of files per language) into an
 * ImportedTaxonomy. Pure: it reads rows from whatever source it is given, so the CLI streams
 * files from disk and tests feed fixtures.
 *
 * Files and the columns read (others, such as v1.2's `naceCode`, are ignored):
 * - `occupations_<lang>.csv`: conceptUri, iscoGroup, preferredLabel, altLabels, hiddenLabels,
 *   status, code (`7112.1`; used for the ISCO group when iscoGroup is empty);
 * - `skills_<lang>.csv`: conceptUri, preferredLabel, altLabels, hiddenLabels, status;
 * - `occupationSkillRelations_<lang>.csv`: occupationUri, relationType, skillUri. Relations do
 *   not depend on the language, so only the first language's file is read.
 * altLabels and hiddenLabels hold one label per line inside a quoted field.
 */

export const ESCO_LANGUAGES: readonly Locale[] = ['en', 'nl', 'fr'];

export const escoFileNames = (lang: string) => ({
  occupations: `occupations_${lang}.csv`,
  skills: `skills_${lang}.csv`,
  relations: `occupationSkillRelations_${lang}.csv`,
});

const OCCUPATION_COLUMNS = ['conceptUri', 'iscoGroup', 'preferredLabel', 'altLabels'];
const SKILL_COLUMNS = ['conceptUri', 'preferredLabel', 'altLabels'];
const RELATION_COLUMNS = ['occupationUri', 'relationType', 'skillUri'];

export interface EscoImportStats {
  readonly languages: readonly Locale[];
  readonly occupations: number;
  readonly skills: number;
  readonly essentialRelations: number;
  readonly optionalRelations: number;
  /** Occupations dropped because their ISCO group is missing or not an ISCO-08 unit group. */
  readonly occupationsWithoutIsco: number;
  /** Rows whose status is set and is not `released`. */
  readonly unreleasedRows: number;
  /** Relations naming an occupation or skill the files do not define, or an unknown relation type. */
  readonly skippedRelations: number;
}

export interface EscoImportResult {
  readonly taxonomy: ImportedTaxonomy;
  readonly stats: EscoImportStats;
}

/** Opens one file of the download by name, as text or bytes. */
export type EscoFileOpener = (fileName: string) => AsyncIterable<string | Uint8Array>;

/** Reads the download's files for the given languages and builds the taxonomy. */
export async function importEsco(
  open: EscoFileOpener,
  languages: readonly Locale[],
): Promise<EscoImportResult> {
  const [first] = languages;
  if (!first) throw new Error('ESCO import: give at least one language');
  const builder = new EscoTaxonomyBuilder(languages);
  for (const lang of languages) {
    const files = escoFileNames(lang);
    for await (const row of csvRows(open(files.skills), {
      requiredColumns: SKILL_COLUMNS,
      sourceName: files.skills,
    })) {
      builder.addSkill(lang, row);
    }
    const occupationRows = csvRows(open(files.occupations), {
      requiredColumns: OCCUPATION_COLUMNS,
      sourceName: files.occupations,
    });
    for await (const row of occupationRows) builder.addOccupation(lang, row);
  }
  const relations = escoFileNames(first).relations;
  for await (const row of csvRows(open(relations), {
    requiredColumns: RELATION_COLUMNS,
    sourceName: relations,
  })) {
    builder.addRelation(row);
  }
  return builder.build();
}

interface ConceptTerms {
  preferred: Partial<Record<Locale, string>>;
  alternatives: Partial<Record<Locale, string[]>>;
}

interface OccupationDraft extends ConceptTerms {
  readonly uri: string;
  readonly isco: string;
  readonly essential: Set<string>;
  readonly optional: Set<string>;
}

/** Accumulates rows (any order of languages) and builds the taxonomy once everything is read. */
export class EscoTaxonomyBuilder {
  private readonly skills = new Map<string, ConceptTerms & { readonly uri: string }>();
  private readonly occupations = new Map<string, OccupationDraft>();
  private readonly occupationsWithoutIsco = new Set<string>();
  private unreleasedRows = 0;
  private essentialRelations = 0;
  private optionalRelations = 0;
  private skippedRelations = 0;

  constructor(private readonly languages: readonly Locale[]) {}

  addSkill(lang: Locale, row: Record<string, string>): void {
    const uri = row.conceptUri?.trim();
    if (!uri || !this.isReleased(row)) return;
    let skill = this.skills.get(uri);
    if (!skill) {
      skill = { uri, preferred: {}, alternatives: {} };
      this.skills.set(uri, skill);
    }
    addTerms(skill, lang, row);
  }

  addOccupation(lang: Locale, row: Record<string, string>): void {
    const uri = row.conceptUri?.trim();
    if (!uri || !this.isReleased(row)) return;
    const isco = iscoOf(row);
    if (!isco) {
      this.occupationsWithoutIsco.add(uri);
      return;
    }
    let occupation = this.occupations.get(uri);
    if (!occupation) {
      occupation = { uri, isco, preferred: {}, alternatives: {}, essential: new Set(), optional: new Set() };
      this.occupations.set(uri, occupation);
    }
    addTerms(occupation, lang, row);
  }

  addRelation(row: Record<string, string>): void {
    const occupation = this.occupations.get(row.occupationUri?.trim() ?? '');
    const skillUri = row.skillUri?.trim() ?? '';
    const type = row.relationType?.trim();
    if (!occupation || !this.skills.has(skillUri) || (type !== 'essential' && type !== 'optional')) {
      this.skippedRelations++;
      return;
    }
    const target = type === 'essential' ? occupation.essential : occupation.optional;
    if (target.has(skillUri)) return;
    target.add(skillUri);
    if (type === 'essential') this.essentialRelations++;
    else this.optionalRelations++;
  }

  build(): EscoImportResult {
    const skills: Skill[] = [...this.skills.values()].map((draft) => ({
      id: escoSkillId(draft.uri),
      esco: draft.uri,
      labels: this.labels(draft),
      synonyms: this.synonyms(draft),
    }));
    const occupations: Occupation[] = [...this.occupations.values()].map((draft) => ({
      isco: draft.isco,
      esco: draft.uri,
      labels: this.labels(draft),
      sector: sectorOfIsco(draft.isco),
      essentialSkills: [...draft.essential].map(escoSkillId),
      // ESCO lists a few skills as both; essential wins.
      optionalSkills: [...draft.optional].filter((uri) => !draft.essential.has(uri)).map(escoSkillId),
    }));
    return {
      taxonomy: {
        format: IMPORTED_TAXONOMY_FORMAT,
        source: { kind: 'esco-csv', languages: [...this.languages] },
        occupations,
        skills,
      },
      stats: {
        languages: [...this.languages],
        occupations: occupations.length,
        skills: skills.length,
        essentialRelations: this.essentialRelations,
        optionalRelations: this.optionalRelations,
        occupationsWithoutIsco: this.occupationsWithoutIsco.size,
        unreleasedRows: this.unreleasedRows,
        skippedRelations: this.skippedRelations,
      },
    };
  }

  private isReleased(row: Record<string, string>): boolean {
    const status = row.status?.trim();
    if (!status || status === 'released') return true;
    this.unreleasedRows++;
    return false;
  }

  /** Locales that were not imported show the English label (or the first one there is). */
  private labels(draft: ConceptTerms): Labels {
    const fallback = draft.preferred.en ?? Object.values(draft.preferred).find(Boolean) ?? '';
    return {
      en: draft.preferred.en ?? fallback,
      nl: draft.preferred.nl ?? fallback,
      fr: draft.preferred.fr ?? fallback,
    };
  }

  private synonyms(draft: ConceptTerms): Synonyms {
    return {
      en: draft.alternatives.en ?? [],
      nl: draft.alternatives.nl ?? [],
      fr: draft.alternatives.fr ?? [],
    };
  }
}

function addTerms(concept: ConceptTerms, lang: Locale, row: Record<string, string>): void {
  const preferred = row.preferredLabel?.trim();
  if (preferred) concept.preferred[lang] = preferred;
  const alternatives = new Set([...splitLabels(row.altLabels), ...splitLabels(row.hiddenLabels)]);
  if (preferred) alternatives.delete(preferred);
  concept.alternatives[lang] = [...alternatives];
}

/** altLabels/hiddenLabels: one label per line inside the field. */
export function splitLabels(field: string | undefined): string[] {
  if (!field) return [];
  return field
    .split(/\r?\n/)
    .map((label) => label.trim())
    .filter((label) => label !== '');
}

/** The ISCO-08 unit group of an occupation row: `iscoGroup`, else the head of `code` (`7112.1`). */
function iscoOf(row: Record<string, string>): string | undefined {
  const candidates = [row.iscoGroup, row.code?.split('.')[0]];
  for (const candidate of candidates) {
    const digits = candidate?.trim().replace(/^C/, '');
    if (digits && ISCO_08_UNIT_GROUPS.has(digits)) return digits;
  }
  return undefined;
}

/** Imported skills are keyed by their ESCO UUID, which is stable across releases. */
export function escoSkillId(uri: string): string {
  const uuid = uri.slice(uri.lastIndexOf('/') + 1);
  return `esco-${uuid.toLowerCase()}`;
}

/**
 * ESCO has no sector; this derives one from the ISCO-08 code (longest matching prefix wins),
 * so sector breakdowns also work on imported data.
 */
const SECTOR_PREFIXES: readonly (readonly [string, Sector])[] = (
  [
    ['1323', 'construction'],
    ['2142', 'construction'],
    ['2161', 'construction'],
    ['3112', 'construction'],
    ['3123', 'construction'],
    ['1324', 'logistics'],
    ['9621', 'logistics'],
    ['1330', 'it'],
    ['2356', 'it'],
    ['1342', 'healthcare'],
    ['1343', 'healthcare'],
    ['7512', 'hospitality'],
    ['141', 'hospitality'],
    ['512', 'hospitality'],
    ['513', 'hospitality'],
    ['532', 'healthcare'],
    ['751', 'hospitality'],
    ['931', 'construction'],
    ['933', 'logistics'],
    ['432', 'logistics'],
    ['941', 'hospitality'],
    ['214', 'technical'],
    ['215', 'technical'],
    ['22', 'healthcare'],
    ['25', 'it'],
    ['31', 'technical'],
    ['32', 'healthcare'],
    ['35', 'it'],
    ['71', 'construction'],
    ['72', 'technical'],
    ['74', 'technical'],
    ['81', 'technical'],
    ['82', 'technical'],
    ['83', 'logistics'],
  ] as const
).toSorted((a, b) => b[0].length - a[0].length);

export function sectorOfIsco(isco: string): Sector {
  return SECTOR_PREFIXES.find(([prefix]) => isco.startsWith(prefix))?.[1] ?? 'other';
}
