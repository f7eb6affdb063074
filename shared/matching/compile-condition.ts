import type { CandidateCondition } from '../search/candidate-condition.js';
import type { CandidateDocument } from '../search/candidate-document.js';

export type CandidatePredicate = (doc: CandidateDocument) => boolean;

/**
 * Compiles a condition into a predicate with exactly the semantics of `satisfies`
 * (shared/search/candidate-condition.ts), for engines that test one condition on thousands of
 * documents: the value sets of `anyOf` are built once instead of once per document. The unit
 * tests check it against `satisfies` on random conditions.
 */
export function compileCondition(condition: CandidateCondition): CandidatePredicate {
  switch (condition.kind) {
    case 'always':
      return () => true;
    case 'never':
      return () => false;
    case 'anyOf': {
      const wanted = new Set(condition.values);
      const field = condition.field;
      return (doc) => {
        const value = doc[field];
        if (typeof value === 'string') return wanted.has(value);
        for (const v of value) if (wanted.has(v)) return true;
        return false;
      };
    }
    case 'range': {
      const { field, gte, lte } = condition;
      return (doc) => {
        const value = doc[field];
        return (
          value !== undefined && (gte === undefined || value >= gte) && (lte === undefined || value <= lte)
        );
      };
    }
    case 'dateOnOrAfter': {
      const { field, date } = condition;
      return (doc) => {
        const value = doc[field];
        return value !== undefined && value >= date;
      };
    }
    case 'flag': {
      const { field, value } = condition;
      return (doc) => doc[field] === value;
    }
    case 'languageAtLeast': {
      const { language, level } = condition;
      return (doc) => (doc.languages[language] ?? 0) >= level;
    }
    case 'atLeast': {
      const any = condition.any.map(compileCondition);
      const min = condition.min;
      return (doc) => {
        let held = 0;
        for (const p of any) if (p(doc) && ++held >= min) return true;
        return held >= min;
      };
    }
    case 'and': {
      const all = condition.all.map(compileCondition);
      return (doc) => all.every((p) => p(doc));
    }
    case 'or': {
      const any = condition.any.map(compileCondition);
      return (doc) => any.some((p) => p(doc));
    }
    case 'not': {
      const inner = compileCondition(condition.condition);
      return (doc) => !inner(doc);
    }
  }
}
