/** Shapes of the occupation and skill vocabulary (ISCO-08, ESCO, nl/en/fr labels and synonyms). */

export interface Labels {
  readonly en: string;
  readonly nl: string;
  readonly fr: string;
}

export interface Synonyms {
  readonly en: readonly string[];
  readonly nl: readonly string[];
  readonly fr: readonly string[];
}

export const SECTORS = [
  'construction',
  'healthcare',
  'it',
  'logistics',
  'technical',
  'hospitality',
  'other',
] as const;
export type Sector = (typeof SECTORS)[number];

export interface Occupation {
  /** ISCO-08 four-digit unit group. */
  readonly isco: string;
  readonly esco?: string | undefined;
  readonly labels: Labels;
  readonly sector: Sector;
  /** Skill ids typically essential for this occupation (ESCO occupation–skill relations). */
  readonly essentialSkills: readonly string[];
  readonly optionalSkills: readonly string[];
}

export interface Skill {
  /** Stable taxonomy id, kebab-case, e.g. `bricklaying`. */
  readonly id: string;
  readonly esco?: string | undefined;
  readonly labels: Labels;
  readonly synonyms: Synonyms;
  /** Named pre-departure technical module that teaches this skill, if any. */
  readonly trainingModule?: string | undefined;
}

/** Format tag of the JSON the ESCO importer writes and `Taxonomy.fromImported` reads. */
export const IMPORTED_TAXONOMY_FORMAT = 'concentric-taxonomy/1';

/** A vocabulary imported from the ESCO CSV download (see `esco-csv.ts`). */
export interface ImportedTaxonomy {
  readonly format: typeof IMPORTED_TAXONOMY_FORMAT;
  readonly source: {
    readonly kind: 'esco-csv';
    /** Languages whose CSV files were read; labels of other locales fall back to English. */
    readonly languages: readonly string[];
  };
  readonly occupations: readonly Occupation[];
  readonly skills: readonly Skill[];
}
