import { describe, expect, it } from 'vitest';
import {
  coversGap,
  type GapItem,
  groupSpec,
  minMatchedFor,
  qualifies,
} from '../../../shared/insight/qualification.js';
import { candidateDoc } from '../matching/fixtures.js';

describe('minMatchedFor: the fewest skills whose share reaches minScore', () => {
  it.each([
    [0, 0.5, 0],
    [4, 0, 0],
    [4, 0.25, 1],
    [4, 0.5, 2],
    [4, 0.51, 3],
    [4, 1, 4],
    [3, 0.5, 2],
    [3, 1 / 3, 1],
    // ceil(0.7 × 10) would be 8: 0.7 × 10 is 7.000000000000001 in binary.
    [10, 0.7, 7],
    [10, 0.3, 3],
  ])('%i skills at %d → %i', (count, minScore, expected) => {
    expect(minMatchedFor(count, minScore)).toBe(expected);
  });

  it.each([-0.1, 1.5, Number.NaN])('refuses minScore %d', (minScore) => {
    expect(() => minMatchedFor(4, minScore)).toThrow(RangeError);
  });
});

const PROFILES: Record<string, string[]> = {
  '7112': ['bricklaying', 'site-setting-out', 'technical-drawing-reading', 'vca-basic-safety'],
  '7115': ['carpentry', 'joinery'],
};
const profileOf = (isco: string) => PROFILES[isco] ?? [];

describe('groupSpec', () => {
  it('splits the group into units needing the occupation only and profiled units', () => {
    const spec = groupSpec({ group: '711', units: ['7115', '7112', '7111'], profileOf, minScore: 0.5 });
    expect(spec).toEqual({
      group: '711',
      anyOccupation: ['7111'],
      profiled: [
        {
          isco: '7112',
          skills: ['bricklaying', 'site-setting-out', 'technical-drawing-reading', 'vca-basic-safety'],
          minMatched: 2,
        },
        { isco: '7115', skills: ['carpentry', 'joinery'], minMatched: 1 },
      ],
      gaps: [],
    });
  });

  it('needs the occupation alone at minScore 0', () => {
    const spec = groupSpec({ group: '7112', units: ['7112'], profileOf, minScore: 0 });
    expect(spec.anyOccupation).toEqual(['7112']);
    expect(spec.profiled).toEqual([]);
  });
});

describe('qualifies', () => {
  const spec = groupSpec({ group: '71', units: ['7111', '7112', '7115'], profileOf, minScore: 0.5 });
  it.each([
    ['occupation without a profile', { occupations: ['7111'] }, true],
    [
      'half the essential skills',
      { occupations: ['7112'], skills: ['bricklaying', 'vca-basic-safety'] },
      true,
    ],
    ['a quarter of them', { occupations: ['7112'], skills: ['bricklaying'] }, false],
    [
      'the skills but another group',
      { occupations: ['7411'], skills: ['bricklaying', 'vca-basic-safety'] },
      false,
    ],
    [
      'skills of one unit, occupation of another',
      { occupations: ['7115'], skills: ['bricklaying', 'vca-basic-safety'] },
      false,
    ],
    ['a second occupation that qualifies', { occupations: ['7112', '7115'], skills: ['joinery'] }, true],
    ['no consent', { occupations: ['7111'], consentMatching: false }, false],
  ] as const)('%s → %s', (_, overrides, expected) => {
    expect(qualifies(candidateDoc(overrides), spec)).toBe(expected);
  });
});

describe('coversGap', () => {
  const module: GapItem = {
    key: 'module:Masonry techniques',
    kind: 'technical-module',
    label: 'Masonry techniques',
    skills: ['bricklaying', 'plastering'],
    module: 'Masonry techniques',
  };
  const skill: GapItem = { key: 'skill:joinery', kind: 'skill', label: 'joinery', skills: ['joinery'] };
  it.each([
    ['every skill of the module', module, { skills: ['bricklaying', 'plastering'] }, true],
    ['some skills of the module', module, { skills: ['bricklaying'] }, false],
    ['the module taken', module, { technicalModules: ['Masonry techniques'] }, true],
    ['the skill', skill, { skills: ['joinery'] }, true],
    ['neither', skill, { technicalModules: ['Masonry techniques'] }, false],
  ] as const)('%s → %s', (_, gap, overrides, expected) => {
    expect(coversGap(candidateDoc(overrides), gap)).toBe(expected);
  });
});
