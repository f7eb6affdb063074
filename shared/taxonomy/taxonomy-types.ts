/**
 * Shapes of the occupation and skill vocabulary (ISCO-08, ESCO, labels and synonyms). The API's
 * own locales (nl, en, fr) are always present; an ESCO import adds any other language it read
 * (de, ar, ...), keyed by ISO 639-1 code, so resolution works in every loaded language.
 */

export interface Labels {
  readonly en: string;
  readonly nl: string;
  readonly fr: string;
  readonly [language: string]: string;
}

export interface Synonyms {
  readonly en: readonly string[];
  readonly nl: readonly string[];
  readonly fr: readonly string[];
  readonly [language: string]: readonly string[];
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

/**
 * The ESCO concept a curated entry is, or an explicit statement that none is (a certificate,
 * licence or national rule ESCO has no concept for). Never left out silently.
 */
export type EscoLink =
  | { readonly uri: string; readonly label?: string | undefined }
  | { readonly uri: null; readonly reason: string };

export interface Occupation {
  /** ISCO-08 four-digit unit group. */
  readonly isco: string;
  readonly esco?: string | undefined;
  /** Why no ESCO occupation fits, when `esco` is absent on a curated entry. */
  readonly escoGap?: string | undefined;
  readonly labels: Labels;
  /** Alternative titles per language (ESCO altLabels), for occupation search. */
  readonly synonyms?: Synonyms | undefined;
  readonly sector: Sector;
  /** Skill ids typically essential for this occupation (ESCO occupation–skill relations). */
  readonly essentialSkills: readonly string[];
  readonly optionalSkills: readonly string[];
}

export interface Skill {
  /** Stable taxonomy id, kebab-case, e.g. `bricklaying`. */
  readonly id: string;
  readonly esco?: string | undefined;
  /** Why no ESCO skill fits, when `esco` is absent on a curated entry. */
  readonly escoGap?: string | undefined;
  readonly labels: Labels;
  readonly synonyms: Synonyms;
  /** Named pre-departure technical module that teaches this skill, if any. */
  readonly trainingModule?: string | undefined;
}

/** Format tag of the taxonomy artifact the ESCO importer writes and a deployment loads. */
export const IMPORTED_TAXONOMY_FORMAT = 'concentric-taxonomy/2';
/**
 * Format 2's content in sections, so a cold start leaves the synonyms unparsed until they are
 * needed (artifact-encoding.ts). What the ESCO importer writes.
 */
export const SECTIONED_TAXONOMY_FORMAT = 'concentric-taxonomy/3';
/** The first format (no version, no replacements, nl/en/fr only); still read. */
export const IMPORTED_TAXONOMY_FORMAT_V1 = 'concentric-taxonomy/1';

/** A vocabulary imported from the ESCO CSV download (see `esco-csv.ts`): the taxonomy artifact. */
export interface ImportedTaxonomy {
  readonly format: typeof IMPORTED_TAXONOMY_FORMAT;
  /**
   * Identifies this artifact: ESCO release, languages and a digest of the content, e.g.
   * `esco-1.2.0+en.nl.fr.de.ar+3f2a9c1b`. `/health` and the OpenAPI info report it.
   */
  readonly version: string;
  readonly source: {
    /** `esco-csv`: written by the ESCO importer; `built-in`: the curated vocabulary alone. */
    readonly kind: 'esco-csv' | 'built-in';
    /** The ESCO release the download is (`1.1.1`, `1.2.0`), when the importer was told. */
    readonly escoVersion?: string | undefined;
    /** Languages whose CSV files were read; the API's locales fall back to English. */
    readonly languages: readonly string[];
    /** Which occupation–skill relations file was read (`esco-download.ts`). */
    readonly relationsLayout: 'v1.1' | 'v1.2' | 'none';
  };
  readonly occupations: readonly Occupation[];
  readonly skills: readonly Skill[];
  /** Obsolete ESCO URI → the URI the release says replaces it. */
  readonly replacements: Readonly<Record<string, string>>;
  /**
   * The curated vocabulary, layered above the imported concepts (its ids, synonyms and
   * training modules win; see `Taxonomy.fromImported`). The importer embeds it, so the one
   * artifact a deployment loads is the whole taxonomy and no function bundles the curated data.
   */
  readonly curated?: CuratedLayer | undefined;
}

/** The curated vocabulary as an artifact carries it. */
export interface CuratedLayer {
  readonly version: string;
  readonly occupations: readonly Occupation[];
  readonly skills: readonly Skill[];
}
