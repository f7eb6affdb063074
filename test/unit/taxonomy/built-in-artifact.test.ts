import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { BUILT_IN_ARTIFACT_PATH } from '../../../scripts/data/taxonomy/built-in-path.js';
import { builtInArtifact } from '../../../shared/taxonomy/built-in-taxonomy.js';
import { parseImportedTaxonomy } from '../../../shared/taxonomy/imported-taxonomy.js';

/**
 * The curated vocabulary reaches a deployment only as the artifact file in the repo (no
 * function bundles the data tables), so the file must say what the tables say.
 */
describe('the built-in taxonomy artifact', () => {
  const file = JSON.parse(readFileSync(BUILT_IN_ARTIFACT_PATH, 'utf8')) as unknown;

  it('holds the data tables as they are (rerun scripts/esco-built-in.ts after editing them)', () => {
    expect(file).toEqual(JSON.parse(JSON.stringify(builtInArtifact())));
  });

  it('is an artifact a deployment accepts, naming itself built-in', () => {
    const artifact = parseImportedTaxonomy(file);
    expect(artifact.source).toEqual({
      kind: 'built-in',
      languages: ['en', 'nl', 'fr'],
      relationsLayout: 'none',
    });
    expect(artifact.version).toMatch(/^built-in\+[0-9a-f]{8}$/);
    expect(artifact.skills.find((skill) => skill.id === 'bricklaying')?.labels.nl).toBe('metselen');
  });

  it('refuses a curated layer of the wrong shape, naming where', () => {
    const bad = { ...(file as object), curated: { version: 'x', occupations: [{ isco: '12' }], skills: [] } };
    expect(() => parseImportedTaxonomy(bad)).toThrow(/curated\.occupations\.0\.isco: not an ISCO-08 code/);
  });
});
