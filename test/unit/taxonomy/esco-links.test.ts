import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseCsv } from '../../../shared/taxonomy/csv.js';
import { OCCUPATION_ESCO, SKILL_ESCO } from '../../../shared/taxonomy/esco-links-data.js';
import { OCCUPATIONS } from '../../../shared/taxonomy/occupations-data.js';
import { SKILLS } from '../../../shared/taxonomy/skills-data.js';

/** Real ESCO rows (test/fixtures/esco/real-en/README.md), keyed by URI. */
const REAL = join(import.meta.dirname, '../../fixtures/esco/real-en');
const rowsOf = (file: string) => {
  const [header, ...rows] = parseCsv(readFileSync(join(REAL, file), 'utf8'));
  return rows.map((row) => Object.fromEntries((header ?? []).map((column, i) => [column, row[i] ?? ''])));
};
const realOccupations = new Map(rowsOf('occupations_en.csv').map((row) => [row.conceptUri, row]));
const realSkills = new Map(rowsOf('skills_en_text.csv').map((row) => [row.id, row.description ?? '']));

describe('ESCO links of the built-in vocabulary', () => {
  it('gives every occupation an ESCO URI or an explicit reason why none fits', () => {
    for (const occupation of OCCUPATIONS) {
      const decided = occupation.esco !== undefined || (occupation.escoGap ?? '').length > 20;
      expect(decided, occupation.isco).toBe(true);
    }
    expect(Object.keys(OCCUPATION_ESCO).sort()).toEqual(OCCUPATIONS.map((o) => o.isco).sort());
    expect(OCCUPATIONS.find((o) => o.isco === '3221')?.escoGap).toMatch(/no occupation under ISCO-08 3221/);
  });

  it('gives every skill an ESCO URI or an explicit reason why none fits', () => {
    for (const skill of SKILLS) {
      const decided = skill.esco !== undefined || (skill.escoGap ?? '').length > 20;
      expect(decided, skill.id).toBe(true);
    }
    expect(Object.keys(SKILL_ESCO).sort()).toEqual(SKILLS.map((s) => s.id).sort());
    expect(SKILLS.find((s) => s.id === 'driving-licence-c')?.escoGap).toMatch(/licences, not ESCO skills/);
  });

  it('uses real ESCO occupation URIs, filed under the same ISCO-08 unit group', () => {
    for (const occupation of OCCUPATIONS.filter((o) => o.esco)) {
      const real = realOccupations.get(occupation.esco ?? '');
      expect(real?.iscoGroup, `${occupation.isco} ${occupation.esco}`).toBe(occupation.isco);
      const link = OCCUPATION_ESCO[occupation.isco];
      expect(link && link.uri !== null && link.label).toBe(real?.preferredLabel);
    }
    expect(realOccupations.get(OCCUPATIONS.find((o) => o.isco === '7112')?.esco ?? '')?.preferredLabel).toBe(
      'bricklayer',
    );
  });

  it('uses real ESCO skill URIs, each for one built-in skill only', () => {
    const mapped = SKILLS.filter((s) => s.esco);
    for (const skill of mapped) expect(realSkills.has(skill.esco ?? ''), skill.id).toBe(true);
    expect(new Set(mapped.map((s) => s.esco)).size).toBe(mapped.length);
    // Spot checks, by the ESCO text each URI names.
    const text = (id: string) => realSkills.get(SKILLS.find((s) => s.id === id)?.esco ?? '') ?? '';
    expect(text('bricklaying')).toMatch(/^lay bricks /);
    expect(text('forklift-operation')).toMatch(/^operate forklift /);
    expect(text('welding-tig')).toMatch(/^perform tungsten inert gas welding /);
    expect(text('python')).toMatch(/^Python \(computer programming\)/);
  });
});
