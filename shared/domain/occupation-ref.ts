import * as z from 'zod';
import { EscoOccupationSchema, IscoCodeSchema } from './skill-ref.js';

/**
 * How callers name an occupation: an ISCO-08 unit group, an ESCO occupation URI, or both.
 * EURES and the EU Talent Pool code occupations in ESCO, so a URI alone is enough: the
 * taxonomy files it under its unit group (`shared/taxonomy/occupation-resolution.ts`).
 */
export const OCCUPATION_REF_FIELDS = {
  isco: IscoCodeSchema.optional().meta({
    description: 'ISCO-08 unit group; may be left out when `esco` names an occupation the taxonomy knows',
    example: '7112',
  }),
  esco: EscoOccupationSchema.optional().meta({
    description: 'ESCO occupation URI; given alone, the taxonomy supplies its ISCO-08 unit group',
    example: 'http://data.europa.eu/esco/occupation/05f321f8-055b-407d-bf19-e0ddabda56b7',
  }),
};

/** The rule both fields share: at least one of them, said in the OpenAPI document too. */
export function requireIscoOrEsco<
  T extends z.ZodType<{ isco?: string | undefined; esco?: string | undefined }>,
>(schema: T) {
  return schema
    .refine((ref) => ref.isco !== undefined || ref.esco !== undefined, {
      message: 'give at least one of isco or esco',
    })
    .meta({ anyOf: [{ required: ['isco'] }, { required: ['esco'] }] });
}

export const OccupationRefSchema = requireIscoOrEsco(z.object(OCCUPATION_REF_FIELDS).strict());
export type OccupationRef = z.infer<typeof OccupationRefSchema>;

/** An occupation after resolution: always filed under a unit group, with its ESCO URI where known. */
export interface ResolvedOccupation {
  readonly isco: string;
  readonly esco?: string | undefined;
}
