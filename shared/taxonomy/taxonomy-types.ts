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

export interface Occupation {
  /** ISCO-08 four-digit unit group. */
  readonly isco: string;
  readonly esco?: string | undefined;
  readonly labels: Labels;
  readonly sector: 'construction' | 'healthcare' | 'it' | 'logistics' | 'technical' | 'hospitality' | 'other';
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
