import { describe, expect, it } from 'vitest';
import { demoCandidateDocuments, demoStartPlans } from '../../../scripts/data/demo-pool.js';
import { RINGS } from '../../../shared/domain/geography.js';
import { addDays } from '../../../shared/rules/dates.js';
import { defaultReferenceData } from '../../../shared/rules/reference-data.js';
import { type CandidateCondition, satisfies } from '../../../shared/search/candidate-condition.js';
import { splitDisjoint } from '../../../shared/search/condition-split.js';
import { factoredUnion } from '../../../shared/search/condition-union.js';
import { builtInTaxonomy } from '../../../shared/taxonomy/built-in-taxonomy.js';

/**
 * The two rewrites the start windows go through before OpenSearch sees them: the factored union
 * selects exactly who the plain union selects, and the split parts are disjoint and together
 * select exactly who the whole selects. Checked on the "can start by" conditions of demo
 * vacancies, per occupation, against demo candidates.
 */

const TODAY = '2026-03-01';
const taxonomy = builtInTaxonomy();
const docs = demoCandidateDocuments({ seed: 11, count: 1200, taxonomy }).map((doc, i) =>
  i % 4 === 0 ? { ...doc, noticePeriodWeeks: i % 11 } : doc,
);
const byOccupation = demoStartPlans({
  seed: 8,
  count: 300,
  taxonomy,
  reference: defaultReferenceData,
  today: TODAY,
});
const crowded = [...byOccupation].filter(([, plans]) => plans.length >= 3).slice(0, 6);

const leaves = (c: CandidateCondition): number => {
  switch (c.kind) {
    case 'and':
      return c.all.reduce((n, x) => n + leaves(x), 0);
    case 'or':
    case 'atLeast':
      return c.any.reduce((n, x) => n + leaves(x), 0);
    case 'not':
      return leaves(c.condition);
    default:
      return 1;
  }
};

describe.each(crowded.map(([isco, plans]) => [isco, plans.length, plans] as const))(
  'occupation %s (%i vacancies)',
  (_isco, _count, plans) => {
    const cases = RINGS.flatMap((ring) =>
      [91, 365].map((days) => {
        const members = plans.map((plan) => plan.canStartBy(ring, addDays(TODAY, days)));
        return { ring, days, members };
      }),
    );

    it.each(cases)(
      'ring $ring, $days days: the factored union selects the same candidates',
      ({ members }) => {
        const factored = factoredUnion(members);
        for (const doc of docs) {
          const expected = members.some((m) => satisfies(doc, m));
          expect(satisfies(doc, factored), doc.id).toBe(expected);
        }
        expect(leaves(factored)).toBeLessThanOrEqual(members.reduce((n, m) => n + leaves(m), 0));
      },
    );

    it.each(cases)('ring $ring, $days days: split parts are disjoint and cover the whole', ({ members }) => {
      const whole = factoredUnion(members);
      // A small budget forces several splits.
      const budget = Math.max(8, Math.floor(leaves(whole) / 4));
      const parts = splitDisjoint(whole, (part) => leaves(part) <= budget);
      if (leaves(whole) > budget) expect(parts.length).toBeGreaterThan(1);
      for (const doc of docs) {
        const inParts = parts.filter((part) => satisfies(doc, part)).length;
        expect(inParts, doc.id).toBe(satisfies(doc, whole) ? 1 : 0);
      }
    });
  },
);

it('has crowded occupations to check', () => {
  expect(crowded.length).toBeGreaterThanOrEqual(3);
});

it('splits on the most repeated leaf and folds it away', () => {
  const a: CandidateCondition = { kind: 'anyOf', field: 'skills', values: ['a'] };
  const b: CandidateCondition = { kind: 'anyOf', field: 'skills', values: ['b'] };
  const c: CandidateCondition = { kind: 'anyOf', field: 'skills', values: ['c'] };
  const whole: CandidateCondition = {
    kind: 'or',
    any: [
      { kind: 'and', all: [a, b] },
      { kind: 'and', all: [a, c] },
      { kind: 'not', condition: a },
    ],
  };
  expect(splitDisjoint(whole, (part) => leaves(part) <= 3)).toEqual([
    { kind: 'and', all: [a, { kind: 'or', any: [b, c] }] },
    { kind: 'not', condition: a },
  ]);
});
