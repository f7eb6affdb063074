import { describe, expect, it } from 'vitest';
import { DEMO_CANDIDATE_COUNT, demoDataSet } from '../../../shared/demo/demo-data.js';
import { CandidateInputSchema } from '../../../shared/domain/candidate.js';
import { VacancyInputSchema } from '../../../shared/domain/vacancy.js';
import { unfairOrUnrealistic } from './fair-vacancy.js';

describe('demo data set', () => {
  const data = demoDataSet();

  it('is the same on every call', () => {
    expect(demoDataSet()).toEqual(data);
  });

  it('has named employers that own at least 24 valid vacancies', () => {
    expect(data.employers.length).toBeGreaterThanOrEqual(4);
    expect(data.employers.length).toBeLessThanOrEqual(6);
    expect(data.employers.map((e) => e.id)).toContain('emp-bouwgroep-vdb');
    expect(data.vacancies.length).toBeGreaterThanOrEqual(24);
    const employerIds = new Set(data.employers.map((e) => e.id));
    expect(new Set(data.vacancies.map((v) => v.ref)).size).toBe(data.vacancies.length);
    for (const vacancy of data.vacancies) {
      expect(employerIds.has(vacancy.ownerOrg), vacancy.ref).toBe(true);
      expect(unfairOrUnrealistic(VacancyInputSchema.parse(vacancy.input)), vacancy.ref).toEqual([]);
    }
    for (const employer of data.employers) {
      expect(
        data.vacancies.some((v) => v.ownerOrg === employer.id),
        employer.id,
      ).toBe(true);
    }
  });

  it('spans bottleneck and ordinary occupations', () => {
    const isco = new Set(data.vacancies.map((v) => v.input.occupation.isco));
    // Nurse, electrician, welder, truck driver, software developer, bricklayer; accountant, cook, warehouse worker.
    for (const code of ['2221', '7411', '7212', '8332', '2512', '7112', '2411', '5120', '9333']) {
      expect(isco.has(code), code).toBe(true);
    }
  });

  it('has 2,400 valid generated candidates with unique (PES, external id)', () => {
    expect(data.candidates).toHaveLength(DEMO_CANDIDATE_COUNT);
    const keys = new Set(data.candidates.map((c) => `${c.pes}/${c.externalId}`));
    expect(keys.size).toBe(DEMO_CANDIDATE_COUNT);
    for (const candidate of data.candidates) CandidateInputSchema.parse(candidate.input);
  });
});
