import { createReadStream, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { builtInTaxonomy, withBuiltIn } from '../../../shared/taxonomy/built-in-taxonomy.js';
import { escoSkillId, importEsco } from '../../../shared/taxonomy/esco-csv.js';
import { searchOccupations } from '../../../shared/taxonomy/occupation-search.js';
import { Taxonomy } from '../../../shared/taxonomy/taxonomy.js';

const FIXTURES = join(import.meta.dirname, '../../fixtures');
const REPO = join(import.meta.dirname, '../../..');
const download = (dir: string, chunk = 64) => ({
  files: readdirSync(dir),
  open: (fileName: string) => createReadStream(join(dir, fileName), { highWaterMark: chunk }),
});
const SKILL = 'http://data.europa.eu/esco/skill/00000000-0000-4000-9000-0000000001';
const OCC = 'http://data.europa.eu/esco/occupation/00000000-0000-4000-8000-0000000001';

describe('ESCO v1.1.x layout (one language-independent relations file), German and Arabic', () => {
  it('reads every language present and the single relations file', async () => {
    const { stats } = await importEsco(download(join(FIXTURES, 'esco-v1.1')), { escoVersion: '1.1.2' });
    expect(stats).toMatchObject({
      languages: ['en', 'ar', 'de'],
      relationsLayout: 'v1.1',
      occupations: 3,
      skills: 4,
      essentialRelations: 3,
      optionalRelations: 2,
      replacements: 1,
    });
  });

  it('resolves exact labels in German and Arabic, and an obsolete URI to its replacement', async () => {
    const { taxonomy: artifact } = await importEsco(download(join(FIXTURES, 'esco-v1.1')), {
      escoVersion: '1.1.2',
    });
    expect(artifact.version).toMatch(/^esco-1\.1\.2\+en\.ar\.de\+[0-9a-f]{8}$/);
    const taxonomy = Taxonomy.fromImported(JSON.parse(JSON.stringify(artifact)));
    expect(taxonomy.resolveSkill({ label: 'LKW fahren' }).key).toBe(escoSkillId(`${SKILL}03`));
    expect(taxonomy.resolveSkill({ label: 'العمل ضمن فريق' }).key).toBe(escoSkillId(`${SKILL}04`));
    expect(taxonomy.resolveSkill({ esco: `${SKILL}05` }).key).toBe(escoSkillId(`${SKILL}03`));
    expect(taxonomy.skill(escoSkillId(`${SKILL}01`))?.labels.de).toBe('Ziegelmauern errichten');
    // The relation to the obsolete skill landed on its replacement, once.
    expect(taxonomy.occupationByEsco(`${OCC}03`)?.essentialSkills).toEqual([escoSkillId(`${SKILL}03`)]);
  });
});

describe('the real English ESCO occupations (shared/taxonomy/esco)', () => {
  it('imports all 3,007 and the committed artifact is that import', async () => {
    const { taxonomy: artifact, stats } = await importEsco(
      download(join(REPO, 'shared/taxonomy/esco/v1.1.1-en'), 1 << 16),
      {
        escoVersion: '1.1.1',
      },
    );
    expect(stats).toMatchObject({ occupations: 3007, occupationsWithoutIsco: 0, relationsLayout: 'none' });
    const committed = JSON.parse(
      readFileSync(join(REPO, 'scripts/data/taxonomy/esco-1.1.1-en.json'), 'utf8'),
    );
    expect(committed.version).toBe(artifact.version);
  }, 30_000);

  it('lets occupation search find every ISCO-08 unit group and every ESCO occupation, 4110 included', () => {
    const artifact = JSON.parse(readFileSync(join(REPO, 'scripts/data/taxonomy/esco-1.1.1-en.json'), 'utf8'));
    const taxonomy = withBuiltIn(artifact);
    const all = searchOccupations(taxonomy, undefined, 10_000);
    expect(new Set(all.map((o) => o.isco)).size).toBe(436);
    expect(all.filter((o) => o.esco).length).toBe(3007); // the 61 curated ones carry their ESCO URI, so none is doubled
    expect(searchOccupations(taxonomy, '4110', 10).map((o) => o.labels.en)).toEqual(
      expect.arrayContaining(['office clerk', 'membership administrator']),
    );
    expect(searchOccupations(taxonomy, 'General office clerks', 50).map((o) => o.isco)).toContain('4110');
    // Built-in only: 4110 is still found, as its ISCO-08 unit group.
    const builtIn = searchOccupations(builtInTaxonomy(), '4110', 10);
    expect(builtIn).toEqual([expect.objectContaining({ kind: 'isco-unit-group', isco: '4110' })]);
  }, 30_000);
});
