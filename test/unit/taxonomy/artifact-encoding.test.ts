import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { decodeArtifact, encodeArtifact } from '../../../shared/taxonomy/artifact-encoding.js';
import { builtInArtifact, withCuratedLayer } from '../../../shared/taxonomy/built-in-taxonomy.js';
import { parseImportedTaxonomy } from '../../../shared/taxonomy/imported-taxonomy.js';
import { Taxonomy } from '../../../shared/taxonomy/taxonomy.js';

/**
 * The sectioned artifact (shared/taxonomy/artifact-encoding.ts): the same taxonomy as the one
 * JSON document it replaces, with the synonyms parsed on first use and the sections' digests
 * checked at load. The real English ESCO occupations (scripts/data/taxonomy/), plus the curated
 * skills and occupations renamed as imported ones, so there are synonyms and relations to
 * encode, one relation to a skill outside the imported layer (kept as its id), and one alias.
 */
const fixture = parseImportedTaxonomy(
  JSON.parse(readFileSync('scripts/data/taxonomy/esco-1.1.1-en.json', 'utf8')),
);
const rename = (id: string) => `imported-${id}`;
const base = builtInArtifact();
const aliased = base.skills.findIndex((skill) => skill.esco);
const imported = withCuratedLayer({
  ...fixture,
  // One keeps its ESCO URI, so it is the curated skill's alias and occupations are copied.
  skills: [
    ...fixture.skills,
    ...base.skills.map(({ esco, ...skill }, i) => ({
      ...skill,
      id: rename(skill.id),
      ...(i === aliased && { esco }),
    })),
  ],
  occupations: [
    ...fixture.occupations,
    ...base.occupations.map(({ esco, ...occupation }, i) => ({
      ...occupation,
      essentialSkills: [...occupation.essentialSkills.map(rename), ...(i === 0 ? ['bricklaying'] : [])],
      optionalSkills: occupation.optionalSkills.map(rename),
    })),
  ],
});
const encoded = encodeArtifact(imported);
const bytes = () => Buffer.from(encoded);
const lines = encoded.trimEnd().split('\n');
const sha256 = (text: string) => createHash('sha256').update(text).digest('hex');

/** The artifact with its terms line replaced, digests rewritten so only the content is wrong. */
function withTerms(terms: string): Buffer {
  const header = JSON.parse(lines[0] as string);
  header.sections.terms = { bytes: Buffer.byteLength(terms), sha256: sha256(terms) };
  return Buffer.from(`${JSON.stringify(header)}\n${lines[1]}\n${terms}\n`);
}

describe('sectioned taxonomy artifact', () => {
  it('is three lines: a header, the concepts, the synonyms', () => {
    expect(lines).toHaveLength(3);
    expect(JSON.parse(lines[0] as string).format).toBe('concentric-taxonomy/3');
    const concepts = JSON.parse(lines[1] as string);
    expect(concepts.skills.some((skill: object) => 'synonyms' in skill)).toBe(false);
    expect(concepts.occupations.some((occupation: object) => 'synonyms' in occupation)).toBe(false);
    expect(concepts.occupations.at(-base.occupations.length).essential).toContain('bricklaying');
  });

  it('decodes to the taxonomy the whole document gives, concept for concept', () => {
    const decoded = Taxonomy.fromArtifact(decodeArtifact(bytes()));
    const whole = Taxonomy.fromArtifact(imported);
    expect(decoded.version).toBe(whole.version);
    expect(decoded.skills()).toEqual(whole.skills());
    expect(decoded.occupations()).toEqual(whole.occupations());
    expect(decoded.occupations().filter((o) => o.essentialSkills.length > 0).length).toBeGreaterThan(10);
    expect(decoded.skill(rename('bricklaying'))?.synonyms).toEqual(
      whole.skill(rename('bricklaying'))?.synonyms,
    );
    for (const label of ['metselen', 'brick laying', 'Bricklaying'])
      expect(decoded.skillByLabel(label)?.id).toBe(whole.skillByLabel(label)?.id);
    expect(decoded.suggestSkills('bricklayng')).toEqual(whole.suggestSkills('bricklayng'));
  });

  it('still reads format 2, one JSON document', () => {
    const decoded = decodeArtifact(Buffer.from(JSON.stringify(imported)));
    expect(decoded.version).toBe(imported.version);
    expect(decoded.skills).toEqual(imported.skills);
  });

  it('leaves the synonyms unparsed at load: a bad terms section fails the first lookup, not the load', () => {
    const taxonomy = Taxonomy.fromArtifact(decodeArtifact(withTerms('{"skills":[],"occupations":[]}')));
    const skill = imported.skills[0];
    expect(skill && taxonomy.skill(skill.id)?.labels.en).toBe(skill?.labels.en);
    expect(() => taxonomy.skillByLabel('metselen')).toThrow(
      /terms section: skills: 0 entries for \d+ skills/,
    );
    // The second lookup gets the same error, from the failure kept rather than a second parse.
    expect(() => taxonomy.skillByLabel('metselen')).toThrow(/terms section: skills: 0 entries/);
  });

  it('fails the load on a section that is not the one written', () => {
    const altered = bytes();
    altered[altered.length - 10] = 0x20;
    expect(() => decodeArtifact(altered)).toThrow(/the terms section is not the one written/);
  });

  it('fails the load on a truncated artifact', () => {
    const whole = bytes();
    expect(() => decodeArtifact(whole.subarray(0, whole.length - 100))).toThrow(/truncated/);
  });

  it('fails the load on an occupation skill index outside the skills', () => {
    const concepts = JSON.parse(lines[1] as string);
    concepts.occupations[0].essential = [concepts.skills.length];
    const text = JSON.stringify(concepts);
    const header = JSON.parse(lines[0] as string);
    header.sections.concepts = { bytes: Buffer.byteLength(text), sha256: sha256(text) };
    const artifact = Buffer.from(`${JSON.stringify(header)}\n${text}\n${lines[2]}\n`);
    expect(() => decodeArtifact(artifact)).toThrow(/occupations\.0\.essential: not a list of skill indexes/);
  });

  it('fails the load on a malformed header, naming the field', () => {
    const header = JSON.parse(lines[0] as string);
    delete header.sections;
    const artifact = Buffer.from(`${JSON.stringify(header)}\n${lines[1]}\n${lines[2]}\n`);
    expect(() => decodeArtifact(artifact)).toThrow(/sections/);
  });
});
