import * as z from 'zod';
import {
  IMPORTED_TAXONOMY_FORMAT,
  IMPORTED_TAXONOMY_FORMAT_V1,
  type ImportedTaxonomy,
  SECTORS,
} from './taxonomy-types.js';
import { taxonomyVersion } from './taxonomy-version.js';

/**
 * Checks the shape of a taxonomy artifact before it is trusted: it is a file on disk or in S3,
 * written by an older or newer importer perhaps, not a value this process built. Format 1
 * (nl/en/fr only, no version) is still read: it gets a version from its content.
 */

const LabelsSchema = z
  .object({ en: z.string().min(1), nl: z.string().min(1), fr: z.string().min(1) })
  .catchall(z.string());
const SynonymsSchema = z
  .object({ en: z.array(z.string()), nl: z.array(z.string()), fr: z.array(z.string()) })
  .catchall(z.array(z.string()));

const Content = {
  occupations: z.array(
    z.object({
      isco: z.string().regex(/^\d{4}$/),
      esco: z.string().optional(),
      labels: LabelsSchema,
      synonyms: SynonymsSchema.optional(),
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
};

const V2Schema = z.object({
  format: z.literal(IMPORTED_TAXONOMY_FORMAT),
  version: z.string().min(1),
  source: z.object({
    kind: z.literal('esco-csv'),
    escoVersion: z.string().optional(),
    languages: z.array(z.string()),
    relationsLayout: z.enum(['v1.1', 'v1.2', 'none']),
  }),
  ...Content,
  replacements: z.record(z.string(), z.string()),
});

const V1Schema = z.object({
  format: z.literal(IMPORTED_TAXONOMY_FORMAT_V1),
  source: z.object({ kind: z.literal('esco-csv'), languages: z.array(z.string()) }),
  ...Content,
});

const ArtifactSchema = z.discriminatedUnion('format', [V2Schema, V1Schema]);

export function parseImportedTaxonomy(json: unknown): ImportedTaxonomy {
  const result = ArtifactSchema.safeParse(json);
  if (!result.success) {
    throw new Error(
      `not an imported taxonomy (${IMPORTED_TAXONOMY_FORMAT}): ${z.prettifyError(result.error)}`,
    );
  }
  const artifact = result.data;
  if (artifact.format === IMPORTED_TAXONOMY_FORMAT) return artifact;
  const source = { ...artifact.source, relationsLayout: 'v1.2' as const };
  const content = { occupations: artifact.occupations, skills: artifact.skills, replacements: {} };
  return { format: IMPORTED_TAXONOMY_FORMAT, version: taxonomyVersion(source, content), source, ...content };
}
