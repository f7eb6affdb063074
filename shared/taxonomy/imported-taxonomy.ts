import * as z from 'zod';
import { IMPORTED_TAXONOMY_FORMAT, type ImportedTaxonomy, SECTORS } from './taxonomy-types.js';

/**
 * Checks the shape of an imported taxonomy JSON before it is trusted: it is a file on disk,
 * written by an older or newer importer perhaps, not a value this process built.
 */

const LabelsSchema = z.object({ en: z.string().min(1), nl: z.string().min(1), fr: z.string().min(1) });
const SynonymsSchema = z.object({
  en: z.array(z.string()),
  nl: z.array(z.string()),
  fr: z.array(z.string()),
});

const ImportedTaxonomySchema = z.object({
  format: z.literal(IMPORTED_TAXONOMY_FORMAT),
  source: z.object({ kind: z.literal('esco-csv'), languages: z.array(z.string()) }),
  occupations: z.array(
    z.object({
      isco: z.string().regex(/^\d{4}$/),
      esco: z.string().optional(),
      labels: LabelsSchema,
      sector: z.enum(SECTORS),
      essentialSkills: z.array(z.string()),
      optionalSkills: z.array(z.string()),
    }),
  ),
  skills: z.array(
    z.object({
      id: z.string().min(1),
      esco: z.string().optional(),
      labels: LabelsSchema,
      synonyms: SynonymsSchema,
      trainingModule: z.string().optional(),
    }),
  ),
});

export function parseImportedTaxonomy(json: unknown): ImportedTaxonomy {
  const result = ImportedTaxonomySchema.safeParse(json);
  if (!result.success) {
    throw new Error(
      `not an imported taxonomy (${IMPORTED_TAXONOMY_FORMAT}): ${z.prettifyError(result.error)}`,
    );
  }
  return result.data;
}
