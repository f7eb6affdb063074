import { describe, expect, it } from 'vitest';
import { countQuery, eligibleBucketKey } from '../../../shared/adapters/opensearch/match-count-query.js';
import { FIRST_ROUND_SPAN, firstRoundLevel } from '../../../shared/adapters/opensearch/match-rounds.js';
import {
  overlapScoringClauses,
  SCORED_SOURCE_FIELDS,
  scoreQuery,
} from '../../../shared/adapters/opensearch/match-score-query.js';
import { overlapCode, painlessScoreParams } from '../../../shared/adapters/opensearch/painless-score.js';
import { DEFAULT_MATCH_WEIGHTS } from '../../../shared/matching/score-model.js';
import { always, anyOf, not } from '../../../shared/search/candidate-condition.js';
import { matchProfile, bricklayerProfile as profile } from './fixtures.js';

// The bound restriction's clauses: bound-restriction.test.ts.

const request = {
  profile,
  weights: DEFAULT_MATCH_WEIGHTS,
  ring: { ring: 1 as const },
  conditions: [],
  topK: 20,
};

const coverage = {
  bool: {
    should: [{ term: { iscoGroups: '7' } }, { terms: { skills: ['bricklaying', 'masonry'] } }],
    minimum_should_match: 1,
  },
};

function scoreFilters(body: Record<string, unknown>): unknown[] {
  const query = body.query as { script_score: { query: { bool: { filter: unknown[] } } } };
  return query.script_score.query.bool.filter;
}

describe('OpenSearch match queries', () => {
  it('counts the ring pool exactly, without hits, when no rule can exclude anyone', () => {
    const body = countQuery(request);
    expect(body).toEqual({
      size: 0,
      track_total_hits: true,
      query: { bool: { filter: [{ term: { ring: 1 } }, coverage] } },
    });
  });

  it('restricts ring 4 to the agreement countries and an employment service to its own candidates', () => {
    const body = scoreQuery({
      ...request,
      ring: { ring: 4, countries: ['MA', 'TN'] },
      pes: 'ANAPEC',
      topK: 5,
    });
    expect(scoreFilters(body)).toContainEqual({ terms: { country: ['MA', 'TN'] } });
    expect(scoreFilters(body)).toContainEqual({ term: { pes: 'ANAPEC' } });
    const none = countQuery({ ...request, ring: { ring: 4, countries: [] } });
    expect((none.query as { bool: { filter: unknown[] } }).bool.filter).toContainEqual({ match_none: {} });
  });

  it("counts each rule's exclusions over the pool; `always` excludes nobody, `not(X)` excludes X", () => {
    const body = countQuery({
      ...request,
      ring: { ring: 2 },
      conditions: [
        { ruleId: 'CONSENT', condition: { kind: 'flag', field: 'consentMatching', value: true } },
        { ruleId: 'WHO-01', condition: not(anyOf('country', ['NG'])) },
        { ruleId: 'CM-01', condition: always },
      ],
    });
    expect(body).toMatchObject({ size: 0, track_total_hits: false });
    expect(body).not.toHaveProperty('post_filter');
    expect(body.aggs).toEqual({
      exclusions: {
        filters: {
          filters: {
            CONSENT: { bool: { must_not: [{ term: { consentMatching: true } }] } },
            'WHO-01': { terms: { country: ['NG'] } },
          },
          // Excluded by no rule: the eligible total.
          other_bucket_key: '_eligible',
        },
      },
    });
    expect(eligibleBucketKey(['CONSENT', '_eligible'])).toBe('__eligible');
  });

  it('scores the eligible candidates with painless, sorted by score then id, only the fields the breakdown reads', () => {
    const restriction = { terms: { skills: ['bricklaying'] } };
    const body = scoreQuery(
      {
        ...request,
        conditions: [
          { ruleId: 'CONSENT', condition: { kind: 'flag', field: 'consentMatching', value: true } },
        ],
      },
      restriction,
    );
    expect(scoreFilters(body)).toEqual([
      { term: { ring: 1 } },
      coverage,
      { term: { consentMatching: true } },
      restriction,
    ]);
    expect(body).toMatchObject({
      size: 20,
      sort: [{ _score: { order: 'desc' } }, { id: { order: 'asc' } }],
      _source: [...SCORED_SOURCE_FIELDS],
    });
    expect(body).not.toHaveProperty('post_filter');
    expect(scoreFilters(scoreQuery(request))).toEqual([{ term: { ring: 1 } }, coverage]);
  });

  it('scores each candidate in the inner query with the code of its overlap', () => {
    const code = overlapCode(profile);
    expect(code).toEqual({ required: 10, optional: 5 });
    expect(overlapScoringClauses(profile)).toEqual([
      { constant_score: { filter: { term: { skills: 'bricklaying' } }, boost: 10 } },
      { constant_score: { filter: { term: { skills: 'masonry' } }, boost: 10 } },
      { constant_score: { filter: { term: { skills: 'tiling' } }, boost: 5 } },
      {
        dis_max: {
          queries: [
            { constant_score: { filter: { term: { iscoGroups: '7' } }, boost: 1 } },
            { constant_score: { filter: { term: { iscoGroups: '71' } }, boost: 2 } },
            { constant_score: { filter: { term: { iscoGroups: '711' } }, boost: 3 } },
            { constant_score: { filter: { term: { iscoGroups: '7112' } }, boost: 4 } },
          ],
        },
      },
    ]);
    // Every overlap has its own code, and it decodes back the way the script does.
    const codes = new Set<number>();
    for (let r = 0; r <= 2; r++)
      for (let o = 0; o <= 1; o++)
        for (let d = 0; d <= 4; d++) {
          const value = r * code.required + o * code.optional + d;
          codes.add(value);
          expect(Math.floor(value / code.required)).toBe(r);
          expect(Math.floor((value % code.required) / code.optional)).toBe(o);
          expect(value % code.optional).toBe(d);
        }
    expect(codes.size).toBe(3 * 2 * 5);
  });

  it(`starts the ranking rounds at the lowest level within ${FIRST_ROUND_SPAN} of the highest`, () => {
    expect(firstRoundLevel([1, 0.98, 0.96, 0.9, 0.5])).toBe(2);
    expect(firstRoundLevel([1, 0.9])).toBe(0);
    expect(firstRoundLevel([1])).toBe(0);
    expect(firstRoundLevel([1, 0.99, 0.97])).toBe(2);
  });

  it('refuses a vacancy whose code would not be an exact float32 integer', () => {
    const huge = matchProfile({
      requiredSkills: Array.from({ length: 2000 }, (_, i) => `r${i}`),
      optionalSkills: Array.from({ length: 2000 }, (_, i) => `o${i}`),
    });
    expect(() => overlapCode(huge)).toThrow(RangeError);
  });

  it('passes the profile and weights to painless in the order the model adds them', () => {
    expect(painlessScoreParams(profile, DEFAULT_MATCH_WEIGHTS)).toEqual({
      requiredCount: 2,
      optionalCount: 1,
      codeRequired: 10,
      codeOptional: 5,
      languageFields: ['languages.en', 'languages.nl'],
      languageLevels: [2, 3],
      minExperienceYears: 2,
      dutchTarget: 2,
      regulated: true,
      diplomaFit: {
        'not-needed': 1,
        'specific-equivalence': 1,
        'level-equivalence': 1,
        pending: 0.5,
        'not-started': 0.25,
        refused: 0,
      },
      weights: [0.4, 0.1, 0.15, 0.15, 0.1, 0.05, 0.05],
    });
  });
});
