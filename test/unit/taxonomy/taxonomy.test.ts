import { describe, expect, it } from 'vitest';
import { ValidationError } from '../../../shared/errors.js';
import { builtInTaxonomy } from '../../../shared/taxonomy/built-in-taxonomy.js';
import { ISCO_08_UNIT_GROUPS } from '../../../shared/taxonomy/isco-08.js';
import { normaliseTerm } from '../../../shared/taxonomy/normalise.js';
import { OCCUPATIONS } from '../../../shared/taxonomy/occupations-data.js';
import { SKILLS } from '../../../shared/taxonomy/skills-data.js';
import { Taxonomy } from '../../../shared/taxonomy/taxonomy.js';
import type { Skill } from '../../../shared/taxonomy/taxonomy-types.js';

const taxonomy = builtInTaxonomy();

describe('ISCO-08', () => {
  it('lists all 436 unit groups, with the ILO count per major group', () => {
    expect(ISCO_08_UNIT_GROUPS.size).toBe(436);
    const perMajor: Record<string, number> = {};
    for (const code of ISCO_08_UNIT_GROUPS.keys()) {
      expect(code).toMatch(/^\d{4}$/);
      perMajor[code[0] as string] = (perMajor[code[0] as string] ?? 0) + 1;
    }
    expect(perMajor).toEqual({ 0: 3, 1: 31, 2: 92, 3: 84, 4: 29, 5: 40, 6: 18, 7: 66, 8: 40, 9: 33 });
  });

  it('knows real codes and refuses made-up ones', () => {
    expect(taxonomy.hasIsco('7112')).toBe(true);
    expect(taxonomy.iscoTitle('7112')).toBe('Bricklayers and related workers');
    expect(taxonomy.hasIsco('2221')).toBe(true);
    expect(taxonomy.hasIsco('0110')).toBe(true);
    for (const unknown of ['7110', '9999', '2220', '1000', '711', '71121', 'abcd']) {
      expect(taxonomy.hasIsco(unknown), unknown).toBe(false);
    }
  });
});

describe('built-in vocabulary', () => {
  it('has unique kebab-case skill ids with labels in every locale', () => {
    const ids = SKILLS.map((s) => s.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const skill of SKILLS) {
      expect(skill.id).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
      expect(skill.labels.en && skill.labels.nl && skill.labels.fr, skill.id).toBeTruthy();
    }
    expect(SKILLS.length).toBeGreaterThanOrEqual(150);
  });

  it('never lets two skills claim the same term', () => {
    const owner = new Map<string, string>();
    for (const skill of SKILLS) {
      for (const term of allTerms(skill)) {
        const claimed = owner.get(term);
        expect(claimed === undefined || claimed === skill.id, `"${term}": ${claimed} and ${skill.id}`).toBe(
          true,
        );
        owner.set(term, skill.id);
      }
    }
  });

  it('files each occupation under a real ISCO code, once, with skills that exist', () => {
    const codes = OCCUPATIONS.map((o) => o.isco);
    expect(new Set(codes).size).toBe(codes.length);
    expect(OCCUPATIONS.length).toBeGreaterThanOrEqual(45);
    for (const occupation of OCCUPATIONS) {
      expect(taxonomy.hasIsco(occupation.isco), occupation.isco).toBe(true);
      expect(occupation.essentialSkills.length, occupation.isco).toBeGreaterThan(0);
      for (const id of [...occupation.essentialSkills, ...occupation.optionalSkills]) {
        expect(taxonomy.skill(id), `${occupation.isco} → ${id}`).toBeDefined();
      }
      const overlap = occupation.essentialSkills.filter((id) => occupation.optionalSkills.includes(id));
      expect(overlap, occupation.isco).toEqual([]);
    }
  });

  it('covers the bottleneck occupations the pilots recruited for', () => {
    for (const isco of [
      '7112',
      '7115',
      '7126',
      '7411',
      '7212',
      '7223',
      '7233',
      '8332',
      '8344',
      '9333',
      '2221',
      '5321',
      '2512',
      '2142',
    ]) {
      expect(taxonomy.occupation(isco), isco).toBeDefined();
    }
    expect(taxonomy.occupation('5321')?.labels.nl).toBe('zorgkundige');
  });

  it('is built once', () => {
    expect(builtInTaxonomy()).toBe(taxonomy);
  });
});

describe('skill resolution', () => {
  it('resolves by id', () => {
    expect(taxonomy.resolveSkill({ id: 'bricklaying' })).toEqual({
      key: 'bricklaying',
      label: 'bricklaying',
      mapped: true,
      esco: 'http://data.europa.eu/esco/skill/13e1c0a2-b90d-46f4-be51-11730360b38d',
    });
  });

  it('resolves by ESCO URI to the built-in key, so ESCO-coded input matches like key-coded input', () => {
    expect(
      taxonomy.resolveSkill({ esco: 'http://data.europa.eu/esco/skill/13e1c0a2-b90d-46f4-be51-11730360b38d' })
        .key,
    ).toBe('bricklaying');
    expect(
      taxonomy.resolveSkill({ esco: 'http://data.europa.eu/esco/skill/a51adea8-bf02-488a-a0d8-b0961caca5b0' })
        .key,
    ).toBe('welding-tig');
  });

  it('resolves Dutch and French labels and synonyms', () => {
    expect(taxonomy.resolveSkill({ label: 'metselen' }).key).toBe('bricklaying');
    expect(taxonomy.resolveSkill({ label: 'Metselwerk' }).key).toBe('bricklaying');
    expect(taxonomy.resolveSkill({ label: 'pose de briques' }).key).toBe('bricklaying');
    expect(taxonomy.resolveSkill({ label: 'masonry' }).key).toBe('bricklaying');
    expect(taxonomy.resolveSkill({ label: 'lasser TIG' }).mapped).toBe(false);
    expect(taxonomy.resolveSkill({ label: 'TIG-lassen' }).key).toBe('welding-tig');
    expect(taxonomy.resolveSkill({ label: 'rijbewijs CE' }).key).toBe('driving-licence-ce');
    expect(taxonomy.resolveSkill({ label: 'zorgdossier bijhouden' }).key).toBe('care-documentation');
  });

  it('ignores case, diacritics, punctuation and spacing', () => {
    for (const label of ['maçonnerie', 'maconnerie', 'MAÇONNERIE', '  Maçonnerie. ']) {
      expect(taxonomy.resolveSkill({ label }).key, label).toBe('bricklaying');
    }
    expect(taxonomy.resolveSkill({ label: 'soudage  MIG-MAG' }).key).toBe('welding-mig-mag');
    expect(taxonomy.resolveSkill({ label: 'patiëntenzorg' }).key).toBe(
      taxonomy.resolveSkill({ label: 'patientenzorg' }).key,
    );
    expect(normaliseTerm("Main-d'œuvre")).toBe('main d oeuvre');
  });

  it('keeps C# and C++ apart from each other and from a bare "C"', () => {
    expect(taxonomy.resolveSkill({ label: 'C#' }).key).toBe('csharp');
    expect(taxonomy.resolveSkill({ label: 'C++' })).toMatchObject({ key: 'label:c++', mapped: false });
    expect(taxonomy.resolveSkill({ label: 'C' }).mapped).toBe(false);
  });

  it('keeps unmapped free text, keyed on the normalised label, and reports it', () => {
    const result = taxonomy.resolveSkills(
      [
        { label: ' Bekisting met systeemkisten ' },
        { id: 'welding-tig' },
        { label: 'bekisting met SYSTEEMKISTEN' },
        { label: 'TIG welding' },
      ],
      'skills',
    );
    expect(result.skills).toEqual([
      {
        key: 'label:bekisting met systeemkisten',
        label: 'Bekisting met systeemkisten',
        mapped: false,
        esco: undefined,
      },
      {
        key: 'welding-tig',
        label: 'TIG welding',
        mapped: true,
        esco: 'http://data.europa.eu/esco/skill/a51adea8-bf02-488a-a0d8-b0961caca5b0',
      },
    ]);
    expect(result.unmapped).toEqual(['Bekisting met systeemkisten']);
  });

  it('reports an unknown id with its field path', () => {
    expect(taxonomy.tryResolveSkill({ id: 'brick-laying' })).toEqual({
      ok: false,
      problem: { field: 'id', message: "unknown skill id 'brick-laying'" },
    });
    const error = catchError(() =>
      taxonomy.resolveSkills([{ id: 'bricklaying' }, { id: 'nope' }, { id: 'also-nope' }], 'skills'),
    );
    expect(error).toBeInstanceOf(ValidationError);
    expect((error as ValidationError).issues.map((i) => i.field)).toEqual(['skills.1.id', 'skills.2.id']);
  });

  it('refuses an unknown ESCO URI without a label, but falls back to a label when given', () => {
    const esco = 'http://data.europa.eu/esco/skill/00000000-0000-4000-9000-000000000000';
    const error = catchError(() => taxonomy.resolveSkill({ esco }, 'requiredSkills.0'));
    expect((error as ValidationError).issues[0]?.field).toBe('requiredSkills.0.esco');
    expect(taxonomy.resolveSkill({ esco, label: 'metselen' })).toMatchObject({
      key: 'bricklaying',
      mapped: true,
    });
    expect(taxonomy.resolveSkill({ esco, label: 'voegen' })).toEqual({
      key: 'label:voegen',
      label: 'voegen',
      mapped: false,
      esco,
    });
  });

  it('lets a known id win over a label, and an unknown id fall back to its label', () => {
    expect(taxonomy.resolveSkill({ id: 'tiling', label: 'metselen' }).key).toBe('tiling');
    expect(taxonomy.resolveSkill({ id: 'not-a-skill', label: 'metselen' }).key).toBe('bricklaying');
  });

  it('treats a term two skills share as ambiguous: it maps to neither', () => {
    const skill = (id: string, nl: string, synonym: string): Skill => ({
      id,
      labels: { en: id, nl, fr: id },
      synonyms: { en: [], nl: [synonym], fr: [] },
    });
    const small = new Taxonomy(
      [],
      [skill('a', 'lassen a', 'lassen'), skill('b', 'lassen b', 'lassen'), skill('c', 'lassen', 'x')],
    );
    // Preferred label of c beats the synonyms of a and b.
    expect(small.resolveSkill({ label: 'lassen' }).key).toBe('c');
    const tie = new Taxonomy([], [skill('a', 'lassen a', 'lassen'), skill('b', 'lassen b', 'lassen')]);
    expect(tie.resolveSkill({ label: 'lassen' })).toMatchObject({ key: 'label:lassen', mapped: false });
  });
});

describe('labels, training modules and synonym rules', () => {
  it('labels a skill in the locale asked, and an unmapped one as given', () => {
    expect(taxonomy.skillLabel('bricklaying', 'nl')).toBe('metselen');
    expect(taxonomy.skillLabel('bricklaying', 'fr')).toBe('maçonnerie');
    expect(taxonomy.skillLabel('bricklaying')).toBe('bricklaying');
    const unmapped = taxonomy.resolveSkill({ label: 'Voegwerk' });
    expect(taxonomy.skillLabel(unmapped, 'fr')).toBe('Voegwerk');
    expect(taxonomy.skillLabel('label:voegwerk', 'nl')).toBe('voegwerk');
  });

  it('names the pre-departure module for a skill', () => {
    expect(taxonomy.trainingModule('vca-basic-safety')).toBe('VCA basic safety');
    expect(taxonomy.trainingModule('code-95')).toBe('Code 95 driver CPC');
    expect(taxonomy.trainingModule('welding-tig')).toBe('Welding TIG certification');
    expect(taxonomy.trainingModule('teamwork')).toBeUndefined();
    expect(taxonomy.trainingModule('label:voegwerk')).toBeUndefined();
  });

  // The index holds concept ids, not a synonym list (shared/adapters/opensearch/skill-text-analysis.ts):
  // every way of writing a skill must resolve to its id when a profile or a query is written.
  it('resolves every label and synonym of every skill, in every language and case, to its concept id', () => {
    const wrong: string[] = [];
    let texts = 0;
    for (const skill of SKILLS) {
      const written = Object.entries(skill.labels).flatMap(([lang, label]) => [
        label,
        ...(skill.synonyms[lang as keyof typeof skill.synonyms] ?? []),
      ]);
      for (const text of written) {
        for (const variant of [text, text.toUpperCase(), ` ${text.toLowerCase()} `]) {
          texts++;
          const [resolved] = taxonomy.resolveSkills([{ label: variant }], 'skills').skills;
          if (resolved?.key !== skill.id) wrong.push(`${variant} → ${resolved?.key}`);
        }
      }
    }
    expect(texts).toBeGreaterThan(SKILLS.length * 9);
    expect(wrong).toEqual([]);
  });
});

function allTerms(skill: Skill): string[] {
  return (['en', 'nl', 'fr'] as const).flatMap((l) =>
    [skill.labels[l], ...skill.synonyms[l]].map(normaliseTerm),
  );
}

function catchError(fn: () => unknown): unknown {
  try {
    fn();
  } catch (error) {
    return error;
  }
  throw new Error('expected an error');
}
