import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { validCandidate, validVacancy } from '../fixtures/api-bodies.js';
import { ANAPEC, EMPLOYER, type Harness, startHarness } from '../support/api-harness.js';

let h: Harness;
let vacancyId: string;

beforeAll(async () => {
  h = await startHarness();
  const put = await h.call('PUT', '/v1/candidates/by-external-id/MA-BRICK-1', {
    as: ANAPEC,
    body: validCandidate(),
  });
  expect(put.status).toBe(201);
  const res = await h.call('POST', '/v1/vacancies', {
    as: EMPLOYER,
    body: validVacancy({ requiredSkills: [{ label: 'bricklaying' }, { label: 'VCA basic safety' }] }),
  });
  expect(res.status).toBe(201);
  vacancyId = ((await res.json()) as { id: string }).id;
});
afterAll(async () => h.close());

type Programme = { trainingProgramme: { key: string; label: string }[] };

describe('training suggestions in the locale asked', () => {
  it.each([
    ['nl', 'VCA basisveiligheid'],
    ['fr', 'VCA sécurité de base'],
    ['en', 'VCA basic safety'],
  ])('locale=%s labels the VCA module %s', async (locale, label) => {
    const res = await h.call('POST', `/v1/vacancies/${vacancyId}/matches?locale=${locale}`, { as: EMPLOYER });
    expect(res.status).toBe(200);
    const vca = ((await res.json()) as Programme).trainingProgramme.filter(
      (t) => t.key === 'module:VCA basic safety',
    );
    expect(vca.map((t) => t.label)).toEqual([label]);
  });
});
