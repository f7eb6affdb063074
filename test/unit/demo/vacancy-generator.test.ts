import { describe, expect, it } from 'vitest';
import { generateVacancies } from '../../../shared/demo/vacancy-generator.js';
import { VacancyInputSchema } from '../../../shared/domain/vacancy.js';
import { builtInTaxonomy } from '../../../shared/taxonomy/built-in-taxonomy.js';
import { unfairOrUnrealistic } from './fair-vacancy.js';

const taxonomy = builtInTaxonomy();

describe('generateVacancies', () => {
  it('is deterministic per seed', () => {
    const first = [...generateVacancies({ seed: 5, count: 100 })];
    expect([...generateVacancies({ seed: 5, count: 100 })]).toEqual(first);
    expect([...generateVacancies({ seed: 6, count: 100 })]).not.toEqual(first);
    expect([...generateVacancies({ seed: 5, count: 10, start: 90 })]).toEqual(first.slice(90));
  });

  it('produces vacancies that pass the input schema (5,000), with resolvable skills and known ISCO codes', () => {
    for (const raw of generateVacancies({ seed: 1, count: 5_000 })) {
      const parsed = VacancyInputSchema.safeParse(raw);
      if (!parsed.success) throw new Error(`${raw.title}: ${JSON.stringify(parsed.error.issues)}`);
      const problems = unfairOrUnrealistic(parsed.data);
      if (!taxonomy.hasIsco(parsed.data.occupation.isco)) problems.push('unknown ISCO code');
      if (taxonomy.resolveSkills(parsed.data.requiredSkills, 'requiredSkills').unmapped.length > 0) {
        problems.push('unmapped required skill');
      }
      expect(problems, raw.title).toEqual([]);
    }
  });

  it('covers many occupations and every Flemish province', () => {
    const vacancies = [...generateVacancies({ seed: 3, count: 1_000 })].map((v) =>
      VacancyInputSchema.parse(v),
    );
    expect(new Set(vacancies.map((v) => v.occupation.isco)).size).toBeGreaterThan(40);
    expect(new Set(vacancies.map((v) => v.workplace.province)).size).toBe(5);
  });
});
