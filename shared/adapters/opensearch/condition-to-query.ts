import type { CandidateCondition } from '../../search/candidate-condition.js';
import { languageField } from './opensearch-mapping-requirements.js';

/** A clause of the OpenSearch query DSL, as JSON. */
export type QueryClause = Record<string, unknown>;

export const MATCH_ALL: QueryClause = { match_all: {} };
export const MATCH_NONE: QueryClause = { match_none: {} };

/**
 * Translates a candidate condition into a filter clause that selects exactly the documents
 * `satisfies` accepts. The leaves agree on missing fields: a document without the field fails
 * `anyOf`, `range`, `dateOnOrAfter` and `flag`, in the evaluator (no value, no match) as in
 * OpenSearch (no term, no match), so `not` (bool.must_not) accepts it in both.
 *
 * The empty cases are spelled out because OpenSearch would read them otherwise: a bool query
 * with no clauses matches everything, so an empty `or` (false in the evaluator) becomes
 * match_none; an empty `anyOf` too; a range with neither bound becomes `exists`
 * (the evaluator accepts any value present). A language level of 0 or less is everyone (not
 * speaking a language is level 0); `atLeast` is a bool `should` with `minimum_should_match`.
 */
export function conditionToQuery(condition: CandidateCondition): QueryClause {
  switch (condition.kind) {
    case 'always':
      return MATCH_ALL;
    case 'never':
      return MATCH_NONE;
    case 'anyOf':
      return condition.values.length === 0
        ? MATCH_NONE
        : { terms: { [condition.field]: [...condition.values] } };
    case 'range': {
      const { field, gte, lte } = condition;
      if (gte === undefined && lte === undefined) return { exists: { field } };
      return { range: { [field]: { ...(gte !== undefined && { gte }), ...(lte !== undefined && { lte }) } } };
    }
    case 'dateOnOrAfter':
      return { range: { [condition.field]: { gte: condition.date } } };
    case 'flag':
      return { term: { [condition.field]: condition.value } };
    case 'languageAtLeast':
      return condition.level <= 0
        ? MATCH_ALL
        : { range: { [languageField(condition.language)]: { gte: condition.level } } };
    case 'atLeast':
      if (condition.min <= 0) return MATCH_ALL;
      if (condition.min > condition.any.length) return MATCH_NONE;
      return { bool: { should: condition.any.map(conditionToQuery), minimum_should_match: condition.min } };
    case 'and':
      return condition.all.length === 0
        ? MATCH_ALL
        : { bool: { filter: condition.all.map(conditionToQuery) } };
    case 'or':
      return condition.any.length === 0
        ? MATCH_NONE
        : { bool: { should: condition.any.map(conditionToQuery), minimum_should_match: 1 } };
    case 'not':
      return { bool: { must_not: [conditionToQuery(condition.condition)] } };
  }
}
