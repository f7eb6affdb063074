import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { validCandidate, validVacancy } from '../fixtures/api-bodies.js';
import { ANAPEC, EMPLOYER, type Harness, startHarness, VDAB } from '../support/api-harness.js';

/**
 * Start dates through the match API, on the harness's 2 March 2026, for the bricklayer vacancy
 * (ISCO 7112, Dutch A2, start 1 September 2026; medium-skilled route for third-country
 * nationals). Worked out by hand from the 2026 figures (shared/start-date/data):
 * - VL-NOW (Flanders, Belgian, Dutch A2): nothing to wait for: 2026-03-02;
 * - VL-LATER: the same, available from 2026-10-01: 2026-10-01 (late by 30 days);
 * - NL-1 (Netherlands): civic orientation in progress 30 h = 18 days, + 14 relocation: 2026-04-03;
 * - MA-1 (Morocco): single permit 120 + visa 15 = 135 days beats 18 days of training, + 21
 *   relocation = 156 days: 2026-08-05.
 */

let h: Harness;
let vacancyId: string;

const flemish = { residence: { country: 'BE', region: 'BE-VLG' as const }, nationalities: ['BE'] };
const CANDIDATES: [string, [string, string], Parameters<typeof validCandidate>[0]][] = [
  ['VL-NOW', VDAB, flemish],
  ['VL-LATER', VDAB, { ...flemish, availableFrom: '2026-10-01' }],
  ['NL-1', ['pes', 'EURES-NL'], { residence: { country: 'NL' }, nationalities: ['NL'] }],
  ['MA-1', ANAPEC, {}],
];
const ids = new Map<string, string>();

beforeAll(async () => {
  h = await startHarness();
  for (const [externalId, pes, overrides] of CANDIDATES) {
    const res = await h.call('PUT', `/v1/candidates/by-external-id/${externalId}`, {
      as: pes,
      body: validCandidate(overrides),
    });
    expect(res.status).toBe(201);
    ids.set(((await res.json()) as { candidate: { id: string } }).candidate.id, externalId);
  }
  const res = await h.call('POST', '/v1/vacancies', { as: EMPLOYER, body: validVacancy() });
  vacancyId = ((await res.json()) as { id: string }).id;
});
afterAll(async () => h.close());

interface Start {
  earliestStart: string | null;
  onTime: boolean | null;
  daysLate: number | null;
  parts: { part: string; days: number; source: { dataset: string } }[];
}
interface Matches {
  rings: {
    ring: number;
    total: number;
    exclusions: Record<string, number>;
    matches: { candidateId: string; start: Start }[];
    startDates: { candidates: number; median: string | null; earliest: string | null; latest: string | null };
  }[];
  exclusions: Record<string, number>;
}

async function match(query = ''): Promise<Matches> {
  const res = await h.call('POST', `/v1/vacancies/${vacancyId}/matches${query}`, { as: EMPLOYER });
  expect(res.status).toBe(200);
  return (await res.json()) as Matches;
}

const startsOf = (body: Matches) =>
  Object.fromEntries(
    body.rings.flatMap((r) => r.matches.map((m) => [ids.get(m.candidateId), m.start.earliestStart])),
  );

describe('every match carries its earliest start', () => {
  it('with the hand-computed dates', async () => {
    expect(startsOf(await match())).toEqual({
      'VL-NOW': '2026-03-02',
      'VL-LATER': '2026-10-01',
      'NL-1': '2026-04-03',
      'MA-1': '2026-08-05',
    });
  });

  it('judged against the vacancy start date, each part naming its data', async () => {
    const body = await match();
    const all = body.rings.flatMap((r) => r.matches);
    const byId = (externalId: string) =>
      all.find((m) => ids.get(m.candidateId) === externalId)?.start as Start;
    expect(byId('VL-LATER')).toMatchObject({ onTime: false, daysLate: 30 });
    const ma = byId('MA-1');
    expect(ma).toMatchObject({ onTime: true, daysLate: 0 });
    expect(ma.parts.map((p) => [p.part, p.days, p.source.dataset])).toEqual([
      ['permit', 120, 'processing-times-2026'],
      ['visa', 15, 'processing-times-2026'],
      ['civic-orientation', 18, 'training-hours-2026'],
      ['relocation', 21, 'processing-times-2026'],
    ]);
  });

  it('and each ring summarises the median and range of its start dates', async () => {
    const ring1 = (await match()).rings.find((r) => r.ring === 1);
    expect(ring1?.startDates).toEqual({
      candidates: 2,
      median: '2026-03-02',
      earliest: '2026-03-02',
      latest: '2026-10-01',
      unverified: false,
      covers: 'all-qualified',
    });
  });

  it('over every qualified candidate, not only the top k returned', async () => {
    const body = await match('?topK=1');
    const ring1 = body.rings.find((r) => r.ring === 1);
    expect(ring1?.matches).toHaveLength(1);
    // The same two candidates, counted by the engine: the dates agree; which figures each date
    // rests on the counts cannot tell, so any unverified figure marks the summary.
    expect(ring1?.startDates).toEqual({
      candidates: 2,
      median: '2026-03-02',
      earliest: '2026-03-02',
      latest: '2026-10-01',
      unverified: true,
      covers: 'all-qualified',
    });
    const ring4 = body.rings.find((r) => r.ring === 4);
    const full = (await match()).rings.find((r) => r.ring === 4);
    expect(ring4?.startDates.candidates).toBe(full?.startDates.candidates);
    expect([ring4?.startDates.median, ring4?.startDates.latest]).toEqual([
      full?.startDates.median,
      full?.startDates.latest,
    ]);
  });
});

describe('canStartBy filters in the engine', () => {
  it.each([
    ['2026-06-01', ['NL-1', 'VL-NOW'], { 1: 1, 2: 0, 3: 0, 4: 1 }],
    ['2026-08-04', ['NL-1', 'VL-NOW'], { 1: 1, 2: 0, 3: 0, 4: 1 }],
    ['2026-08-05', ['MA-1', 'NL-1', 'VL-NOW'], { 1: 1, 2: 0, 3: 0, 4: 0 }],
    ['2026-10-01', ['MA-1', 'NL-1', 'VL-LATER', 'VL-NOW'], { 1: 0, 2: 0, 3: 0, 4: 0 }],
  ])('by %s', async (by, expected, excluded) => {
    const body = await match(`?canStartBy=${by}`);
    expect(Object.keys(startsOf(body)).sort()).toEqual(expected);
    for (const ring of body.rings) {
      expect(ring.exclusions['CAN-START-BY'], `ring ${ring.ring}`).toBe(excluded[ring.ring as 1 | 2 | 3 | 4]);
      for (const m of ring.matches) expect((m.start.earliestStart as string) <= by).toBe(true);
    }
  });

  it('refuses a date that is not a date, naming the field', async () => {
    const res = await h.call('POST', `/v1/vacancies/${vacancyId}/matches?canStartBy=soon`, { as: EMPLOYER });
    expect(res.status).toBe(400);
    expect(JSON.stringify(await res.json())).toContain('canStartBy');
  });
});
