import type { CandidateDocument } from './candidate-document.js';

/**
 * A condition on a candidate document, as data. Rules express who may be matched to a vacancy
 * as conditions (e.g. WHO-01: "country not in the safeguard list"); each engine translates the
 * same condition (the embedded engine evaluates it, OpenSearch turns it into a bool query), so
 * hard filters are identical in both.
 */
export type KeywordField =
  | 'country'
  | 'nationalities'
  | 'occupations'
  | 'iscoGroups'
  | 'skills'
  | 'pes'
  | 'diplomaRecognition'
  | 'technicalModules';
export type NumericField =
  | 'ring'
  | 'educationLevel'
  | 'workExperienceYears'
  | 'readinessDutch'
  | 'readinessCivic'
  | 'readinessSoftSkills'
  | 'birthYear'
  | 'noticePeriodWeeks';
export type DateField = 'temporaryProtectionUntil' | 'availableFrom';

export type CandidateCondition =
  | { readonly kind: 'always' }
  | { readonly kind: 'never' }
  | { readonly kind: 'anyOf'; readonly field: KeywordField; readonly values: readonly string[] }
  | { readonly kind: 'range'; readonly field: NumericField; readonly gte?: number; readonly lte?: number }
  | { readonly kind: 'dateOnOrAfter'; readonly field: DateField; readonly date: string }
  | { readonly kind: 'flag'; readonly field: 'consentMatching'; readonly value: boolean }
  /** The candidate speaks the language at this CEFR ordinal or above (not speaking it is 0). */
  | { readonly kind: 'languageAtLeast'; readonly language: string; readonly level: number }
  /** At least `min` of the conditions hold (`or` is atLeast 1). */
  | { readonly kind: 'atLeast'; readonly min: number; readonly any: readonly CandidateCondition[] }
  | { readonly kind: 'and'; readonly all: readonly CandidateCondition[] }
  | { readonly kind: 'or'; readonly any: readonly CandidateCondition[] }
  | { readonly kind: 'not'; readonly condition: CandidateCondition };

export const always: CandidateCondition = { kind: 'always' };
export const and = (...all: CandidateCondition[]): CandidateCondition => ({ kind: 'and', all });
export const or = (...any: CandidateCondition[]): CandidateCondition => ({ kind: 'or', any });
export const not = (condition: CandidateCondition): CandidateCondition => ({ kind: 'not', condition });
export const anyOf = (field: KeywordField, values: readonly string[]): CandidateCondition => ({
  kind: 'anyOf',
  field,
  values,
});

function keywordValues(doc: CandidateDocument, field: KeywordField): readonly string[] {
  const value = doc[field];
  return typeof value === 'string' ? [value] : value;
}

/** Evaluates a condition on a document: the embedded engine's semantics, mirrored by OpenSearch. */
export function satisfies(doc: CandidateDocument, condition: CandidateCondition): boolean {
  switch (condition.kind) {
    case 'always':
      return true;
    case 'never':
      return false;
    case 'anyOf': {
      const wanted = new Set(condition.values);
      return keywordValues(doc, condition.field).some((v) => wanted.has(v));
    }
    case 'range': {
      const value = doc[condition.field];
      if (value === undefined) return false;
      return (
        (condition.gte === undefined || value >= condition.gte) &&
        (condition.lte === undefined || value <= condition.lte)
      );
    }
    case 'dateOnOrAfter': {
      const value = doc[condition.field];
      return value !== undefined && value >= condition.date;
    }
    case 'flag':
      return doc[condition.field] === condition.value;
    case 'languageAtLeast':
      return (doc.languages[condition.language] ?? 0) >= condition.level;
    case 'atLeast': {
      let held = 0;
      for (const c of condition.any) if (satisfies(doc, c)) held++;
      return held >= condition.min;
    }
    case 'and':
      return condition.all.every((c) => satisfies(doc, c));
    case 'or':
      return condition.any.some((c) => satisfies(doc, c));
    case 'not':
      return !satisfies(doc, condition.condition);
  }
}
