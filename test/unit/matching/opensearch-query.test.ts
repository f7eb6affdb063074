import { describe, expect, it } from 'vitest';
import { rankQuery } from '../../../shared/matching/opensearch-match-engine.js';
import { painlessScoreParams } from '../../../shared/matching/painless-score.js';
import { DEFAULT_MATCH_WEIGHTS } from '../../../shared/matching/score-model.js';
import { anyOf, not } from '../../../shared/search/candidate-condition.js';
import { matchProfile } from './fixtures.js';

const profile = matchProfile({
  requiredSkills: ['bricklaying', 'masonry'],
  optionalSkills: ['tiling'],
  occupation: '7112',
  languages: [
    { language: 'en', level: 2 },
    { language: 'nl', level: 3 },
  ],
  minExperienceYears: 2,
  regulated: true,
});

function filtersOf(body: Record<string, unknown>): unknown[] {
  const query = body.query as { script_score: { query: { bool: { filter: unknown[] } } } };
  return query.script_score.query.bool.filter;
}

describe('OpenSearch rank query', () => {
  it('filters the ring pool, scores with the painless model, sorts by score then id, counts exactly', () => {
    const body = rankQuery({
      profile,
      weights: DEFAULT_MATCH_WEIGHTS,
      ring: { ring: 1 },
      conditions: [],
      topK: 20,
    });
    expect(filtersOf(body)).toEqual([
      { term: { ring: 1 } },
      {
        bool: {
          should: [{ term: { iscoGroups: '7' } }, { terms: { skills: ['bricklaying', 'masonry'] } }],
          minimum_should_match: 1,
        },
      },
    ]);
    expect(body).toMatchObject({
      size: 20,
      track_total_hits: true,
      sort: [{ _score: { order: 'desc' } }, { id: { order: 'asc' } }],
    });
    expect(body).not.toHaveProperty('post_filter');
    expect(body).not.toHaveProperty('aggs');
  });

  it('restricts ring 4 to the agreement countries and an employment service to its own candidates', () => {
    const body = rankQuery({
      profile,
      weights: DEFAULT_MATCH_WEIGHTS,
      ring: { ring: 4, countries: ['MA', 'TN'] },
      pes: 'ANAPEC',
      conditions: [],
      topK: 5,
    });
    expect(filtersOf(body)).toContainEqual({ terms: { country: ['MA', 'TN'] } });
    expect(filtersOf(body)).toContainEqual({ term: { pes: 'ANAPEC' } });
    const none = rankQuery({
      profile,
      weights: DEFAULT_MATCH_WEIGHTS,
      ring: { ring: 4, countries: [] },
      conditions: [],
      topK: 5,
    });
    expect(filtersOf(none)).toContainEqual({ match_none: {} });
  });

  it("applies the rules as a post filter and counts each rule's exclusions over the pool", () => {
    const body = rankQuery({
      profile,
      weights: DEFAULT_MATCH_WEIGHTS,
      ring: { ring: 2 },
      conditions: [
        { ruleId: 'CONSENT', condition: { kind: 'flag', field: 'consentMatching', value: true } },
        { ruleId: 'WHO-01', condition: not(anyOf('country', ['NG'])) },
      ],
      topK: 5,
    });
    expect(body.post_filter).toEqual({
      bool: {
        filter: [
          { term: { consentMatching: true } },
          { bool: { must_not: [{ terms: { country: ['NG'] } }] } },
        ],
      },
    });
    expect(body.aggs).toEqual({
      exclusions: {
        filters: {
          filters: {
            CONSENT: { bool: { must_not: [{ term: { consentMatching: true } }] } },
            'WHO-01': { bool: { must_not: [{ bool: { must_not: [{ terms: { country: ['NG'] } }] } }] } },
          },
        },
      },
    });
  });

  it('passes the profile and weights to painless in the order the model adds them', () => {
    expect(painlessScoreParams(profile, DEFAULT_MATCH_WEIGHTS)).toEqual({
      required: ['bricklaying', 'masonry'],
      optional: ['tiling'],
      isco: '7112',
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
