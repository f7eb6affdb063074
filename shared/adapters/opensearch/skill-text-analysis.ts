import { asciiSearchTerm } from '../../taxonomy/normalise.js';
import type { Taxonomy } from '../../taxonomy/taxonomy.js';

/**
 * Multilingual full-text search on `skillText` (the skill labels as given and resolved).
 *
 * One field, four ways of reading it:
 * - `skillText`: folded words (lower case, no diacritics), no stemming;
 * - `skillText.nl` / `.en` / `.fr`: the same, then the language's stemmer.
 *
 * At index time the analyzers only normalise (and stem). At search time they also expand the
 * taxonomy's synonyms, so a Dutch query ("metselen") finds a profile that says "bricklaying" or
 * "maçonnerie". `synonym_graph` is meant for search analyzers: at index time a multi-word
 * synonym would be flattened onto one position and break phrase matching.
 *
 * Order matters: synonyms come BEFORE the stemmer. The synonym filter parses its rules with the
 * filters that precede it, and the rules are whole words ("metselen", not "metsel"); a stemmer in
 * front would turn the query into stems the rules never contain. After expansion every term —
 * original and synonyms — is stemmed exactly as the index-time analyzer stemmed the document.
 *
 * The rules come from `Taxonomy.synonymRules()`, already lower-cased and ASCII-folded, and
 * `lowercase` + `asciifolding` run before the synonym filter so "Maçonnerie" meets "maconnerie".
 * Apostrophes become spaces first (as the taxonomy's own normalisation does), so "schema's" and
 * "main-d'œuvre" split into the same words the rules contain.
 *
 * The rules are inline in the index settings: fine for the curated vocabulary (a few hundred
 * rules); a full ESCO import would be better served by a synonyms file or a package on the domain.
 */

const LANGUAGES = {
  nl: { type: 'stemmer', language: 'dutch' },
  en: { type: 'stemmer', language: 'english' },
  fr: { type: 'stemmer', language: 'light_french' },
} as const;

export type SkillTextLanguage = keyof typeof LANGUAGES;
export const SKILL_TEXT_LANGUAGES = Object.keys(LANGUAGES) as SkillTextLanguage[];

const CHAR_FILTER = 'skill_apostrophes';
const SYNONYMS = 'skill_synonyms';
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
  search: 'skill_text_search',
  indexFor: (language: SkillTextLanguage) => `skill_text_${language}`,
  searchFor: (language: SkillTextLanguage) => `skill_text_${language}_search`,
} as const;

/** The `settings.analysis` block. */
export function skillTextAnalysis(taxonomy: Taxonomy) {
  const analyzers: Record<string, ReturnType<typeof analyzer>> = {
    [SKILL_TEXT_ANALYZERS.index]: analyzer(FOLD),
    [SKILL_TEXT_ANALYZERS.search]: analyzer([...FOLD, SYNONYMS]),
  };
  for (const language of SKILL_TEXT_LANGUAGES) {
    const stemmer = `skill_stem_${language}`;
    analyzers[SKILL_TEXT_ANALYZERS.indexFor(language)] = analyzer([...FOLD, stemmer]);
    analyzers[SKILL_TEXT_ANALYZERS.searchFor(language)] = analyzer([...FOLD, SYNONYMS, stemmer]);
  }
  return {
    char_filter: {
      // A `mapping` char filter (a lookup per character) rather than `pattern_replace` (a regex per value).
      [CHAR_FILTER]: { type: 'mapping', mappings: ["'=>\\u0020", '’=>\\u0020', '‘=>\\u0020', '`=>\\u0020'] },
    },
    filter: {
      // lenient: false — a rule the analyzer cannot parse fails index creation (and the test
      // that creates the index) instead of silently dropping a synonym.
      [SYNONYMS]: { type: 'synonym_graph', synonyms: synonymRules(taxonomy), expand: true, lenient: false },
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
    search_analyzer: SKILL_TEXT_ANALYZERS.search,
    fields: Object.fromEntries(
      SKILL_TEXT_LANGUAGES.map((language) => [
        language,
        {
          type: 'text',
          analyzer: SKILL_TEXT_ANALYZERS.indexFor(language),
          search_analyzer: SKILL_TEXT_ANALYZERS.searchFor(language),
        },
      ]),
    ),
  };
}

/**
 * Synonym rules for the `synonym_graph` filter, in Solr format: one line per skill, every label
 * and synonym in every language, ASCII-folded and lower-cased like the index analyser. Terms
 * that do not fold intact (e.g. "C#") are left out.
 */
export function synonymRules(taxonomy: Taxonomy): string[] {
  const rules: string[] = [];
  for (const skill of taxonomy.skills()) {
    const terms = new Set<string>();
    const texts = Object.entries(skill.labels).flatMap(([lang, label]) => [
      label,
      ...(skill.synonyms[lang] ?? []),
    ]);
    for (const text of texts) {
      const term = asciiSearchTerm(text);
      if (term && term.length > 1) terms.add(term);
    }
    if (terms.size > 1) rules.push([...terms].join(', '));
  }
  return rules;
}
