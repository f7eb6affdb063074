import type { RelationsLayout } from './esco-download.js';
import { sectorOfIsco } from './esco-sectors.js';
import { ISCO_08_UNIT_GROUPS } from './isco-08.js';
import {
  IMPORTED_TAXONOMY_FORMAT,
  type ImportedTaxonomy,
  type Labels,
  type Occupation,
  type Skill,
  type Synonyms,
} from './taxonomy-types.js';
import { taxonomyVersion } from './taxonomy-version.js';

/** The API's own locales: always present in labels, falling back to English. */
const API_LOCALES = ['en', 'nl', 'fr'] as const;

/** Columns an obsolete concept may name its successor in (the release's own wording varies). */
const REPLACED_BY_COLUMNS = ['isReplacedBy', 'replacedBy', 'replacedByConceptUri'];

export interface EscoImportStats {
  readonly languages: readonly string[];
  readonly relationsLayout: RelationsLayout;
  readonly occupations: number;
  readonly skills: number;
  readonly essentialRelations: number;
  readonly optionalRelations: number;
  /** Occupations dropped because their ISCO group is missing or not an ISCO-08 unit group. */
  readonly occupationsWithoutIsco: number;
  /** Rows whose status is set and is not `released`. */
  readonly unreleasedRows: number;
  /** Obsolete concepts whose replacement the release names. */
  readonly replacements: number;
  /** Relations naming an occupation or skill the files do not define, or an unknown relation type. */
  readonly skippedRelations: number;
}

export interface EscoImportResult {
  readonly taxonomy: ImportedTaxonomy;
  readonly stats: EscoImportStats;
}

interface ConceptTerms {
  readonly preferred: Record<string, string>;
  readonly alternatives: Record<string, string[]>;
}

interface OccupationDraft extends ConceptTerms {
  readonly uri: string;
  readonly isco: string;
  readonly essential: Set<string>;
  readonly optional: Set<string>;
}

type Row = Record<string, string>;

/** Accumulates rows (any order of languages) and builds the taxonomy once everything is read. */
export class EscoTaxonomyBuilder {
  private readonly skills = new Map<string, ConceptTerms & { readonly uri: string }>();
  private readonly occupations = new Map<string, OccupationDraft>();
  private readonly occupationsWithoutIsco = new Set<string>();
  private readonly replacements = new Map<string, string>();
  private unreleasedRows = 0;
  private essentialRelations = 0;
  private optionalRelations = 0;
  private skippedRelations = 0;

  constructor(
    private readonly languages: readonly string[],
    private readonly escoVersion?: string,
  ) {}

  addSkill(lang: string, row: Row): void {
    const uri = row.conceptUri?.trim();
    if (!uri || !this.isReleased(uri, row)) return;
    let skill = this.skills.get(uri);
    if (!skill) {
      skill = { uri, preferred: {}, alternatives: {} };
      this.skills.set(uri, skill);
    }
    addTerms(skill, lang, row);
  }

  addOccupation(lang: string, row: Row): void {
    const uri = row.conceptUri?.trim();
    if (!uri || !this.isReleased(uri, row)) return;
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

  addRelation(row: Row): void {
    const occupation = this.occupations.get(this.current(row.occupationUri));
    const skillUri = this.current(row.skillUri);
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

  build(relationsLayout: RelationsLayout): EscoImportResult {
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
      synonyms: this.synonyms(draft),
      sector: sectorOfIsco(draft.isco),
      essentialSkills: [...draft.essential].map(escoSkillId),
      // ESCO lists a few skills as both; essential wins.
      optionalSkills: [...draft.optional].filter((uri) => !draft.essential.has(uri)).map(escoSkillId),
    }));
    // Only replacements that land on a concept this import holds: a chain to nowhere is no answer.
    const replacements = Object.fromEntries(
      [...this.replacements].filter(([, to]) => this.skills.has(to) || this.occupations.has(to)),
    );
    const content = { occupations, skills, replacements };
    const source = {
      kind: 'esco-csv' as const,
      escoVersion: this.escoVersion,
      languages: [...this.languages],
      relationsLayout,
    };
    return {
      taxonomy: {
        format: IMPORTED_TAXONOMY_FORMAT,
        version: taxonomyVersion(source, content),
        source,
        ...content,
      },
      stats: {
        languages: [...this.languages],
        relationsLayout,
        occupations: occupations.length,
        skills: skills.length,
        essentialRelations: this.essentialRelations,
        optionalRelations: this.optionalRelations,
        occupationsWithoutIsco: this.occupationsWithoutIsco.size,
        unreleasedRows: this.unreleasedRows,
        replacements: Object.keys(replacements).length,
        skippedRelations: this.skippedRelations,
      },
    };
  }

  /** A relation naming an obsolete concept points at its replacement. */
  private current(uri: string | undefined): string {
    const trimmed = uri?.trim() ?? '';
    return this.replacements.get(trimmed) ?? trimmed;
  }

  private isReleased(uri: string, row: Row): boolean {
    const status = row.status?.trim();
    if (!status || status === 'released') return true;
    const successor = REPLACED_BY_COLUMNS.map((column) => row[column]?.trim()).find(Boolean);
    if (successor && successor !== uri) this.replacements.set(uri, successor);
    this.unreleasedRows++;
    return false;
  }

  /** The API's locales that were not imported show the English label (or the first one there is). */
  private labels(draft: ConceptTerms): Labels {
    const fallback = draft.preferred.en ?? Object.values(draft.preferred).find(Boolean) ?? '';
    const labels: Record<string, string> = {};
    for (const lang of API_LOCALES) labels[lang] = draft.preferred[lang] ?? fallback;
    for (const lang of this.languages) if (draft.preferred[lang]) labels[lang] = draft.preferred[lang];
    return labels as unknown as Labels;
  }

  private synonyms(draft: ConceptTerms): Synonyms {
    const synonyms: Record<string, string[]> = {};
    for (const lang of API_LOCALES) synonyms[lang] = draft.alternatives[lang] ?? [];
    for (const lang of this.languages)
      if (draft.alternatives[lang]) synonyms[lang] = draft.alternatives[lang];
    return synonyms as unknown as Synonyms;
  }
}

function addTerms(concept: ConceptTerms, lang: string, row: Row): void {
  const preferred = row.preferredLabel?.trim();
  if (preferred) concept.preferred[lang] = preferred;
  const alternatives = new Set([...splitLabels(row.altLabels), ...splitLabels(row.hiddenLabels)]);
  if (preferred) alternatives.delete(preferred);
  concept.alternatives[lang] = [...alternatives];
}

/**
 * altLabels/hiddenLabels: one label per line inside the field (the official download). Some
 * redistributions of ESCO join them with `|` instead; a field without a line break is split on
 * that, since no ESCO label contains a `|`.
 */
export function splitLabels(field: string | undefined): string[] {
  if (!field) return [];
  return field
    .split(/\r?\n/.test(field) ? /\r?\n/ : '|')
    .map((label) => label.trim())
    .filter((label) => label !== '');
}

/** The ISCO-08 unit group of an occupation row: `iscoGroup`, else the head of `code` (`7112.1`). */
function iscoOf(row: Row): string | undefined {
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
