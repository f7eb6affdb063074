import { expect } from 'vitest';
import { validCandidate, validVacancy } from '../fixtures/api-bodies.js';
import type { Harness } from './api-harness.js';

/**
 * A small hand-built market for the insight tests, loaded through the API, with figures worked
 * out by hand (minScore 0.5 unless said otherwise).
 *
 * Demand: bricklayers (7112) 3 + 1 openings in 2 vacancies; nurses (2221) 2 openings in 1.
 *
 * Bricklayers need 2 of their 4 essential skills at 0.5 (bricklaying, technical-drawing-reading,
 * site-setting-out, vca-basic-safety):
 * - ring 1: VL-B1 qualifies (2 skills); VL-B2 has 1 skill (qualifies at 0.25 only);
 * - ring 2: BRU-B1; ring 3: NL-B1 (all four); ring 4: MA-B1, MA-B2 (2 skills each);
 * - MA-NOCONSENT has every skill but refused matching: never counted.
 * So 7112: 1 / 1 / 1 / 2 = 5 qualified for 4 openings: 1.25 per opening, Flanders fills 1 of 4.
 *
 * Nurses need 3 of 6 (patient-care, medication-administration, vital-signs-monitoring,
 * wound-care, care-documentation, infection-prevention):
 * - ring 1: VL-N1; ring 4: IN-N1 (India, Aurora agreement), NG-N1 (Nigeria, WHO list).
 * So 2221: 1 / 0 / 0 / 2 = 3 for 2 openings: 1.5 per opening, Flanders fills 1 of 2.
 */

const BRICKLAYER = ['bricklaying', 'technical-drawing-reading', 'site-setting-out', 'vca-basic-safety'];
const skills = (...ids: string[]) => ids.map((id) => ({ id }));
const bricklayer = (...ids: string[]) => ({
  occupations: [{ isco: '7112', yearsExperience: 4 }],
  skills: skills(...ids),
});
const nurse = (...ids: string[]) => ({
  occupations: [{ isco: '2221', yearsExperience: 4 }],
  skills: skills(...ids),
});
const flanders = { residence: { country: 'BE', region: 'BE-VLG' as const }, nationalities: ['BE'] };

type Upload = [externalId: string, pes: string, overrides: Parameters<typeof validCandidate>[0]];

const CANDIDATES: readonly Upload[] = [
  ['VL-B1', 'VDAB', { ...flanders, ...bricklayer('bricklaying', 'vca-basic-safety') }],
  ['VL-B2', 'VDAB', { ...flanders, ...bricklayer('bricklaying') }],
  [
    'BRU-B1',
    'ACTIRIS',
    {
      residence: { country: 'BE', region: 'BE-BRU' },
      nationalities: ['BE'],
      ...bricklayer('bricklaying', 'technical-drawing-reading'),
    },
  ],
  [
    'NL-B1',
    'EURES-NL',
    { residence: { country: 'NL' }, nationalities: ['NL'], ...bricklayer(...BRICKLAYER) },
  ],
  ['MA-B1', 'ANAPEC', bricklayer('bricklaying', 'site-setting-out')],
  ['MA-B2', 'ANAPEC', bricklayer('bricklaying', 'site-setting-out')],
  [
    'MA-NOCONSENT',
    'ANAPEC',
    { ...bricklayer(...BRICKLAYER), consent: { matching: false, recordedAt: '2026-01-15T10:00:00Z' } },
  ],
  ['VL-N1', 'VDAB', { ...flanders, ...nurse('patient-care', 'wound-care', 'infection-prevention') }],
  [
    'IN-N1',
    'AURORA',
    {
      residence: { country: 'IN' },
      nationalities: ['IN'],
      ...nurse('patient-care', 'medication-administration', 'vital-signs-monitoring'),
    },
  ],
  [
    'NG-N1',
    'IOM-MATCH',
    {
      residence: { country: 'NG' },
      nationalities: ['NG'],
      ...nurse('patient-care', 'medication-administration', 'vital-signs-monitoring', 'wound-care'),
    },
  ],
];

export interface InsightData {
  readonly vacancyIds: readonly string[];
  readonly candidateIds: readonly string[];
}

export async function loadInsightData(h: Harness): Promise<InsightData> {
  const candidateIds: string[] = [];
  for (const [externalId, pes, overrides] of CANDIDATES) {
    const res = await h.call('PUT', `/v1/candidates/by-external-id/${externalId}`, {
      as: ['pes', pes],
      body: validCandidate(overrides),
    });
    expect(res.status, `${externalId}: ${await res.clone().text()}`).toBe(201);
    candidateIds.push(((await res.json()) as { id: string }).id);
  }
  const vacancies: [[string, string], Parameters<typeof validVacancy>[0]][] = [
    [['employer', 'emp-bouwgroep'], { openings: 3 }],
    [['employer', 'emp-bouwgroep'], { openings: 1, title: 'Metselaar nieuwbouw' }],
    [
      ['employer', 'emp-zorgnet'],
      {
        title: 'Verpleegkundige woonzorgcentrum',
        occupation: { isco: '2221' },
        requiredSkills: skills('patient-care', 'medication-administration'),
        optionalSkills: [],
        employer: { name: 'Zorgnet Schelde', country: 'BE' },
        openings: 2,
      },
    ],
  ];
  const vacancyIds: string[] = [];
  for (const [as, overrides] of vacancies) {
    const res = await h.call('POST', '/v1/vacancies', { as, body: validVacancy(overrides) });
    expect(res.status, await res.clone().text()).toBe(201);
    vacancyIds.push(((await res.json()) as { id: string }).id);
  }
  return { vacancyIds, candidateIds };
}
