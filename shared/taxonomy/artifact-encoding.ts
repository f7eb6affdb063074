import { createHash } from 'node:crypto';
import { checkConcepts, checkTerms } from './artifact-check.js';
import { parseImportedTaxonomy, parseSectionedHeader } from './imported-taxonomy.js';
import {
  IMPORTED_TAXONOMY_FORMAT,
  type ImportedTaxonomy,
  type Occupation,
  SECTIONED_TAXONOMY_FORMAT,
  type Skill,
  type Synonyms,
} from './taxonomy-types.js';

/**
 * The bytes of a taxonomy artifact. An ESCO import is tens of megabytes, and most of them are
 * synonyms in five languages that only free-text lookups and occupation search read, so the
 * sectioned format (`concentric-taxonomy/3`) keeps them apart. Three lines of JSON:
 *
 * 1. a header: version, source, replacements, and the length and SHA-256 of each section;
 * 2. the concepts without synonyms; an occupation names its skills by their index in `skills`;
 * 3. the synonyms of each skill and occupation, in the same order.
 *
 * A cold start decodes and parses the first two and checks the digests; the third stays bytes
 * until the first lookup that needs a synonym parses and checks it. The digests make that safe:
 * a truncated or altered object fails the load, not a request later. Formats 1 and 2, one JSON
 * document, are still read.
 */

const SECTIONED_PREFIX = Buffer.from(`{"format":"${SECTIONED_TAXONOMY_FORMAT}"`);
const NEWLINE = 0x0a;

/** The sectioned artifact's text, as `scripts/esco-import.ts` writes it. */
export function encodeArtifact(artifact: ImportedTaxonomy): string {
  const index = new Map(artifact.skills.map((skill, i) => [skill.id, i]));
  const ref = (id: string) => index.get(id) ?? id;
  const concepts = JSON.stringify({
    occupations: artifact.occupations.map(({ synonyms, essentialSkills, optionalSkills, ...rest }) => ({
      ...rest,
      essential: essentialSkills.map(ref),
      optional: optionalSkills.map(ref),
    })),
    skills: artifact.skills.map(({ synonyms, ...rest }) => rest),
    curated: artifact.curated,
  });
  const terms = JSON.stringify({
    skills: artifact.skills.map((skill) => skill.synonyms),
    occupations: artifact.occupations.map((occupation) => occupation.synonyms ?? null),
  });
  const header = JSON.stringify({
    format: SECTIONED_TAXONOMY_FORMAT,
    version: artifact.version,
    source: artifact.source,
    replacements: artifact.replacements,
    sections: { concepts: section(Buffer.from(concepts)), terms: section(Buffer.from(terms)) },
  });
  return `${header}\n${concepts}\n${terms}\n`;
}

/** The artifact these bytes hold, checked; throws naming what is wrong. */
export function decodeArtifact(bytes: Uint8Array): ImportedTaxonomy {
  const buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (!startsWith(buffer, SECTIONED_PREFIX))
    return parseImportedTaxonomy(JSON.parse(buffer.toString('utf8')));
  const headerEnd = buffer.indexOf(NEWLINE);
  const header = parseSectionedHeader(JSON.parse(buffer.toString('utf8', 0, headerEnd)));
  const fail = (what: string) => new Error(`taxonomy artifact ${header.version}: ${what}`);
  const conceptsEnd = headerEnd + 1 + header.sections.concepts.bytes;
  const termsEnd = conceptsEnd + 1 + header.sections.terms.bytes;
  if (buffer.length < termsEnd) throw fail(`truncated: ${buffer.length} of ${termsEnd} bytes`);
  const conceptBytes = buffer.subarray(headerEnd + 1, conceptsEnd);
  const termBytes = buffer.subarray(conceptsEnd + 1, termsEnd);
  for (const [name, part] of [
    ['concepts', conceptBytes],
    ['terms', termBytes],
  ] as const) {
    if (digest(part) !== header.sections[name].sha256)
      throw fail(`the ${name} section is not the one written`);
  }
  const concepts = JSON.parse(conceptBytes.toString('utf8')) as Record<string, unknown>;
  const { occupations, skills } = concepts;
  if (!Array.isArray(occupations) || !Array.isArray(skills)) throw fail('no concepts');
  const problems = checkConcepts(occupations, skills, 'sectioned');
  if (problems.length > 0) throw fail(problems.join('; '));
  const terms = new DeferredTerms(termBytes, skills.length, occupations.length, fail);
  const decodedSkills = skills.map((skill: Record<string, unknown>, i) => {
    Object.defineProperty(skill, 'synonyms', { enumerable: true, get: () => terms.skill(i) });
    return skill as unknown as Skill;
  });
  // Indexes were checked against `skills` above.
  const ids = (refs: unknown) =>
    (refs as (number | string)[]).map((ref) =>
      typeof ref === 'number' ? (decodedSkills[ref] as Skill).id : ref,
    );
  const decodedOccupations = occupations.map(
    ({ essential, optional, ...rest }: Record<string, unknown>, i): Occupation => {
      Object.assign(rest, { essentialSkills: ids(essential), optionalSkills: ids(optional) });
      Object.defineProperty(rest, 'synonyms', { enumerable: true, get: () => terms.occupation(i) });
      return rest as unknown as Occupation;
    },
  );
  // The curated layer is small and written whole (format 2's shape), so it is checked the same way.
  const whole = parseImportedTaxonomy({
    format: IMPORTED_TAXONOMY_FORMAT,
    version: header.version,
    source: header.source,
    occupations: [],
    skills: [],
    replacements: header.replacements,
    curated: concepts.curated,
  });
  return { ...whole, occupations: decodedOccupations, skills: decodedSkills };
}

/**
 * The synonyms section, parsed and checked on first use and kept from then on; a section that
 * fails its check keeps failing with the same error, without parsing it again on every lookup.
 */
class DeferredTerms {
  private parsed: { skills: Synonyms[]; occupations: (Synonyms | null)[] } | undefined;
  private failure: Error | undefined;

  constructor(
    private bytes: Buffer | undefined,
    private readonly skillCount: number,
    private readonly occupationCount: number,
    private readonly fail: (what: string) => Error,
  ) {}

  skill(index: number): Synonyms {
    return this.section().skills[index] as Synonyms;
  }

  occupation(index: number): Synonyms | undefined {
    return this.section().occupations[index] ?? undefined;
  }

  private section() {
    if (this.parsed) return this.parsed;
    if (this.failure) throw this.failure;
    const value: unknown = JSON.parse((this.bytes as Buffer).toString('utf8'));
    const problems = checkTerms(value, this.skillCount, this.occupationCount);
    if (problems.length > 0) {
      this.failure = this.fail(`terms section: ${problems.join('; ')}`);
      this.bytes = undefined;
      throw this.failure;
    }
    this.parsed = value as NonNullable<DeferredTerms['parsed']>;
    this.bytes = undefined;
    return this.parsed;
  }
}

function section(bytes: Buffer): { bytes: number; sha256: string } {
  return { bytes: bytes.length, sha256: digest(bytes) };
}

function digest(bytes: Buffer): string {
  return createHash('sha256').update(bytes).digest('hex');
}

function startsWith(buffer: Buffer, prefix: Buffer): boolean {
  return buffer.length >= prefix.length && buffer.compare(prefix, 0, prefix.length, 0, prefix.length) === 0;
}
