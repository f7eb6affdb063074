import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TensionReport } from '../../shared/insight/tension.js';
import type { SourcingPlan } from '../../shared/use-cases/insight-use-cases.js';
import { type Harness, startHarness } from '../support/api-harness.js';
import { type InsightData, loadInsightData } from '../support/insight-data.js';

const OPERATOR: [string, string] = ['operator', 'VDAB-OPS'];
const EMPLOYER: [string, string] = ['employer', 'emp-bouwgroep'];

let h: Harness;
let data: InsightData;

beforeAll(async () => {
  h = await startHarness({ rateLimit: false });
  data = await loadInsightData(h);
});
afterAll(async () => h.close());

async function get<T>(path: string, as = OPERATOR): Promise<T> {
  const res = await h.call('GET', path, { as });
  expect(res.status, await res.clone().text()).toBe(200);
  return (await res.json()) as T;
}

const ringCounts = (g: TensionReport['groups'][number] | undefined) => g?.rings.map((r) => r.candidates);

describe('GET /v1/insight/tension', () => {
  it('counts openings and qualified candidates per occupation and ring (ISCO unit groups)', async () => {
    const report = await get<TensionReport>('/v1/insight/tension?level=4&minScore=0.5');
    expect(report).toMatchObject({ asOf: '2026-03-02', level: 4, minScore: 0.5 });
    expect(report.groups.map((g) => [g.group, g.vacancies, g.openings, g.candidates, g.tension])).toEqual([
      ['7112', 2, 4, 5, 1.25],
      ['2221', 1, 2, 3, 1.5],
    ]);
    const [bricklayers, nurses] = report.groups;
    expect(ringCounts(bricklayers)).toEqual([1, 1, 1, 2]);
    expect(bricklayers?.rings.map((r) => r.tension)).toEqual([0.25, 0.25, 0.25, 0.5]);
    expect(bricklayers?.rings[3]?.countries).toEqual([{ country: 'MA', candidates: 2 }]);
    expect(bricklayers).toMatchObject({
      title: 'Bricklayers and related workers',
      flandersFillableOpenings: 1,
      flandersFillShare: 0.25,
    });
    expect(ringCounts(nurses)).toEqual([1, 0, 0, 2]);
    expect(nurses?.rings[3]?.countries).toEqual([
      { country: 'IN', candidates: 1 },
      { country: 'NG', candidates: 1 },
    ]);
    expect(nurses).toMatchObject({ flandersFillableOpenings: 1, flandersFillShare: 0.5 });
    expect(report.totals).toEqual({
      vacancies: 3,
      openings: 6,
      flandersFillableOpenings: 2,
      flandersFillShare: 0.333,
    });
  });

  it('rolls up to sub-major groups and follows the match-quality threshold', async () => {
    const strict = await get<TensionReport>('/v1/insight/tension?level=2&minScore=1');
    expect(strict.groups.map((g) => [g.group, g.title, ringCounts(g)])).toEqual([
      ['22', 'Health professionals', [0, 0, 0, 0]],
      ['71', 'Building and related trades workers, excluding electricians', [0, 0, 1, 0]],
    ]);
    const loose = await get<TensionReport>('/v1/insight/tension?level=2&minScore=0.25');
    const building = loose.groups.find((g) => g.group === '71');
    expect(ringCounts(building)).toEqual([2, 1, 1, 2]); // VL-B2's one skill of four now counts
    expect(building).toMatchObject({ flandersFillableOpenings: 2, flandersFillShare: 0.5 });
  });

  it('gives employers the same aggregates, never a candidate or vacancy id', async () => {
    const res = await h.call('GET', '/v1/insight/tension?level=4', { as: EMPLOYER });
    expect(res.status).toBe(200);
    const text = await res.text();
    for (const id of [...data.candidateIds, ...data.vacancyIds]) expect(text).not.toContain(id);
    expect(text).not.toContain('emp-zorgnet');
  });

  it.each([
    [['pes', 'VDAB'], 403],
    [['talent-pool', 'EU-TP'], 403],
  ] as const)('refuses %j', async (as, status) => {
    const res = await h.call('GET', '/v1/insight/tension', { as: [...as] });
    expect(res.status).toBe(status);
    expect(res.headers.get('content-type')).toContain('application/problem+json');
  });

  it.each([
    ['level=5', 'level'],
    ['level=x', 'level'],
    ['minScore=1.5', 'minScore'],
    ['minScore=-1', 'minScore'],
  ])('rejects %s', async (query, field) => {
    const res = await h.call('GET', `/v1/insight/tension?${query}`, { as: OPERATOR });
    expect(res.status).toBe(400);
    const problem = (await res.json()) as { errors: { field: string }[] };
    expect(problem.errors.map((e) => e.field)).toEqual([`query.${field}`]);
  });
});

describe('GET /v1/insight/sourcing-plan', () => {
  let plan: SourcingPlan;
  beforeAll(async () => {
    plan = await get<SourcingPlan>('/v1/insight/sourcing-plan?year=2026&minScore=0.5');
  });
  const occupation = (isco: string) => plan.occupations.find((o) => o.isco === isco);

  it('covers every occupation on the year’s bottleneck list', () => {
    expect(plan).toMatchObject({ year: 2026, asOf: '2026-03-02', list: { year: 2026, officialCount: 227 } });
    expect(plan.occupations.length).toBe(plan.list.mappedOccupations);
    expect(occupation('2221')?.demand).toEqual({ vacancies: 1, openings: 2 });
  });

  it('keeps nurses from the WHO safeguard list out of ring 4, and sources India under its agreement', () => {
    const nurses = occupation('2221');
    expect(nurses).toMatchObject({ health: true, regulated: true, thirdCountryRoute: true });
    const ring4 = nurses?.rings[3];
    expect(
      ring4?.countries.map((c) => [c.country, c.candidates, c.recommended, c.reason, c.agreements]),
    ).toEqual([
      ['IN', 1, true, 'partner-agreement', ['IN-AURORA']],
      ['NG', 1, false, 'who-safeguard', []],
    ]);
    expect(ring4).toMatchObject({ source: true, candidates: 2, reachableCandidates: 1 });
    // IN-N1 lacks wound care (a module), care documentation and infection prevention.
    expect(ring4?.trainingGaps.map((g) => [g.key, g.candidates, g.share])).toEqual([
      ['module:Wound care', 1, 1],
      ['skill:care-documentation', 1, 1],
      ['skill:infection-prevention', 1, 1],
    ]);
    expect(nurses?.routes.map((r) => [r.ruleId, r.status])).toEqual([
      ['BE-04', 'closed'],
      ['BE-03', 'closed'],
      ['BE-05', 'closed'],
      ['BE-06', 'open'],
    ]);
    // Reachable: Flanders 1 + India 1, for 2 openings.
    expect(nurses?.tension).toBe(1);
  });

  it('sources bricklayers from the partner countries of THAMM and the talent partnerships', () => {
    const bricklayers = occupation('7112');
    const ring4 = bricklayers?.rings[3];
    expect(ring4?.countries.map((c) => [c.country, c.candidates, c.reason])).toEqual([
      ['MA', 2, 'partner-agreement'],
      ['EG', 0, 'partner-agreement'],
      ['MD', 0, 'partner-agreement'],
      ['TN', 0, 'partner-agreement'],
    ]);
    expect(ring4?.trainingGaps.map((g) => [g.key, g.candidates])).toEqual([
      ['module:Reading technical drawings', 2],
      ['module:VCA basic safety', 2],
    ]);
    expect(bricklayers?.rings.map((r) => [r.ring, r.source, r.reachableCandidates])).toEqual([
      [1, true, 1],
      [2, true, 1],
      [3, true, 1],
      [4, true, 2],
    ]);
  });

  it('counts who can start when: per ring, within 1, 3, 6 and 12 months of asOf', () => {
    expect(plan.startWindows.windows).toEqual([
      { months: 1, by: '2026-04-02' },
      { months: 3, by: '2026-06-02' },
      { months: 6, by: '2026-09-02' },
      { months: 12, by: '2027-03-02' },
    ]);
    expect(plan.startWindows.unverified).toBe(true);
    const counts = (isco: string) =>
      occupation(isco)?.rings.map((r) => r.startWindows?.map((w) => w.candidates));
    // Worked out in test/integration/insight-report-chromium.test.ts: NL-B1 starts 2026-04-03,
    // MA-B1, MA-B2 and IN-N1 on 2026-08-05.
    expect(counts('7112')).toEqual([
      [1, 1, 1, 1],
      [1, 1, 1, 1],
      [0, 1, 1, 1],
      [0, 0, 2, 2],
    ]);
    expect(counts('2221')).toEqual([
      [1, 1, 1, 1],
      [0, 0, 0, 0],
      [0, 0, 0, 0],
      [0, 0, 1, 1],
    ]);
    // A listed occupation without open vacancies has nothing to start in.
    const idle = plan.occupations.find((o) => o.demand.vacancies === 0);
    expect(idle?.rings.map((r) => r.startWindows)).toEqual([null, null, null, null]);
  });

  it('404s a year without a bottleneck list', async () => {
    const res = await h.call('GET', '/v1/insight/sourcing-plan?year=2020', { as: OPERATOR });
    expect(res.status).toBe(404);
  });
});

describe('GET /v1/insight/report', () => {
  it('is one HTML page with inline SVG charts, no script, and a CSP that allows none', async () => {
    const res = await h.call('GET', '/v1/insight/report?level=4&minScore=0.5&year=2026', { as: EMPLOYER });
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toMatch(/^text\/html/);
    expect(res.headers.get('content-security-policy')).toContain("default-src 'none'");
    const html = await res.text();
    expect(html).not.toMatch(/<script|<link|<img|@import|url\(/i);
    expect(html).toContain('data-ring="1" data-value="2"'); // ring 1 over every group: 1 + 1
    expect(html).toContain('data-group="7112" data-ring="4" data-value="2"');
    for (const id of [...data.candidateIds, ...data.vacancyIds]) expect(html).not.toContain(id);
  });

  it('is refused to an employment service', async () => {
    const res = await h.call('GET', '/v1/insight/report', { as: ['pes', 'VDAB'] });
    expect(res.status).toBe(403);
  });
});

// Last: it changes the data the other tests read.
describe('demand', () => {
  it('drops a closed vacancy from demand', async () => {
    const second = data.vacancyIds[1] as string;
    const closed = await h.call('POST', `/v1/vacancies/${second}/close`, { as: EMPLOYER });
    expect(closed.status).toBe(200);
    const report = await get<TensionReport>('/v1/insight/tension?level=4');
    expect(report.groups.find((g) => g.group === '7112')).toMatchObject({
      vacancies: 1,
      openings: 3,
      tension: 1.67,
    });
  });
});
