import { LANGUAGE_CODES } from '../../domain/codes.js';

/**
 * What the OpenSearch match engine needs of the candidate index mapping, as a fragment of
 * `mappings.properties` the index owner merges (`shared/adapters/opensearch/`). Each choice is
 * there because parity with the embedded engine depends on it:
 *
 * - codes, skills and ids are `keyword`: exact terms for filters, and `id` sorts ascending in
 *   byte order, which for ASCII ids is the code-unit order the embedded engine sorts in;
 * - `workExperienceYears` is `double`, never `float`: the painless score must read the very
 *   double the JavaScript model reads (1.3 as a float is 1.2999999523…);
 * - `languages.<ISO 639-1>` is one `byte` per language code (CEFR ordinal 0–6), declared for
 *   every code so a language no candidate has yet still exists in the mapping (the script asks
 *   `doc.containsKey` first either way); `dynamic: false` keeps anything else out;
 * - ordinals (`ring`, readiness levels, education) are `byte`; `consentMatching` is `boolean`;
 * - `temporaryProtectionUntil` is a `date` in `strict_date` (yyyy-MM-dd), so `range gte` on it
 *   agrees with the evaluator's ISO-date string comparison; `availableFrom` likewise;
 * - every field the score or a condition reads has doc values (the default for these types).
 *
 * `skillText` (multilingual text search) is not read by matching and is left to the index owner.
 */
export const MATCHING_MAPPING_PROPERTIES = {
  id: { type: 'keyword' },
  pes: { type: 'keyword' },
  version: { type: 'long' },
  ring: { type: 'byte' },
  country: { type: 'keyword' },
  region: { type: 'keyword' },
  nationalities: { type: 'keyword' },
  occupations: { type: 'keyword' },
  iscoGroups: { type: 'keyword' },
  skills: { type: 'keyword' },
  languages: {
    type: 'object',
    dynamic: false,
    properties: Object.fromEntries(
      [...LANGUAGE_CODES].sort().map((code) => [code, { type: 'byte' as const }]),
    ),
  },
  educationLevel: { type: 'byte' },
  diplomaRecognition: { type: 'keyword' },
  workExperienceYears: { type: 'double' },
  readinessDutch: { type: 'byte' },
  readinessCivic: { type: 'byte' },
  readinessSoftSkills: { type: 'byte' },
  technicalModules: { type: 'keyword' },
  consentMatching: { type: 'boolean' },
  temporaryProtectionUntil: { type: 'date', format: 'strict_date' },
  availableFrom: { type: 'date', format: 'strict_date' },
  noticePeriodWeeks: { type: 'short' },
  birthYear: { type: 'short' },
  updatedAt: { type: 'date' },
} as const;

/** The field of a language's CEFR ordinal, as the painless score and the mapping name it. */
export function languageField(code: string): string {
  return `languages.${code}`;
}
