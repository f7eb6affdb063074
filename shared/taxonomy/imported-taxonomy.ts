import * as z from 'zod';
import { checkConcepts } from './artifact-check.js';
import {
  IMPORTED_TAXONOMY_FORMAT,
  IMPORTED_TAXONOMY_FORMAT_V1,
  type ImportedTaxonomy,
  type Occupation,
  SECTIONED_TAXONOMY_FORMAT,
  type Skill,
} from './taxonomy-types.js';
import { taxonomyVersion } from './taxonomy-version.js';

/**
 * Checks the shape of a taxonomy artifact before it is trusted: it is a file on disk or in S3,
 * written by an older or newer importer perhaps, not a value this process built. Format 1
 * (nl/en/fr only, no version) is still read: it gets a version from its content.
 *
 * The header goes through zod; the tens of thousands of concepts go through the hand-written
 * `checkConcepts`, which checks the same shape at a fraction of the cost (cold start:
 * docs/benchmarks.md, "Taxonomy load").
 */

const Concepts = { occupations: z.array(z.unknown()), skills: z.array(z.unknown()) };

const Header = {
  version: z.string().min(1),
  source: z.object({
    kind: z.enum(['esco-csv', 'built-in']),
    escoVersion: z.string().optional(),
    languages: z.array(z.string()),
    relationsLayout: z.enum(['v1.1', 'v1.2', 'none']),
  }),
  replacements: z.record(z.string(), z.string()),
};

const V2Schema = z.object({
  format: z.literal(IMPORTED_TAXONOMY_FORMAT),
  ...Header,
  ...Concepts,
  curated: z.object({ version: z.string().min(1), ...Concepts }).optional(),
});

const V1Schema = z.object({
  format: z.literal(IMPORTED_TAXONOMY_FORMAT_V1),
  source: z.object({ kind: z.literal('esco-csv'), languages: z.array(z.string()) }),
  ...Concepts,
});

const Section = z.object({
  bytes: z.number().int().nonnegative(),
  sha256: z.string().regex(/^[0-9a-f]{64}$/),
});

const SectionedHeaderSchema = z.object({
  format: z.literal(SECTIONED_TAXONOMY_FORMAT),
  ...Header,
  sections: z.object({ concepts: Section, terms: Section }),
});

export type SectionedHeader = z.infer<typeof SectionedHeaderSchema>;

/** The first line of a sectioned artifact (artifact-encoding.ts). */
export function parseSectionedHeader(json: unknown): SectionedHeader {
  const result = SectionedHeaderSchema.safeParse(json);
  if (!result.success) {
    throw new Error(
      `not a taxonomy artifact header (${SECTIONED_TAXONOMY_FORMAT}): ${z.prettifyError(result.error)}`,
    );
  }
  return result.data;
}

const ArtifactSchema = z.discriminatedUnion('format', [V2Schema, V1Schema]);

export function parseImportedTaxonomy(json: unknown): ImportedTaxonomy {
  const result = ArtifactSchema.safeParse(json);
  if (!result.success) {
    throw new Error(
      `not an imported taxonomy (${IMPORTED_TAXONOMY_FORMAT}): ${z.prettifyError(result.error)}`,
    );
  }
  const artifact = result.data;
  const problems = checkConcepts(artifact.occupations, artifact.skills);
  if (artifact.format === IMPORTED_TAXONOMY_FORMAT && artifact.curated) {
    const curated = checkConcepts(artifact.curated.occupations, artifact.curated.skills);
    problems.push(...curated.map((problem) => `curated.${problem}`));
  }
  if (problems.length > 0) {
    throw new Error(`not an imported taxonomy (${IMPORTED_TAXONOMY_FORMAT}): ${problems.join('; ')}`);
  }
  const occupations = artifact.occupations as Occupation[];
  const skills = artifact.skills as Skill[];
  if (artifact.format === IMPORTED_TAXONOMY_FORMAT) {
    const curated = artifact.curated && {
      version: artifact.curated.version,
      occupations: artifact.curated.occupations as Occupation[],
      skills: artifact.curated.skills as Skill[],
    };
    return { ...artifact, occupations, skills, curated };
  }
  const source = { ...artifact.source, relationsLayout: 'v1.2' as const };
  const content = { occupations, skills, replacements: {} };
  return { format: IMPORTED_TAXONOMY_FORMAT, version: taxonomyVersion(source, content), source, ...content };
}
