import { describe, expect, it } from 'vitest';
import { syntheticCandidates, syntheticVacancyProfiles } from '../../../scripts/data/synthetic-pool.js';
import type { QueryClause } from '../../../shared/adapters/opensearch/condition-to-query.js';
import {
  boundRestriction,
  MAX_RESTRICTION_LEAVES,
  overlapRestriction,
} from '../../../shared/adapters/opensearch/match-rounds.js';
import {
  type CandidateOverlap,
  DEFAULT_MATCH_WEIGHTS,
  overlapOf,
} from '../../../shared/matching/score-model.js';
import { coveredBy, minimalOverlaps, upperBoundLevels } from '../../../shared/matching/upper-bound-levels.js';
import type { CandidateDocument } from '../../../shared/search/candidate-document.js';
import { matchProfile, bricklayerProfile as profile } from './fixtures.js';

/**
 * Evaluates the few query shapes the restriction uses (term, terms, bool filter/should with
 * minimum_should_match, match_none) against a document, the way OpenSearch matches keywords.
 */
function matches(query: QueryClause, doc: CandidateDocument): boolean {
  const values = (field: string) => (doc as unknown as Record<string, readonly string[]>)[field] ?? [];
  if ('match_none' in query) return false;
  if ('term' in query) {
    const [[field, value]] = Object.entries(query.term as Record<string, string>) as [[string, string]];
    return values(field).includes(value);
  }
  if ('terms' in query) {
    const [[field, list]] = Object.entries(query.terms as Record<string, string[]>) as [[string, string[]]];
    return list.some((v) => values(field).includes(v));
  }
  const bool = (
    query as { bool: { filter?: QueryClause[]; should?: QueryClause[]; minimum_should_match?: number } }
  ).bool;
  const filterOk = (bool.filter ?? []).every((q) => matches(q, doc));
  const should = bool.should ?? [];
  const hits = should.filter((q) => matches(q, doc)).length;
  return filterOk && hits >= (bool.minimum_should_match ?? (should.length > 0 ? 1 : 0));
}

describe('the bound restriction as a query', () => {
  const overlap = (r: number, o: number, d: number): CandidateOverlap => ({
    requiredMatched: r,
    optionalMatched: o,
    sharedIscoDigits: d,
  });

  it('writes each minimal overlap as at-least clauses and an ISCO prefix of d or more digits', () => {
    expect(overlapRestriction(profile, [overlap(2, 0, 4), overlap(1, 1, 2)])).toEqual({
      query: {
        bool: {
          should: [
            {
              bool: {
                filter: [
                  {
                    bool: {
                      should: [{ term: { skills: 'bricklaying' } }, { term: { skills: 'masonry' } }],
                      minimum_should_match: 2,
                    },
                  },
                  { terms: { iscoGroups: ['7112'] } },
                ],
              },
            },
            {
              bool: {
                filter: [
                  { terms: { skills: ['bricklaying', 'masonry'] } },
                  { terms: { skills: ['tiling'] } },
                  { terms: { iscoGroups: ['71', '711', '7112'] } },
                ],
              },
            },
          ],
          minimum_should_match: 1,
        },
      },
      leaves: 6,
    });
  });

  it('restricts nothing for the empty overlap, and everything when no overlap is enough', () => {
    expect(overlapRestriction(profile, [overlap(0, 0, 0)]).query).toBeUndefined();
    expect(overlapRestriction(profile, []).query).toEqual({ match_none: {} });
    expect(overlapRestriction(profile, [overlap(0, 0, 3)]).query).toEqual({
      terms: { iscoGroups: ['711', '7112'] },
    });
  });

  it('selects exactly the candidates whose overlap reaches the threshold', () => {
    const pool = syntheticCandidates({ seed: 17, count: 1500 });
    let kept = 0;
    let dropped = 0;
    let wrong = 0;
    for (const vacancy of syntheticVacancyProfiles({ seed: 19, count: 10 })) {
      for (const threshold of upperBoundLevels(vacancy, DEFAULT_MATCH_WEIGHTS).slice(0, 12)) {
        const minimal = minimalOverlaps(vacancy, DEFAULT_MATCH_WEIGHTS, threshold);
        const query = boundRestriction(vacancy, DEFAULT_MATCH_WEIGHTS, threshold);
        for (const doc of pool) {
          const expected = coveredBy(overlapOf(vacancy, doc), minimal);
          if ((query === undefined || matches(query, doc)) !== expected) wrong++;
          if (expected) kept++;
          else dropped++;
        }
      }
    }
    expect(wrong).toBe(0);
    expect(kept).toBeGreaterThan(1000);
    expect(dropped).toBeGreaterThan(1000);
  });

  it('falls back to a coarser filter that keeps a superset when a vacancy has very many skills', () => {
    const many = matchProfile({
      requiredSkills: Array.from({ length: 50 }, (_, i) => `r${String(i).padStart(2, '0')}`),
      optionalSkills: Array.from({ length: 50 }, (_, i) => `o${String(i).padStart(2, '0')}`),
      occupation: '7112',
    });
    const levels = upperBoundLevels(many, DEFAULT_MATCH_WEIGHTS);
    const threshold = levels[Math.floor(levels.length / 3)] as number;
    const exact = overlapRestriction(many, minimalOverlaps(many, DEFAULT_MATCH_WEIGHTS, threshold));
    expect(exact.leaves).toBeGreaterThan(MAX_RESTRICTION_LEAVES);
    const query = boundRestriction(many, DEFAULT_MATCH_WEIGHTS, threshold);
    const coarse = overlapRestriction(
      many,
      minimalOverlaps(many, DEFAULT_MATCH_WEIGHTS, threshold, 'skills-and-occupation'),
    );
    expect(coarse.leaves).toBeLessThanOrEqual(MAX_RESTRICTION_LEAVES);
    expect(query).toEqual(coarse.query);
  });
});
