import { describe, expect, it } from 'vitest';
import {
  compareRanked,
  DEFAULT_MATCH_WEIGHTS,
  diplomaFit,
  experienceFit,
  FACTOR_NAMES,
  type LanguageRequirement,
  languageFit,
  MatchWeightsSchema,
  meetsMinimumCoverage,
  occupationFit,
  parseMatchWeights,
  rankingScore,
  readinessFit,
  scoreCandidate,
  skillCoverage,
  toMatchProfile,
  type VacancyMatchProfile,
} from '../../../shared/matching/score-model.js';
import { candidateDoc, matchProfile } from './fixtures.js';

describe('score model', () => {
  describe.each([
    { matched: 0, asked: 4, expected: 0 },
    { matched: 1, asked: 4, expected: 0.25 },
    { matched: 2, asked: 3, expected: 2 / 3 },
    { matched: 4, asked: 4, expected: 1 },
    { matched: 0, asked: 0, expected: 1 },
  ])('skill coverage $matched of $asked', ({ matched, asked, expected }) => {
    it(`is ${expected}`, () => expect(skillCoverage(matched, asked)).toBe(expected));
  });

  describe.each([
    { candidate: ['7112'], expected: 1, why: 'same unit group' },
    { candidate: ['7115'], expected: 0.75, why: 'same minor group 711' },
    { candidate: ['7126'], expected: 0.5, why: 'same sub-major group 71' },
    { candidate: ['7411'], expected: 0.25, why: 'same major group 7' },
    { candidate: ['2221'], expected: 0, why: 'nothing shared' },
    { candidate: ['7411', '7113'], expected: 0.75, why: 'the closest of several occupations' },
  ])('occupation fit of $candidate to 7112 ($why)', ({ candidate, expected }) => {
    it(`is ${expected}`, () => {
      const doc = candidateDoc({ occupations: candidate });
      expect(occupationFit('7112', doc.iscoGroups)).toBe(expected);
    });
  });

  describe.each([
    { asked: [], has: {}, expected: 1, why: 'nothing asked' },
    { asked: [{ language: 'nl', level: 4 }], has: { nl: 3 }, expected: 0.75, why: 'B1 where B2 is asked' },
    {
      asked: [{ language: 'nl', level: 4 }],
      has: { nl: 5 },
      expected: 1,
      why: 'above the level counts as 1',
    },
    { asked: [{ language: 'nl', level: 4 }], has: { en: 6 }, expected: 0, why: 'language not spoken' },
    {
      asked: [
        { language: 'en', level: 2 },
        { language: 'nl', level: 4 },
      ],
      has: { nl: 2, en: 5 },
      expected: 0.75,
      why: 'average of 1 and 0.5',
    },
    { asked: [{ language: 'fr', level: 3 }], has: { fr: 1 }, expected: 1 / 3, why: 'A1 where B1 is asked' },
  ] as { asked: LanguageRequirement[]; has: Record<string, number>; expected: number; why: string }[])(
    'language fit: $why',
    ({ asked, has, expected }) => {
      it(`is ${expected}`, () => expect(languageFit(asked, has)).toBe(expected));
    },
  );

  describe.each([
    { years: 0, min: 0, expected: 1 },
    { years: 2, min: 4, expected: 0.5 },
    { years: 6, min: 4, expected: 1 },
    { years: 1, min: 3, expected: 1 / 3 },
    { years: 1.3, min: 2.5, expected: 1.3 / 2.5 },
  ])('experience fit: $years years for a minimum of $min', ({ years, min, expected }) => {
    it(`is ${expected}`, () => expect(experienceFit(years, min)).toBe(expected));
  });

  describe.each([
    { ring: 1, dutch: 0, civic: 0, soft: 0, expected: 1, why: 'lives in Flanders: nothing to prepare' },
    { ring: 2, dutch: 0, civic: 0, soft: 0, expected: 1, why: 'lives in Belgium: nothing to prepare' },
    { ring: 4, dutch: 0, civic: 0, soft: 0, expected: 0, why: 'no training at all' },
    { ring: 4, dutch: 1, civic: 2, soft: 1, expected: 0.625, why: '(A1×2 + 2 + 1) / 8' },
    { ring: 3, dutch: 2, civic: 0, soft: 0, expected: 0.5, why: 'Dutch A2 is half the factor' },
    { ring: 4, dutch: 5, civic: 2, soft: 2, expected: 1, why: 'Dutch above A2 counts as A2' },
  ] as const)('readiness: $why', ({ ring, dutch, civic, soft, expected }) => {
    it(`is ${expected}`, () =>
      expect(
        readinessFit({ ring, readinessDutch: dutch, readinessCivic: civic, readinessSoftSkills: soft }),
      ).toBe(expected));
  });

  describe.each([
    { regulated: false, recognition: 'refused', expected: 1 },
    { regulated: false, recognition: 'not-started', expected: 1 },
    { regulated: true, recognition: 'specific-equivalence', expected: 1 },
    { regulated: true, recognition: 'level-equivalence', expected: 1 },
    { regulated: true, recognition: 'not-needed', expected: 1 },
    { regulated: true, recognition: 'pending', expected: 0.5 },
    { regulated: true, recognition: 'not-started', expected: 0.25 },
    { regulated: true, recognition: 'refused', expected: 0 },
  ])('diploma fit, regulated $regulated, $recognition', ({ regulated, recognition, expected }) => {
    it(`is ${expected}`, () => expect(diplomaFit(regulated, recognition)).toBe(expected));
  });

  describe('total score', () => {
    const profile: VacancyMatchProfile = matchProfile({
      requiredSkills: ['bricklaying', 'masonry', 'mortar-mixing', 'scaffolding'],
      optionalSkills: ['tiling', 'levelling'],
      occupation: '7112',
      languages: [{ language: 'nl', level: 4 }],
      minExperienceYears: 4,
      regulated: true,
    });
    const doc = candidateDoc({
      ring: 4,
      occupations: ['7115'],
      skills: ['bricklaying', 'mortar-mixing', 'tiling', 'welding'],
      languages: { nl: 3, fr: 5 },
      workExperienceYears: 2,
      readinessDutch: 1,
      readinessCivic: 2,
      readinessSoftSkills: 1,
      diplomaRecognition: 'pending',
    });

    it.each([
      ['requiredSkills', 0.4, 0.5],
      ['optionalSkills', 0.1, 0.5],
      ['occupation', 0.15, 0.75],
      ['language', 0.15, 0.75],
      ['experience', 0.1, 0.5],
      ['readiness', 0.05, 0.625],
      ['diploma', 0.05, 0.5],
    ])('factor %s: weight %d, value %d', (name, weight, value) => {
      const factor = scoreCandidate(profile, doc, DEFAULT_MATCH_WEIGHTS).factors.find((f) => f.name === name);
      expect(factor).toEqual({ name, weight, value, contribution: weight * value });
    });

    it('is the weighted sum, by hand 0.2 + 0.05 + 0.1125 + 0.1125 + 0.05 + 0.03125 + 0.025 = 0.58125', () => {
      const breakdown = scoreCandidate(profile, doc, DEFAULT_MATCH_WEIGHTS);
      expect(breakdown.score).toBeCloseTo(0.58125, 12);
      expect(breakdown.factors.map((f) => f.name)).toEqual(FACTOR_NAMES);
    });

    it('explains matched and missing skills and language gaps', () => {
      expect(scoreCandidate(profile, doc, DEFAULT_MATCH_WEIGHTS)).toMatchObject({
        matchedRequired: ['bricklaying', 'mortar-mixing'],
        missingRequired: ['masonry', 'scaffolding'],
        matchedOptional: ['tiling'],
        missingOptional: ['levelling'],
        languageGaps: [{ language: 'nl', required: 4, actual: 3 }],
      });
    });

    it('is 1 for a candidate who has everything, and deterministic', () => {
      const perfect = candidateDoc({
        ring: 1,
        occupations: ['7112'],
        skills: ['bricklaying', 'masonry', 'mortar-mixing', 'scaffolding', 'tiling', 'levelling'],
        languages: { nl: 6 },
        workExperienceYears: 10,
        diplomaRecognition: 'specific-equivalence',
      });
      const first = scoreCandidate(profile, perfect, DEFAULT_MATCH_WEIGHTS);
      expect(first.score).toBeCloseTo(1, 12);
      expect(scoreCandidate(profile, perfect, DEFAULT_MATCH_WEIGHTS)).toEqual(first);
    });
  });

  describe('weights', () => {
    it('defaults sum to 1 and pass validation', () => {
      expect(parseMatchWeights(DEFAULT_MATCH_WEIGHTS)).toEqual(DEFAULT_MATCH_WEIGHTS);
    });

    it.each([
      ['a sum below 1', { ...DEFAULT_MATCH_WEIGHTS, diploma: 0 }],
      ['a negative weight', { ...DEFAULT_MATCH_WEIGHTS, diploma: -0.05, readiness: 0.15 }],
      ['an unknown factor', { ...DEFAULT_MATCH_WEIGHTS, salary: 0 }],
      ['a missing factor', { ...DEFAULT_MATCH_WEIGHTS, diploma: undefined }],
    ])('rejects %s', (_why, weights) => {
      expect(MatchWeightsSchema.safeParse(weights).success).toBe(false);
    });

    it('accepts other weights that sum to 1', () => {
      const skillsOnly = { ...DEFAULT_MATCH_WEIGHTS, requiredSkills: 0.7, optionalSkills: 0.3 };
      for (const name of ['occupation', 'language', 'experience', 'readiness', 'diploma'] as const)
        skillsOnly[name] = 0;
      expect(MatchWeightsSchema.safeParse(skillsOnly).success).toBe(true);
    });
  });

  describe('toMatchProfile', () => {
    it('takes skill keys sorted and de-duplicated, optional skills that are not required, CEFR as ordinals', () => {
      const skill = (key: string) => ({ key, label: key, mapped: true });
      const profile = toMatchProfile(
        {
          occupation: { isco: '7112' },
          requiredSkills: [skill('masonry'), skill('bricklaying'), skill('masonry')],
          optionalSkills: [skill('tiling'), skill('bricklaying'), skill('label:voegen')],
          languages: [
            { language: 'nl', level: 'B1' },
            { language: 'en', level: 'A2' },
          ],
          minExperienceYears: 2,
        },
        { regulated: false },
      );
      expect(profile).toEqual({
        requiredSkills: ['bricklaying', 'masonry'],
        optionalSkills: ['label:voegen', 'tiling'],
        occupation: '7112',
        languages: [
          { language: 'en', level: 2 },
          { language: 'nl', level: 3 },
        ],
        minExperienceYears: 2,
        regulated: false,
      });
    });
  });

  describe.each([
    { skills: ['masonry'], occupations: ['2221'], expected: true, why: 'a required skill' },
    { skills: [], occupations: ['7411'], expected: true, why: 'the same ISCO major group' },
    { skills: ['tiling'], occupations: ['2221'], expected: false, why: 'an optional skill alone' },
    { skills: ['welding'], occupations: ['2221'], expected: false, why: 'nothing in common' },
  ])('minimum coverage: $why', ({ skills, occupations, expected }) => {
    it(`is ${expected}`, () => {
      const profile = matchProfile({
        requiredSkills: ['bricklaying', 'masonry'],
        optionalSkills: ['tiling'],
      });
      expect(meetsMinimumCoverage(profile, candidateDoc({ skills, occupations }))).toBe(expected);
    });
  });

  describe('ranking order', () => {
    it('ranks on the float32 score, descending, then id ascending', () => {
      const a = 0.1 + 0.2; // 0.30000000000000004: the same float32 as 0.3
      expect(rankingScore(a)).toBe(rankingScore(0.3));
      const ranked = [
        { id: 'b', score: rankingScore(0.3) },
        { id: 'c', score: rankingScore(0.9) },
        { id: 'a', score: rankingScore(a) },
        { id: 'B', score: rankingScore(0.3) },
      ].sort(compareRanked);
      expect(ranked.map((r) => r.id)).toEqual(['c', 'B', 'a', 'b']);
    });
  });
});
