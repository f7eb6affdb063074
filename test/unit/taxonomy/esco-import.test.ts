import { createReadStream, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { withBuiltIn } from '../../../shared/taxonomy/built-in-taxonomy.js';
import { csvRows, parseCsv } from '../../../shared/taxonomy/csv.js';
import {
  type EscoImportResult,
  escoSkillId,
  importEsco,
  sectorOfIsco,
} from '../../../shared/taxonomy/esco-csv.js';
import { Taxonomy } from '../../../shared/taxonomy/taxonomy.js';

const FIXTURE = join(import.meta.dirname, '../../fixtures/esco');
const OCC = 'http://data.europa.eu/esco/occupation/00000000-0000-4000-8000-0000000000';
const SKILL = 'http://data.europa.eu/esco/skill/00000000-0000-4000-9000-0000000000';

/** Streams fixture files in tiny chunks, so every quoting state crosses a chunk boundary somewhere. */
const fixtureDownload = (dir: string) => ({
  files: readdirSync(dir),
  open: (fileName: string) => createReadStream(join(dir, fileName), { highWaterMark: 7 }),
});

async function importFixture(): Promise<EscoImportResult> {
  return importEsco(fixtureDownload(FIXTURE));
}

describe('CSV parser (RFC 4180)', () => {
  it('keeps commas, doubled quotes and line breaks inside quoted fields', () => {
    const text = 'a,b,c\n"x, y","say ""hi""","line 1\nline 2"\r\nplain,,last\n';
    expect(parseCsv(text)).toEqual([
      ['a', 'b', 'c'],
      ['x, y', 'say "hi"', 'line 1\nline 2'],
      ['plain', '', 'last'],
    ]);
  });

  it('parses the same records whatever the chunk boundaries', async () => {
    const text = '\uFEFFk,v\r\n"1","a ""q"", b"\r\n2,"multi\r\nline"\n3,x';
    for (let size = 1; size <= text.length; size++) {
      const chunks = Array.from({ length: Math.ceil(text.length / size) }, (_, i) =>
        text.slice(i * size, (i + 1) * size),
      );
      const rows = [];
      for await (const row of csvRows(toAsync(chunks))) rows.push(row);
      expect(rows, `chunk size ${size}`).toEqual([
        { k: '1', v: 'a "q", b' },
        { k: '2', v: 'multi\r\nline' },
        { k: '3', v: 'x' },
      ]);
    }
  });

  it('decodes UTF-8 characters split across byte chunks', async () => {
    const bytes = new TextEncoder().encode('label\nmaçonnerie\n');
    const chunks = Array.from(bytes, (byte) => Uint8Array.of(byte));
    const rows = [];
    for await (const row of csvRows(toAsync(chunks))) rows.push(row);
    expect(rows).toEqual([{ label: 'maçonnerie' }]);
  });

  it('refuses an unterminated quoted field and a header without the required columns', async () => {
    expect(() => parseCsv('a\n"never closed\n')).toThrow(/never closed/);
    const read = async () => {
      for await (const _ of csvRows(toAsync(['x,y\n1,2\n']), {
        requiredColumns: ['conceptUri'],
        sourceName: 'skills_en.csv',
      }));
    };
    await expect(read()).rejects.toThrow('skills_en.csv: missing column(s) conceptUri');
  });
});

describe('ESCO CSV import', () => {
  it('counts what it imported and what it skipped', async () => {
    const { stats } = await importFixture();
    expect(stats).toEqual({
      languages: ['en', 'nl'],
      relationsLayout: 'v1.2',
      occupations: 6,
      skills: 16,
      essentialRelations: 13,
      optionalRelations: 9,
      occupationsWithoutIsco: 1,
      unreleasedRows: 2,
      replacements: 0,
      skippedRelations: 3,
    });
  });

  it('merges labels per language, with multi-line alt labels and hidden labels as synonyms', async () => {
    const { taxonomy } = await importFixture();
    const bricklayer = taxonomy.occupations.find((o) => o.esco === `${OCC}01`);
    expect(bricklayer?.labels).toEqual({ en: 'bricklayer', nl: 'metselaar', fr: 'bricklayer' });

    const nurseSkill = taxonomy.skills.find((s) => s.esco === `${SKILL}09`);
    expect(nurseSkill?.labels.en).toBe("monitor patient's vital signs");
    expect(nurseSkill?.synonyms.en).toEqual(['check vital signs', 'observe vital signs']);
    expect(nurseSkill?.synonyms.nl).toEqual(['vitale parameters opvolgen']);
    expect(nurseSkill?.synonyms.fr).toEqual([]);

    const sockets = taxonomy.skills.find((s) => s.esco === `${SKILL}03`);
    expect(sockets?.labels.en).toBe('install electrical switches, sockets and fixtures');
    expect(sockets?.labels.nl).toBe('elektrische schakelaars, stopcontacten en armaturen installeren');

    const electrician = taxonomy.occupations.find((o) => o.esco === `${OCC}02`);
    expect(electrician?.labels.en).toBe('building electrician');
    const nurse = taxonomy.occupations.find((o) => o.esco === `${OCC}04`);
    expect(nurse?.labels.nl).toBe('verantwoordelijk algemeen ziekenverpleger');
  });

  it('maps occupations to ISCO-08 via iscoGroup, falling back to the code column', async () => {
    const { taxonomy } = await importFixture();
    const isco = Object.fromEntries(taxonomy.occupations.map((o) => [o.labels.en, o.isco]));
    expect(isco).toEqual({
      bricklayer: '7112',
      'building electrician': '7411',
      welder: '7212',
      'nurse responsible for general care': '2221',
      'software developer': '2512',
      'heavy truck driver': '8332',
    });
    expect(taxonomy.occupations.find((o) => o.isco === '2221')?.sector).toBe('healthcare');
  });

  it('keeps essential and optional relations apart and drops relations to unknown concepts', async () => {
    const { taxonomy } = await importFixture();
    const welder = taxonomy.occupations.find((o) => o.isco === '7212');
    expect(welder?.essentialSkills).toEqual([escoSkillId(`${SKILL}06`), escoSkillId(`${SKILL}07`)]);
    expect(welder?.optionalSkills).toEqual([escoSkillId(`${SKILL}02`), escoSkillId(`${SKILL}05`)]);
    const truckDriver = taxonomy.occupations.find((o) => o.isco === '8332');
    expect(truckDriver?.essentialSkills).toEqual([escoSkillId(`${SKILL}15`)]);
    expect(taxonomy.skills.some((s) => s.esco === `${SKILL}17`)).toBe(false);
  });

  it('produces JSON that Taxonomy.fromImported loads and resolves against', async () => {
    const { taxonomy: imported } = await importFixture();
    const taxonomy = Taxonomy.fromImported(JSON.parse(JSON.stringify(imported)));
    expect(taxonomy.occupation('7112')?.labels.nl).toBe('metselaar');
    expect(taxonomy.occupationByEsco(`${OCC}05`)?.isco).toBe('2512');

    const byEsco = taxonomy.resolveSkill({ esco: `${SKILL}01` });
    expect(byEsco).toEqual({
      key: escoSkillId(`${SKILL}01`),
      label: 'lay bricks',
      mapped: true,
      esco: `${SKILL}01`,
    });
    expect(taxonomy.resolveSkill({ label: 'Bakstenen muren bouwen' }).key).toBe(escoSkillId(`${SKILL}01`));
    // A hidden label (here a misspelling) is a synonym too.
    expect(taxonomy.skillByLabel('test electrical equipement')?.esco).toBe(`${SKILL}04`);
    expect(taxonomy.occupationsInIsco('7411')).toHaveLength(1);
  });

  it('can be layered on the built-in vocabulary', async () => {
    const { taxonomy: imported } = await importFixture();
    const taxonomy = withBuiltIn(imported);
    expect(taxonomy.resolveSkill({ label: 'metselen' }).key).toBe('bricklaying');
    expect(taxonomy.resolveSkill({ esco: `${SKILL}12` }).label).toBe('SQL');
    expect(taxonomy.occupation('7112')?.labels.en).toBe('bricklayer');
    expect(taxonomy.occupationsInIsco('7112')).toHaveLength(2);
  });

  it('rejects JSON that is not an imported taxonomy', () => {
    expect(() => Taxonomy.fromImported({ format: 'something-else' })).toThrow(/not an imported taxonomy/);
  });

  it('derives a sector from the ISCO code, longest prefix first', () => {
    expect(sectorOfIsco('7112')).toBe('construction');
    expect(sectorOfIsco('2142')).toBe('construction');
    expect(sectorOfIsco('2144')).toBe('technical');
    expect(sectorOfIsco('5321')).toBe('healthcare');
    expect(sectorOfIsco('5311')).toBe('other');
    expect(sectorOfIsco('9333')).toBe('logistics');
  });
});

async function* toAsync<T>(items: readonly T[]): AsyncGenerator<T> {
  for (const item of items) yield item;
}
