import { describe, expect, it } from 'vitest';
import {
  seededRandom,
  syntheticCandidates,
  syntheticVacancyProfiles,
} from '../../../scripts/data/synthetic-pool.js';
import {
  type CandidateOverlap,
  DEFAULT_MATCH_WEIGHTS,
  type MatchWeights,
  matchScore,
  overlapOf,
  rankingScore,
  type VacancyMatchProfile,
} from '../../../shared/matching/score-model.js';
import {
  coveredBy,
  minimalOverlaps,
  type OverlapPrecision,
  upperBoundLevel,
  upperBoundLevels,
} from '../../../shared/matching/upper-bound-levels.js';
import { matchProfile } from './fixtures.js';

const overlap = (r: number, o: number, d: number): CandidateOverlap => ({
  requiredMatched: r,
  optionalMatched: o,
  sharedIscoDigits: d,
});

/** Every overlap a candidate can have with the profile. */
function domain(profile: VacancyMatchProfile): CandidateOverlap[] {
  const all: CandidateOverlap[] = [];
  for (let r = 0; r <= profile.requiredSkills.length; r++)
    for (let o = 0; o <= profile.optionalSkills.length; o++)
      for (let d = 0; d <= profile.occupation.length; d++) all.push(overlap(r, o, d));
  return all;
}

const w = DEFAULT_MATCH_WEIGHTS;
// 2 required (0.2 each), 1 optional (0.1), ISCO 0.0375 per digit, 0.35 for the other factors.
const twoOneProfile = matchProfile({ requiredSkills: ['a', 'b'], optionalSkills: ['x'], occupation: '7112' });
const level = (profile: VacancyMatchProfile, r: number, o: number, d: number) =>
  upperBoundLevel(profile, w, overlap(r, o, d));

describe('upper-bound levels', () => {
  it('is the bound plus the slack as a float32: 1 for a full overlap, 0.35 for none', () => {
    expect(level(twoOneProfile, 2, 1, 4)).toBe(1);
    expect(level(twoOneProfile, 0, 0, 0)).toBe(Math.fround(0.35));
    expect(level(twoOneProfile, 1, 1, 2)).toBe(Math.fround(0.2 + 0.1 + 0.075 + 0.35));
  });

  it('lists the distinct levels, highest first, down to the empty overlap', () => {
    const levels = upperBoundLevels(twoOneProfile, w);
    expect(levels[0]).toBe(1);
    expect(levels.at(-1)).toBe(level(twoOneProfile, 0, 0, 0));
    expect(new Set(levels).size).toBe(levels.length);
    expect([...levels].sort((a, b) => b - a)).toEqual(levels);
    const all = new Set(domain(twoOneProfile).map((o) => upperBoundLevel(twoOneProfile, w, o)));
    expect(new Set(levels)).toEqual(all);
  });

  it('the top level needs the full overlap', () => {
    expect(minimalOverlaps(twoOneProfile, w, 1)).toEqual([overlap(2, 1, 4)]);
  });

  it('hand-computed: reaching 0.9 takes both required skills and all 4 digits, or the optional skill and 2 digits', () => {
    // (2,0,4) = 0.4 + 0 + 0.15 + 0.35 = 0.9; (2,1,2) = 0.4 + 0.1 + 0.075 + 0.35 = 0.925;
    // (2,1,1) = 0.8875 and (1,1,4) = 0.8 fall short.
    const threshold = level(twoOneProfile, 2, 0, 4);
    expect(minimalOverlaps(twoOneProfile, w, threshold)).toEqual([overlap(2, 0, 4), overlap(2, 1, 2)]);
  });

  it('hand-computed: one digit less than the top, 0.9625', () => {
    expect(minimalOverlaps(twoOneProfile, w, level(twoOneProfile, 2, 1, 3))).toEqual([overlap(2, 1, 3)]);
  });

  it('a threshold above every level keeps nothing; one at or below the lowest keeps everyone', () => {
    expect(minimalOverlaps(twoOneProfile, w, 1.5)).toEqual([]);
    expect(minimalOverlaps(twoOneProfile, w, Math.fround(1 + 1e-6))).toEqual([]);
    expect(minimalOverlaps(twoOneProfile, w, 0)).toEqual([overlap(0, 0, 0)]);
    expect(minimalOverlaps(twoOneProfile, w, Number.NEGATIVE_INFINITY)).toEqual([overlap(0, 0, 0)]);
    expect(minimalOverlaps(twoOneProfile, w, level(twoOneProfile, 0, 0, 0))).toEqual([overlap(0, 0, 0)]);
  });

  it('no required skills: coverage is 1 whatever r, so only o and d are constrained', () => {
    const profile = matchProfile({ requiredSkills: [], optionalSkills: ['x', 'y'], occupation: '7112' });
    // Levels 0.4 + 0.05·o + 0.0375·d + 0.35; reaching 0.85 takes o = 2, or o = 1 and d ≥ 2, or d ≥ 3.
    expect(minimalOverlaps(profile, w, level(profile, 0, 2, 0))).toEqual([
      overlap(0, 0, 3),
      overlap(0, 1, 2),
      overlap(0, 2, 0),
    ]);
    expect(upperBoundLevels(profile, w)[0]).toBe(1);
  });

  it('no optional skills: coverage is 1 whatever o', () => {
    const profile = matchProfile({
      requiredSkills: ['a', 'b', 'c', 'd'],
      optionalSkills: [],
      occupation: '7112',
    });
    // 0.1·r + 0.1 + 0.0375·d + 0.35: reaching 0.9 takes r = 4 and d ≥ 2 (0.925; d = 1 gives
    // 0.8875), or r = 3 and d = 4 (0.3 + 0.1 + 0.15 + 0.35 = 0.9).
    expect(minimalOverlaps(profile, w, level(profile, 3, 0, 4))).toEqual([
      overlap(4, 0, 2),
      overlap(3, 0, 4),
    ]);
  });

  it('the coarser precisions describe supersets with fewer constraints', () => {
    const threshold = level(twoOneProfile, 2, 0, 4);
    expect(minimalOverlaps(twoOneProfile, w, threshold, 'skills-and-occupation')).toEqual([overlap(2, 0, 2)]);
    expect(minimalOverlaps(twoOneProfile, w, threshold, 'occupation')).toEqual([overlap(0, 0, 2)]);
  });

  const randomWeights = (random: () => number): MatchWeights => {
    const raw = Array.from({ length: 7 }, () => random() + 0.01);
    const sum = raw.reduce((a, b) => a + b, 0);
    const [requiredSkills, optionalSkills, occupation, language, experience, readiness] = raw.map(
      (x) => x / sum,
    );
    const partial = { requiredSkills, optionalSkills, occupation, language, experience, readiness } as Record<
      string,
      number
    >;
    const diploma = 1 - Object.values(partial).reduce((a, b) => a + b, 0);
    return { ...partial, diploma } as unknown as MatchWeights;
  };

  it('for random profiles, weights and thresholds: covered by the minimal overlaps exactly when the level reaches the threshold', () => {
    const random = seededRandom(7);
    const profiles = syntheticVacancyProfiles({ seed: 3, count: 30 });
    const failures: string[] = [];
    let checked = 0;
    for (const [i, profile] of profiles.entries()) {
      const weights = i % 2 === 0 ? w : randomWeights(random);
      const levels = upperBoundLevels(profile, weights);
      const thresholds = [...levels, ...levels.map((l) => Math.fround(l - 1e-7)), 0.5 * random() + 0.5];
      const overlaps = domain(profile);
      for (const threshold of thresholds) {
        const minimal = minimalOverlaps(profile, weights, threshold);
        const coarser = (['skills-and-occupation', 'occupation'] as OverlapPrecision[]).map((precision) =>
          minimalOverlaps(profile, weights, threshold, precision),
        );
        // Minimal: none covers another.
        for (const m of minimal) {
          if (
            coveredBy(
              m,
              minimal.filter((x) => x !== m),
            )
          )
            failures.push(`not minimal ${JSON.stringify(m)}`);
        }
        for (const o of overlaps) {
          const reaches = upperBoundLevel(profile, weights, o) >= threshold;
          if (coveredBy(o, minimal) !== reaches) failures.push(JSON.stringify({ i, o, threshold, reaches }));
          // The coarser descriptions keep everyone the exact one keeps.
          if (reaches && !coarser.every((c) => coveredBy(o, c)))
            failures.push(`coarser drops ${JSON.stringify(o)}`);
          checked++;
        }
      }
    }
    expect(failures).toEqual([]);
    expect(checked).toBeGreaterThan(10_000);
  });

  it('the level is non-decreasing in each coordinate', () => {
    let decreasing = 0;
    for (const profile of syntheticVacancyProfiles({ seed: 5, count: 20 })) {
      for (const o of domain(profile)) {
        const here = upperBoundLevel(profile, w, o);
        for (const next of [
          overlap(o.requiredMatched + 1, o.optionalMatched, o.sharedIscoDigits),
          overlap(o.requiredMatched, o.optionalMatched + 1, o.sharedIscoDigits),
          overlap(o.requiredMatched, o.optionalMatched, o.sharedIscoDigits + 1),
        ]) {
          if (next.requiredMatched > profile.requiredSkills.length) continue;
          if (next.optionalMatched > profile.optionalSkills.length) continue;
          if (next.sharedIscoDigits > profile.occupation.length) continue;
          if (upperBoundLevel(profile, w, next) < here) decreasing++;
        }
      }
    }
    expect(decreasing).toBe(0);
  });

  it("no candidate's ranking score exceeds its level", () => {
    const pool = syntheticCandidates({ seed: 11, count: 3000 });
    let above = 0;
    let compared = 0;
    for (const profile of syntheticVacancyProfiles({ seed: 13, count: 12 })) {
      for (const doc of pool) {
        const score = rankingScore(matchScore(profile, doc, w));
        if (score > upperBoundLevel(profile, w, overlapOf(profile, doc))) above++;
        compared++;
      }
    }
    expect(above).toBe(0);
    expect(compared).toBe(36_000);
  });
});
