import { describe, expect, it } from 'vitest';
import {
  seededRandom,
  syntheticCandidates,
  syntheticVacancyProfiles,
} from '../../../scripts/data/synthetic-pool.js';
import { CandidateColumns } from '../../../shared/adapters/embedded-search/candidate-columns.js';
import { conditionToQuery } from '../../../shared/adapters/opensearch/condition-to-query.js';
import { compileCondition } from '../../../shared/matching/compile-condition.js';
import {
  DEFAULT_MATCH_WEIGHTS,
  matchScore,
  overlapOf,
  rankingScore,
  scoreUpperBound,
  UPPER_BOUND_SLACK,
} from '../../../shared/matching/score-model.js';
import { TopK } from '../../../shared/matching/top-k.js';
import {
  and,
  anyOf,
  type CandidateCondition,
  not,
  or,
  satisfies,
} from '../../../shared/search/candidate-condition.js';
import type { CandidateDocument } from '../../../shared/search/candidate-document.js';

// Some documents without a birth year, so missing numbers are exercised.
const pool = syntheticCandidates({ seed: 3, count: 1500 }).map((doc, i) =>
  i % 5 === 0 ? { ...doc, birthYear: undefined } : doc,
);

function randomCondition(random: () => number, depth: number): CandidateCondition {
  const r = random();
  if (depth > 0 && r < 0.15)
    return and(randomCondition(random, depth - 1), randomCondition(random, depth - 1));
  if (depth > 0 && r < 0.3) return or(randomCondition(random, depth - 1), randomCondition(random, depth - 1));
  if (depth > 0 && r < 0.4) return not(randomCondition(random, depth - 1));
  if (r < 0.45) return { kind: random() < 0.5 ? 'always' : 'never' };
  if (r < 0.6)
    return anyOf(
      'country',
      ['MA', 'NG', 'BE', 'UA'].filter(() => random() < 0.5),
    );
  if (r < 0.7)
    return anyOf(
      'skills',
      ['welding', 'nursing', 'teamwork'].filter(() => random() < 0.5),
    );
  if (r < 0.8)
    return {
      kind: 'range',
      field: 'workExperienceYears',
      gte: random() * 10,
      lte: random() < 0.5 ? 12 : undefined,
    };
  if (r < 0.83) return { kind: 'range', field: 'birthYear', lte: 1990 };
  if (r < 0.85) return { kind: 'range', field: random() < 0.5 ? 'birthYear' : 'ring' };
  if (r < 0.92) return { kind: 'dateOnOrAfter', field: 'temporaryProtectionUntil', date: '2026-03-04' };
  return { kind: 'flag', field: 'consentMatching', value: random() < 0.5 };
}

describe('compiled conditions', () => {
  const random = seededRandom(5);
  const conditions = Array.from({ length: 80 }, () => randomCondition(random, 3));
  it('accept exactly the documents satisfies accepts', () => {
    for (const condition of conditions) {
      const test = compileCondition(condition);
      const disagreeing = pool.filter((doc) => test(doc) !== satisfies(doc, condition)).map((doc) => doc.id);
      expect(disagreeing, JSON.stringify(condition)).toEqual([]);
    }
  });
});

describe('column-compiled conditions of the embedded engine', () => {
  const random = seededRandom(6);
  const conditions = Array.from({ length: 80 }, () => randomCondition(random, 3));
  const columns = new CandidateColumns((slot) => pool[slot] as CandidateDocument);
  pool.forEach((doc, slot) => {
    columns.set(slot, doc);
  });
  it('accept exactly the documents satisfies accepts', () => {
    for (const condition of conditions) {
      const test = columns.compile(condition);
      const disagreeing = pool
        .filter((doc, slot) => test(slot) !== satisfies(doc, condition))
        .map((doc) => doc.id);
      expect(disagreeing, JSON.stringify(condition)).toEqual([]);
    }
  });
});

describe('columns on a reused slot', () => {
  it('forget the values of the candidate that held the slot before', () => {
    const [first, second] = pool.filter((d) => d.ring === 4 && d.temporaryProtectionUntil === undefined);
    if (!first || !second) throw new Error('expected two ring-4 candidates');
    const columns = new CandidateColumns(() => second);
    const before = {
      ...first,
      nationalities: ['MA'],
      occupations: ['7112'],
      temporaryProtectionUntil: '2027-03-04',
    };
    columns.set(0, before);
    const after = {
      ...second,
      nationalities: ['TN'],
      occupations: ['2221'],
      temporaryProtectionUntil: undefined,
    };
    columns.set(0, after);
    const holds = (condition: CandidateCondition) => columns.compile(condition)(0);
    expect(holds(anyOf('nationalities', ['MA']))).toBe(false);
    expect(holds(anyOf('nationalities', ['TN']))).toBe(true);
    expect(holds(anyOf('occupations', ['7112']))).toBe(false);
    expect(holds({ kind: 'dateOnOrAfter', field: 'temporaryProtectionUntil', date: '2026-01-01' })).toBe(
      false,
    );
  });
});

describe('condition translation to query DSL', () => {
  it.each([
    [{ kind: 'always' }, { match_all: {} }],
    [{ kind: 'never' }, { match_none: {} }],
    [anyOf('country', []), { match_none: {} }],
    [or(), { match_none: {} }],
    [and(), { match_all: {} }],
    [{ kind: 'range', field: 'birthYear' }, { exists: { field: 'birthYear' } }],
    [{ kind: 'range', field: 'educationLevel', gte: 4 }, { range: { educationLevel: { gte: 4 } } }],
    [
      { kind: 'dateOnOrAfter', field: 'temporaryProtectionUntil', date: '2027-03-04' },
      { range: { temporaryProtectionUntil: { gte: '2027-03-04' } } },
    ],
    [not(anyOf('country', ['NG'])), { bool: { must_not: [{ terms: { country: ['NG'] } }] } }],
    [
      or(anyOf('pes', ['VDAB']), { kind: 'flag', field: 'consentMatching', value: true }),
      {
        bool: {
          should: [{ terms: { pes: ['VDAB'] } }, { term: { consentMatching: true } }],
          minimum_should_match: 1,
        },
      },
    ],
  ] as [CandidateCondition, unknown][])('%j → %j', (condition, query) => {
    expect(conditionToQuery(condition)).toEqual(query);
  });
});

describe('score upper bound', () => {
  it('is never below the score of any candidate', () => {
    for (const profile of syntheticVacancyProfiles({ seed: 8, count: 15 })) {
      const below = pool.filter((doc) => {
        const bound = scoreUpperBound(profile, DEFAULT_MATCH_WEIGHTS, overlapOf(profile, doc));
        return (
          rankingScore(bound + UPPER_BOUND_SLACK) <
          rankingScore(matchScore(profile, doc, DEFAULT_MATCH_WEIGHTS))
        );
      });
      expect(below.map((doc) => doc.id)).toEqual([]);
    }
  });
});

describe('top k', () => {
  it('keeps the k best by score descending then id ascending, whatever the arrival order', () => {
    const random = seededRandom(1);
    const items = Array.from({ length: 500 }, (_, i) => ({
      id: `id-${i}`,
      score: Math.floor(random() * 20) / 20,
    }));
    const expected = [...items]
      .sort((a, b) => b.score - a.score || (a.id < b.id ? -1 : 1))
      .slice(0, 25)
      .map((x) => x.id);
    const top = new TopK<{ id: string; score: number }>(25);
    for (const item of items) top.push(item);
    expect(top.sorted().map((x) => x.id)).toEqual(expected);
    expect(top.threshold).toBe(items.find((x) => x.id === expected[24])?.score);
  });
});
