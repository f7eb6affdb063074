import { expect } from 'vitest';
import type { RankResult } from '../../shared/matching/match-engine.js';

/**
 * The same ranking from both engines: the same ids with the same scores in the same order (and,
 * when asked, the same breakdowns), the same total and the same exclusion counts.
 */
export function expectSameRanking(
  actual: RankResult,
  expected: RankResult,
  options: { breakdowns?: boolean } = {},
): void {
  expect(actual.hits.map((h) => [h.id, h.score])).toEqual(expected.hits.map((h) => [h.id, h.score]));
  if (options.breakdowns)
    expect(actual.hits.map((h) => h.breakdown)).toEqual(expected.hits.map((h) => h.breakdown));
  expect(actual.total).toBe(expected.total);
  expect(actual.exclusions).toEqual(expected.exclusions);
}
