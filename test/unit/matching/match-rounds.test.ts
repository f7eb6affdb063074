import { describe, expect, it } from 'vitest';
import {
  FIRST_ROUND_SPAN,
  firstRoundLevel,
  levelWithin,
} from '../../../shared/adapters/opensearch/match-rounds.js';

/** Which bound level a ranking round reaches (shared/adapters/opensearch/match-rounds.ts). */
describe('ranking round levels', () => {
  const levels = [1, 0.97, 0.93, 0.88, 0.8, 0.62, 0.4, 0.1];

  it('reaches the lowest level within a span of the highest, never past the last', () => {
    expect(levelWithin(levels, 0.05)).toBe(1);
    expect(levelWithin(levels, 0.1)).toBe(2);
    expect(levelWithin(levels, 0.2)).toBe(4);
    expect(levelWithin(levels, 0.4)).toBe(5);
    expect(levelWithin(levels, 10)).toBe(levels.length - 1);
    expect(levelWithin(levels, 0)).toBe(0);
    expect(levelWithin([], 0.5)).toBe(0);
  });

  it('starts the first round within FIRST_ROUND_SPAN', () => {
    expect(firstRoundLevel(levels)).toBe(levelWithin(levels, FIRST_ROUND_SPAN));
  });
});
