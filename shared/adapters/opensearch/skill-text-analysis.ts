/**
 * Full-text search on `skillText` (the skill labels as given and resolved).
 *
 * One field, four ways of reading it:
 * - `skillText`: folded words (lower case, no diacritics), no stemming;
 * - `skillText.nl` / `.en` / `.fr`: the same, then the language's stemmer.
 *
 * Across languages a skill is found by its concept id, not by its words: labels, synonyms and
 * free text resolve to concept ids (`Taxonomy.resolveSkills`) when a profile is written (the
 * document's `skills`) and when a query is built (a vacancy's skills), so "metselen",
 * "bricklaying" and "maçonnerie" all become `bricklaying`. The index settings therefore hold no
 * synonym list: they are the same for the curated vocabulary and for all of ESCO in five
 * languages (a list inline in the settings would grow with every imported label), and the
 * index depends on no taxonomy at all.
 *
 * Apostrophes become spaces first (as the taxonomy's own normalisation does), so "schema's" and
 * "main-d'œuvre" split into the same words the taxonomy resolves.
 */

const LANGUAGES = {
  nl: { type: 'stemmer', language: 'dutch' },
  en: { type: 'stemmer', language: 'english' },
  fr: { type: 'stemmer', language: 'light_french' },
} as const;

export type SkillTextLanguage = keyof typeof LANGUAGES;
export const SKILL_TEXT_LANGUAGES = Object.keys(LANGUAGES) as SkillTextLanguage[];

const CHAR_FILTER = 'skill_apostrophes';
const FOLD = ['lowercase', 'asciifolding'] as const;

const analyzer = (filters: readonly string[]) => ({
  type: 'custom',
  char_filter: [CHAR_FILTER],
  tokenizer: 'standard',
  filter: [...filters],
});

/** Analyzer names, for tests and queries that pick one explicitly. */
export const SKILL_TEXT_ANALYZERS = {
  index: 'skill_text',
  indexFor: (language: SkillTextLanguage) => `skill_text_${language}`,
} as const;

/** The `settings.analysis` block: the same for every deployment, whatever its taxonomy. */
export function skillTextAnalysis() {
  const analyzers: Record<string, ReturnType<typeof analyzer>> = {
    [SKILL_TEXT_ANALYZERS.index]: analyzer(FOLD),
  };
  for (const language of SKILL_TEXT_LANGUAGES) {
    analyzers[SKILL_TEXT_ANALYZERS.indexFor(language)] = analyzer([...FOLD, `skill_stem_${language}`]);
  }
  return {
    char_filter: {
      // A `mapping` char filter (a lookup per character) rather than `pattern_replace` (a regex per value).
      [CHAR_FILTER]: { type: 'mapping', mappings: ["'=>\\u0020", '’=>\\u0020', '‘=>\\u0020', '`=>\\u0020'] },
    },
    filter: {
      ...Object.fromEntries(SKILL_TEXT_LANGUAGES.map((l) => [`skill_stem_${l}`, LANGUAGES[l]])),
    },
    analyzer: analyzers,
  };
}

/** The `skillText` mapping: the folded field plus one stemmed sub-field per language. */
export function skillTextMapping() {
  return {
    type: 'text',
    analyzer: SKILL_TEXT_ANALYZERS.index,
    fields: Object.fromEntries(
      SKILL_TEXT_LANGUAGES.map((language) => [
        language,
        {
          type: 'text',
          analyzer: SKILL_TEXT_ANALYZERS.indexFor(language),
        },
      ]),
    ),
  };
}
