import type { CandidateInputRaw, DiplomaRecognition, TrainingStatus } from '../domain/candidate.js';
import { type CefrLevel, ISCED_MAX } from '../domain/codes.js';
import { hasFreeMovement } from '../domain/countries.js';
import type { Occupation } from '../taxonomy/taxonomy-types.js';
import type { Rng, Weighted } from './prng.js';

/**
 * A generated candidate's background: education level and field, diploma recognition and
 * pre-departure readiness, drawn from the candidate's own seeded stream (candidate-generator.ts).
 */

/** ISCED level typical of the ISCO skill level of the occupation, give or take one. */
export function educationLevel(rng: Rng, isco: string): number {
  const major = isco[0];
  const typical =
    major === '2'
      ? ['2211', '2212', '2261', '2262'].includes(isco)
        ? 7
        : 6
      : major === '3'
        ? 5
        : major === '9'
          ? 2
          : 3;
  return Math.max(
    0,
    Math.min(
      ISCED_MAX,
      typical +
        rng.weighted([
          [-1, 15],
          [0, 65],
          [1, 20],
        ] as const),
    ),
  );
}

export const EDUCATION_FIELDS: Readonly<Record<Occupation['sector'], string>> = {
  construction: 'Construction and civil engineering',
  technical: 'Engineering and engineering trades',
  healthcare: 'Health',
  it: 'Information and communication technologies',
  logistics: 'Transport services',
  hospitality: 'Hotel, restaurants and catering',
  other: 'Business, education and services',
};

/** Recognition by NARIC-Vlaanderen depends on where the diploma is from (BE-07). */
export function recognition(rng: Rng, diplomaCountry: string): DiplomaRecognition {
  if (diplomaCountry === 'BE') return 'not-needed';
  return rng.weighted(hasFreeMovement(diplomaCountry) ? EU_RECOGNITION : THIRD_COUNTRY_RECOGNITION);
}

const EU_RECOGNITION: Weighted<DiplomaRecognition> = [
  ['not-needed', 75],
  ['level-equivalence', 15],
  ['pending', 10],
];
const THIRD_COUNTRY_RECOGNITION: Weighted<DiplomaRecognition> = [
  ['not-started', 38],
  ['pending', 25],
  ['level-equivalence', 15],
  ['specific-equivalence', 14],
  ['refused', 8],
];

const TRAINING: Weighted<TrainingStatus> = [
  ['not-started', 35],
  ['in-progress', 40],
  ['completed', 25],
];

/** Pre-departure readiness of candidates in a partner programme (Dutch, civic orientation, soft skills). */
export function readiness(rng: Rng, modules: readonly string[]): NonNullable<CandidateInputRaw['readiness']> {
  const dutch = rng.weighted<CefrLevel | undefined>([
    [undefined, 35],
    ['A1', 25],
    ['A2', 25],
    ['B1', 15],
  ]);
  return {
    ...(dutch ? { dutchCourseLevel: dutch } : {}),
    civicOrientation: rng.weighted(TRAINING),
    softSkillsTraining: rng.weighted(TRAINING),
    technicalModules: rng.subset([...new Set(modules)], 0.4).slice(0, 20),
  };
}
