import * as z from 'zod';

/** The seven factors of the match score (score-model.ts), in the order their products are added. */
export const FACTOR_NAMES = [
  'requiredSkills',
  'optionalSkills',
  'occupation',
  'language',
  'experience',
  'readiness',
  'diploma',
] as const;
export type FactorName = (typeof FACTOR_NAMES)[number];

export type MatchWeights = Readonly<Record<FactorName, number>>;

/** How far the weights may stray from summing to exactly 1 (decimal weights are not exact in binary). */
const WEIGHT_SUM_TOLERANCE = 1e-9;

const weight = z.number().min(0).max(1);
export const MatchWeightsSchema = z
  .object({
    requiredSkills: weight,
    optionalSkills: weight,
    occupation: weight,
    language: weight,
    experience: weight,
    readiness: weight,
    diploma: weight,
  })
  .strict()
  .refine((w) => Math.abs(FACTOR_NAMES.reduce((sum, name) => sum + w[name], 0) - 1) <= WEIGHT_SUM_TOLERANCE, {
    message: 'weights must sum to 1',
  });

/**
 * Default weights. Required skills dominate (they are what the employer cannot do without);
 * occupation and language come next (a Dutch-speaking bricklayer beats a bricklaying-adjacent
 * profile); experience and optional skills refine; readiness and diploma recognition tip the
 * balance between otherwise equal candidates (a refused diploma is also a rule block).
 */
export const DEFAULT_MATCH_WEIGHTS: MatchWeights = Object.freeze({
  requiredSkills: 0.4,
  optionalSkills: 0.1,
  occupation: 0.15,
  language: 0.15,
  experience: 0.1,
  readiness: 0.05,
  diploma: 0.05,
});

/** Validates weights given as configuration; throws a ZodError naming the bad weight. */
export function parseMatchWeights(input: unknown): MatchWeights {
  return MatchWeightsSchema.parse(input);
}
