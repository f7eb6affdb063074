import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { BelgianRegion } from '../../shared/domain/geography.js';
import { validCandidate, validVacancy } from '../fixtures/api-bodies.js';
import { EMPLOYER, type Harness, startHarness, VDAB } from '../support/api-harness.js';

/**
 * Every candidate a ring leaves out is counted: ring 4 holds every third-country resident a
 * partner employment service uploaded, and WHO-01 (residence on the WHO safeguards list) and
 * CM-02 (no partner agreement covers the occupation) count the ones they exclude.
 */

let h: Harness;
let nurseVacancyId: string;

type Ring = {
  ring: number;
  total: number;
  exclusions: Record<string, number>;
  matches: { candidateId: string }[];
};
type Matches = { rings: Ring[]; exclusions: Record<string, number> };

const nurseCandidate = (residence: { country: string; region?: BelgianRegion }, nationalities: string[]) =>
  validCandidate({
    residence,
    nationalities,
    occupations: [{ isco: '2221', yearsExperience: 5 }],
    skills: [{ label: 'nursing care' }],
    languages: [
      { language: 'en', level: 'C1' },
      { language: 'nl', level: 'B1' },
    ],
    education: {
      iscedLevel: 6,
      field: 'Nursing',
      diplomaCountry: 'NG',
      diplomaRecognition: 'specific-equivalence',
    },
  });

const ring = async (n: number): Promise<Ring> => {
  const res = await h.call('POST', `/v1/vacancies/${nurseVacancyId}/matches`, { as: EMPLOYER });
  expect(res.status).toBe(200);
  const found = ((await res.json()) as Matches).rings.find((r) => r.ring === n);
  if (!found) throw new Error(`ring ${n} not searched`);
  return found;
};

beforeAll(async () => {
  h = await startHarness();
  const res = await h.call('POST', '/v1/vacancies', {
    as: EMPLOYER,
    body: validVacancy({
      title: 'Verpleegkundige',
      description: 'Verpleegkundige in een woonzorgcentrum.',
      occupation: { isco: '2221' },
      requiredSkills: [{ label: 'nursing care' }],
      optionalSkills: [],
    }),
  });
  expect(res.status).toBe(201);
  const body = (await res.json()) as { id: string; bottleneck: boolean };
  expect(body.bottleneck).toBe(true);
  nurseVacancyId = body.id;
});
afterAll(async () => h.close());

describe('ring 4 counts every exclusion (WHO-01, CM-02)', () => {
  it('counts a Nigeria-resident nurse uploaded by a partner PES under WHO-01 and CM-02', async () => {
    const before = await ring(4);
    const put = await h.call('PUT', '/v1/candidates/by-external-id/NG-NURSE-1', {
      as: ['pes', 'IOM-MATCH'],
      body: nurseCandidate({ country: 'NG' }, ['NG']),
    });
    expect(put.status).toBe(201);
    const after = await ring(4);
    expect(after.exclusions['WHO-01']).toBe((before.exclusions['WHO-01'] ?? 0) + 1);
    expect(after.exclusions['CM-02']).toBe((before.exclusions['CM-02'] ?? 0) + 1);
    expect(after.total).toBe(before.total);
  });

  it('matches a nurse of Nigerian nationality who lives in Flanders (no WHO-01 on nationality)', async () => {
    const put = await h.call('PUT', '/v1/candidates/by-external-id/VL-NURSE-NG', {
      as: VDAB,
      body: nurseCandidate({ country: 'BE', region: 'BE-VLG' }, ['NG']),
    });
    expect(put.status).toBe(201);
    const id = ((await put.json()) as { candidate: { id: string } }).candidate.id;
    const flanders = await ring(1);
    expect(flanders.matches.map((m) => m.candidateId)).toContain(id);
    expect(flanders.exclusions['WHO-01']).toBe(0);
  });
});
