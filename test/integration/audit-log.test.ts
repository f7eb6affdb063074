import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditRecord, systemActor } from '../../shared/use-cases/audit-trail.js';
import { validCandidate, validVacancy } from '../fixtures/api-bodies.js';
import { ANAPEC, EMPLOYER, type Harness, startHarness } from '../support/api-harness.js';

const OPERATOR: [string, string] = ['operator', 'VDAB-OPS'];
let h: Harness;
let vacancyId: string;

type AuditPage = {
  items: {
    id: string;
    at: string;
    action: string;
    outcome?: string;
    actor: { org: string; role?: string };
    subject: { id: string; owner: string };
    decisions?: { ruleId: string; ruleVersion: string; inputsDigest: string; outcome: string }[];
    pairs?: { candidateId: string; decisionsDigest: string; blocked: boolean }[];
    ring?: number;
  }[];
  nextCursor?: string;
};

const auditQuery = async (query: string, as = OPERATOR) => {
  const res = await h.call('GET', `/v1/audit?${query}`, { as });
  expect(res.status).toBe(200);
  return (await res.json()) as AuditPage;
};

beforeAll(async () => {
  h = await startHarness();
  const created = await h.call('POST', '/v1/vacancies', { as: EMPLOYER, body: validVacancy() });
  vacancyId = ((await created.json()) as { id: string }).id;
  await h.call('PUT', '/v1/candidates/by-external-id/AUD-1', { as: ANAPEC, body: validCandidate() });
});
afterAll(async () => h.close());

describe('audit log', () => {
  it('records every intake rule decision with rule id, version, inputs digest and outcome', async () => {
    const { items } = await auditQuery(`subject=${vacancyId}`);
    const intake = items.find((r) => r.action === 'vacancy.intake');
    expect(intake).toMatchObject({ outcome: 'accepted', actor: { org: EMPLOYER[1], role: 'employer' } });
    expect(intake?.decisions?.length).toBeGreaterThan(5);
    for (const d of intake?.decisions ?? []) {
      expect(d.ruleId).toMatch(/^[A-Z]+(-\d+)?$/);
      expect(d.ruleVersion).not.toBe('');
      expect(d.inputsDigest).toMatch(/^[a-f0-9]{64}$/);
      expect(['pass', 'violation', 'not-applicable']).toContain(d.outcome);
    }
  });

  it('records a blocked intake too, although nothing was stored', async () => {
    const blocked = validVacancy({
      description: 'Kandidaten betalen eenmalig inschrijvingsgeld van 300 euro.',
      fairRecruitment: { ...validVacancy().fairRecruitment, workerPaysNothingDeclared: false },
    });
    expect((await h.call('POST', '/v1/vacancies', { as: EMPLOYER, body: blocked })).status).toBe(422);
    const { items } = await auditQuery(`actor=${EMPLOYER[1]}`);
    const record = items.find((r) => r.action === 'vacancy.intake' && r.outcome === 'blocked');
    expect(record?.decisions?.some((d) => d.ruleId === 'BE-01' && d.outcome === 'violation')).toBe(true);
  });

  it('records each ring of a match request with a decision digest per pair shown', async () => {
    const res = await h.call('POST', `/v1/vacancies/${vacancyId}/matches`, { as: EMPLOYER });
    if (res.status !== 200) console.log(await res.text());
    expect(res.status).toBe(200);
    const { items } = await auditQuery(`subject=${vacancyId}`);
    const rings = items.filter((r) => r.action === 'match.ranked');
    expect(rings.map((r) => r.ring).sort()).toEqual([1, 2, 3, 4]);
    const pairs = rings.flatMap((r) => r.pairs ?? []);
    expect(pairs.length).toBeGreaterThan(0);
    for (const p of pairs) expect(p.decisionsDigest).toMatch(/^[a-f0-9]{64}$/);
  });

  it('holds no personal data', async () => {
    const text = JSON.stringify(await auditQuery('limit=100'));
    const { personal } = validCandidate();
    for (const value of Object.values(personal ?? {})) expect(text).not.toContain(String(value));
  });

  it('pages in time order with a cursor', async () => {
    const seen: string[] = [];
    let cursor: string | undefined;
    do {
      const page = await auditQuery(`limit=1${cursor ? `&cursor=${cursor}` : ''}`);
      seen.push(...page.items.map((r) => r.at));
      cursor = page.nextCursor;
    } while (cursor);
    const all = await auditQuery('limit=100');
    expect(seen).toEqual(all.items.map((r) => r.at));
    expect([...seen].sort()).toEqual(seen);
  });

  it('filters by time window', async () => {
    const later = await auditQuery('from=2026-03-02T09:00:00.001Z&to=2026-03-03T00:00:00Z');
    expect(later.items).toEqual([]);
    const exact = await auditQuery(`subject=${vacancyId}&from=2026-03-02T09:00:00Z&to=2026-03-02T09:00:00Z`);
    expect(exact.items.length).toBeGreaterThan(0);
  });

  it('is append-only: a record id is never written twice', async () => {
    const record = auditRecord(h.deps.clock, systemActor('test'), 'candidate.expired', {
      kind: 'candidate',
      id: 'cand_000000000000000000000000',
      owner: 'ANAPEC',
    });
    await h.deps.audit.append([record]);
    await expect(h.deps.audit.append([{ ...record, reason: 'rewritten' }])).rejects.toMatchObject({
      name: 'ConditionalCheckFailedException',
    });
    const { items } = await auditQuery('subject=cand_000000000000000000000000');
    expect(items).toHaveLength(1);
    expect(items[0]).not.toHaveProperty('reason');
  });

  it('is for operators only, and refuses unbounded or malformed queries', async () => {
    expect((await h.call('GET', '/v1/audit', { as: EMPLOYER })).status).toBe(403);
    expect((await h.call('GET', '/v1/audit', { as: ANAPEC })).status).toBe(403);
    const wide = await h.call('GET', '/v1/audit?from=2025-01-01T00:00:00Z', { as: OPERATOR });
    expect(wide.status).toBe(400);
    const cursor = await h.call('GET', `/v1/audit?subject=${vacancyId}&cursor=bm9wZQ`, { as: OPERATOR });
    expect(cursor.status).toBe(400);
  });
});

describe('personal-data reads and changes on record', () => {
  it('records upserts, reads and list pages of candidates, by the PES, without personal data', async () => {
    const first = await h.call('PUT', '/v1/candidates/by-external-id/AUD-2', {
      as: ANAPEC,
      body: validCandidate(),
    });
    const { candidate } = (await first.json()) as { candidate: { id: string } };
    await h.call('PUT', '/v1/candidates/by-external-id/AUD-2', {
      as: ANAPEC,
      body: validCandidate({ workExperienceYears: 9 }),
    });
    await h.call('GET', `/v1/candidates/${candidate.id}`, { as: ANAPEC });
    const { items } = await auditQuery(`subject=${candidate.id}`);
    expect(items.map((r) => r.action).sort()).toEqual([
      'candidate.created',
      'candidate.read',
      'candidate.updated',
    ]);
    for (const r of items) expect(r.actor).toMatchObject({ role: 'pes', org: 'ANAPEC' });

    await h.call('GET', '/v1/candidates?limit=100', { as: ANAPEC });
    const lists = await auditQuery('subject=pes:ANAPEC');
    expect(lists.items.at(-1)).toMatchObject({ action: 'candidate.list' });
    expect((lists.items.at(-1) as { candidateIds?: string[] }).candidateIds).toContain(candidate.id);
  });
});
