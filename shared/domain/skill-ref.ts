import * as z from 'zod';

/**
 * How callers name a skill: a taxonomy id, an ESCO skill URI, or free text in nl/en/fr.
 * The taxonomy resolves it to a canonical key; free text it cannot map is kept and reported.
 */
export const SkillRefSchema = z
  .object({
    id: z.string().min(1).max(120).optional(),
    esco: z
      .string()
      .regex(/^http:\/\/data\.europa\.eu\/esco\/skill\/[0-9a-f-]{36}$/, 'must be an ESCO skill URI')
      .optional(),
    label: z.string().trim().min(1).max(200).optional(),
  })
  .strict()
  .refine((ref) => ref.id !== undefined || ref.esco !== undefined || ref.label !== undefined, {
    message: 'give at least one of id, esco or label',
  })
  // The refinement, said in the OpenAPI document too: at least one of the three members.
  .meta({ anyOf: [{ required: ['id'] }, { required: ['esco'] }, { required: ['label'] }] });
export type SkillRef = z.infer<typeof SkillRefSchema>;

/** A skill after resolution. `key` is what matching compares; unmapped skills key on their label. */
export interface ResolvedSkill {
  readonly key: string;
  readonly label: string;
  readonly mapped: boolean;
  readonly esco?: string | undefined;
}

export const IscoCodeSchema = z.string().regex(/^\d{4}$/, 'must be a four-digit ISCO-08 unit group');
export const EscoOccupationSchema = z
  .string()
  .regex(/^http:\/\/data\.europa\.eu\/esco\/occupation\/[0-9a-f-]{36}$/, 'must be an ESCO occupation URI');
