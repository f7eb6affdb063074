import {
  and,
  anyOf,
  type CandidateCondition,
  type KeywordField,
  type NumericField,
  not,
  or,
} from '../../shared/search/candidate-condition.js';

/**
 * Random candidate conditions of every kind (shared/search/candidate-condition.ts), nested, over
 * values the synthetic pool holds and some it does not: the translation to a query must select
 * exactly what the evaluator accepts (test/opensearch/matching-parity.test.ts).
 */

const KEYWORDS: Record<KeywordField, readonly string[]> = {
  country: ['BE', 'MA', 'NG', 'UA', 'NL', 'XX'],
  nationalities: ['BE', 'MA', 'FR', 'UA'],
  occupations: ['7112', '2221', '5321'],
  iscoGroups: ['7', '22', '711', '5321'],
  skills: ['welding', 'nursing', 'teamwork', 'no-such-skill'],
  pes: ['VDAB', 'ANAPEC', 'IOM-MATCH'],
  diplomaRecognition: ['refused', 'pending', 'not-needed'],
  technicalModules: ['VCA basic safety', 'Forklift certificate', 'no-such-module'],
};
const NUMERIC: Record<NumericField, [number, number]> = {
  ring: [1, 4],
  educationLevel: [2, 7],
  workExperienceYears: [0, 25],
  readinessDutch: [0, 4],
  readinessCivic: [0, 2],
  readinessSoftSkills: [0, 2],
  birthYear: [1965, 2006],
  noticePeriodWeeks: [0, 13],
};

/** `count` conditions up to `depth` levels deep, drawn from `random`. */
export function randomConditions(random: () => number, count: number, depth: number): CandidateCondition[] {
  const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)] as T;

  function randomCondition(depth: number): CandidateCondition {
    const kind = pick(
      depth > 0
        ? ['anyOf', 'range', 'date', 'flag', 'language', 'and', 'or', 'atLeast', 'not', 'not', 'constant']
        : ['anyOf', 'range', 'date', 'flag', 'language'],
    );
    const children = () => Array.from({ length: Math.floor(random() * 3) }, () => randomCondition(depth - 1));
    switch (kind) {
      case 'anyOf': {
        const field = pick(Object.keys(KEYWORDS) as KeywordField[]);
        return anyOf(
          field,
          KEYWORDS[field].filter(() => random() < 0.5),
        );
      }
      case 'range': {
        const field = pick(Object.keys(NUMERIC) as NumericField[]);
        const [min, max] = NUMERIC[field];
        const bound = () =>
          random() < 0.3 ? undefined : min + (max - min) * random() * (random() < 0.5 ? 1 : 0.5);
        return { kind: 'range', field, gte: bound(), lte: bound() };
      }
      case 'date':
        return random() < 0.5
          ? {
              kind: 'dateOnOrAfter',
              field: 'temporaryProtectionUntil',
              date: pick(['2025-03-04', '2026-03-05', '2027-03-04']),
            }
          : {
              kind: 'dateOnOrAfter',
              field: 'availableFrom',
              date: pick(['2026-01-01', '2026-06-15', '2026-12-01']),
            };
      case 'language':
        return {
          kind: 'languageAtLeast',
          language: pick(['nl', 'en', 'fr']),
          level: Math.floor(random() * 7),
        };
      case 'atLeast': {
        const any = children();
        return { kind: 'atLeast', min: Math.floor(random() * (any.length + 2)), any };
      }
      case 'flag':
        return { kind: 'flag', field: 'consentMatching', value: random() < 0.5 };
      case 'and':
        return and(...children());
      case 'or':
        return or(...children());
      case 'not':
        return not(randomCondition(depth - 1));
      default:
        return { kind: random() < 0.5 ? 'always' : 'never' };
    }
  }

  return Array.from({ length: count }, () => randomCondition(depth));
}
