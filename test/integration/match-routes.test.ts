import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { MatchEngine, RankRequest } from '../../shared/matching/match-engine.js';
import { matchVacancy } from '../../shared/use-cases/match-vacancy.js';
import { validCandidate, validVacancy } from '../fixtures/api-bodies.js';
import { ANAPEC, EMPLOYER, type Harness, startHarness, VDAB } from '../support/api-harness.js';

let h: Harness;
let bottleneckId: string;
let otherId: string;

const residents: [string, [string, string], Parameters<typeof validCandidate>[0]][] = [
  ['VL-1', VDAB, { residence: { country: 'BE', region: 'BE-VLG' }, nationalities: ['BE'] }],
  [
    'VL-2',
    VDAB,
    { residence: { country: 'BE', region: 'BE-VLG' }, nationalities: ['BE'], workExperienceYears: 1 },
  ],
  ['BRU-1', ['pes', 'ACTIRIS'], { residence: { country: 'BE', region: 'BE-BRU' }, nationalities: ['BE'] }],
  ['NL-1', ['pes', 'EURES-NL'], { residence: { country: 'NL' }, nationalities: ['NL'] }],
  ['MA-1', ANAPEC, {}],
  ['MA-NOCONSENT', ANAPEC, { consent: { matching: false, recordedAt: '2026-01-15T10:00:00Z' } }],
];

beforeAll(async () => {
  h = await startHarness();
  for (const [externalId, pes, overrides] of residents) {
    const res = await h.call('PUT', `/v1/candidates/by-external-id/${externalId}`, {
      as: pes,
      body: validCandidate(overrides),
    });
    expect(res.status).toBe(201);
  }
  const bottleneck = await h.call('POST', '/v1/vacancies', { as: EMPLOYER, body: validVacancy() });
  const body = (await bottleneck.json()) as { id: string; bottleneck: boolean };
  expect(body.bottleneck).toBe(true);
  bottleneckId = body.id;
  // Accountant-like office job: not on the bottleneck list used here (ISCO 4110 general office clerks).
  const other = await h.call('POST', '/v1/vacancies', {
    as: EMPLOYER,
    body: validVacancy({
      title: 'Bediende administratie',
      occupation: { isco: '4110' },
      requiredSkills: [{ label: 'bricklaying' }],
    }),
  });
  const otherBody = (await other.json()) as { id: string; bottleneck: boolean };
  expect(otherBody.bottleneck).toBe(false);
  otherId = otherBody.id;
});
afterAll(async () => h.close());

type Matches = {
  ringsSearched: number[];
  rings: {
    ring: number;
    total: number;
    matches: { candidateId: string; ring: number; explanation: { matchedSkills: string[] } }[];
  }[];
  exclusions: Record<string, number>;
};

const match = async (id: string, query = '', as = EMPLOYER) => {
  const res = await h.call('POST', `/v1/vacancies/${id}/matches${query}`, { as });
  expect(res.status).toBe(200);
  return (await res.json()) as Matches;
};

describe('matching through the API', () => {
  it('searches all four rings for a bottleneck vacancy and reports consent exclusions', async () => {
    const result = await match(bottleneckId);
    expect(result.ringsSearched).toEqual([1, 2, 3, 4]);
    expect(result.rings.map((r) => r.total)).toEqual([2, 1, 1, 1]);
    for (const ring of result.rings) for (const m of ring.matches) expect(m.ring).toBe(ring.ring);
    expect(result.exclusions.CONSENT).toBe(1);
  });

  it('searches Flanders only for a non-bottleneck vacancy', async () => {
    const result = await match(otherId);
    expect(result.ringsSearched).toEqual([1]);
  });

  it('sequential mode stops at the first ring that satisfies the requested count', async () => {
    expect((await match(bottleneckId, '?mode=sequential&wanted=2')).ringsSearched).toEqual([1]);
    expect((await match(bottleneckId, '?mode=sequential&wanted=3')).ringsSearched).toEqual([1, 2]);
    expect((await match(bottleneckId, '?mode=sequential&wanted=50')).ringsSearched).toEqual([1, 2, 3, 4]);
  });

  it('explains matches in the language asked, falling back to English', async () => {
    const nl = await match(bottleneckId, '?locale=nl');
    const fr = await match(bottleneckId, '?locale=fr');
    const firstNl = nl.rings[0]?.matches[0]?.explanation.matchedSkills ?? [];
    const firstFr = fr.rings[0]?.matches[0]?.explanation.matchedSkills ?? [];
    expect(firstNl).toContain('metselen');
    expect(firstFr).toContain('maçonnerie');
  });

  it('an employment service sees only its own candidates', async () => {
    const result = await match(bottleneckId, '', ANAPEC);
    const ids = result.rings.flatMap((r) => r.matches.map((m) => m.candidateId));
    expect(ids).toHaveLength(1);
    expect(result.rings.map((r) => r.total)).toEqual([0, 0, 0, 1]);
  });

  it("refuses another employer's vacancy", async () => {
    const res = await h.call('POST', `/v1/vacancies/${bottleneckId}/matches`, {
      as: ['employer', 'emp-other'],
    });
    expect(res.status).toBe(404);
  });

  it('runs the ring queries concurrently: total latency is close to the slowest ring, not the sum', async () => {
    const delays: Record<number, number> = { 1: 60, 2: 120, 3: 180, 4: 240 };
    const inner = h.deps.matcher;
    const slow: MatchEngine = {
      rank: async (request: RankRequest) => {
        await new Promise((resolve) => setTimeout(resolve, delays[request.ring.ring]));
        return inner.rank(request);
      },
    };
    const caller = { role: 'employer' as const, org: EMPLOYER[1], subject: 't', scopes: [] };
    const options = { topK: 5, locale: 'en' as const, wanted: 1000 };
    const t0 = performance.now();
    await matchVacancy({ ...h.deps, matcher: slow }, caller, bottleneckId, { ...options, mode: 'parallel' });
    const parallel = performance.now() - t0;
    const t1 = performance.now();
    await matchVacancy({ ...h.deps, matcher: slow }, caller, bottleneckId, {
      ...options,
      mode: 'sequential',
    });
    const sequential = performance.now() - t1;
    console.log(
      `ring latency: parallel ${parallel.toFixed(0)} ms, sequential ${sequential.toFixed(0)} ms (slowest ring 240, sum 600)`,
    );
    expect(parallel).toBeLessThan(240 + 150);
    expect(sequential).toBeGreaterThanOrEqual(600);
  });

  it('answers 503 problem+json when the engine is down', async () => {
    const down: MatchEngine = { rank: async () => Promise.reject(new Error('connect ECONNREFUSED')) };
    const caller = { role: 'employer' as const, org: EMPLOYER[1], subject: 't', scopes: [] };
    await expect(
      matchVacancy({ ...h.deps, matcher: down }, caller, bottleneckId, {
        topK: 5,
        locale: 'en',
        wanted: 5,
        mode: 'parallel',
      }),
    ).rejects.toMatchObject({ status: 503 });
  });
});

describe('rules endpoints', () => {
  it('lists every rule with version and source', async () => {
    const res = await h.call('GET', '/v1/rules', { as: EMPLOYER });
    const body = (await res.json()) as { items: { id: string; version: string; source: { url: string } }[] };
    const ids = body.items.map((r) => r.id);
    for (const id of [
      'FR-01',
      'FR-12',
      'BE-01',
      'FM-01',
      'FM-02',
      'BE-03',
      'BE-04',
      'BE-05',
      'BE-06',
      'BE-07',
      'WHO-01',
      'CM-01',
    ]) {
      expect(ids).toContain(id);
    }
    for (const rule of body.items) expect(rule.source.url).toMatch(/^https?:\/\//);
  });

  it('dry-runs the intake rules without storing anything', async () => {
    const before = (
      (await (await h.call('GET', '/v1/vacancies?limit=100', { as: EMPLOYER })).json()) as {
        items: unknown[];
      }
    ).items.length;
    const feeVacancy = validVacancy({
      description: 'Kandidaten betalen eenmalig inschrijvingsgeld van 300 euro.',
      fairRecruitment: { ...validVacancy().fairRecruitment, workerPaysNothingDeclared: false },
    });
    const res = await h.call('POST', '/v1/rules/dry-run', { as: EMPLOYER, body: feeVacancy });
    expect(res.status).toBe(200);
    const body = (await res.json()) as { accepted: boolean; blocking: { ruleId: string }[] };
    expect(body.accepted).toBe(false);
    expect(body.blocking.map((b) => b.ruleId)).toContain('BE-01');
    const stored = await h.call('POST', '/v1/vacancies', { as: EMPLOYER, body: feeVacancy });
    expect(stored.status).toBe(422);
    const problem = (await stored.json()) as { violations: { ruleId: string; source: { url: string } }[] };
    expect(problem.violations.map((v) => v.ruleId)).toContain('BE-01');
    const after = (
      (await (await h.call('GET', '/v1/vacancies?limit=100', { as: EMPLOYER })).json()) as {
        items: unknown[];
      }
    ).items.length;
    expect(after).toBe(before);
  });
});
