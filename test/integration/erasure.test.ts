import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CandidateProfile } from '../../shared/domain/candidate.js';
import { expireCandidates } from '../../shared/use-cases/erasure-use-cases.js';
import { validVacancy } from '../fixtures/api-bodies.js';
import { ANAPEC, EMPLOYER, type Harness, startHarness } from '../support/api-harness.js';
import { markedCandidate, personalMarkers, scanTable } from '../support/erasure-checks.js';

const OPERATOR: [string, string] = ['operator', 'VDAB-OPS'];
let h: Harness;
let vacancyId: string;

async function upsert(externalId: string, marker: string): Promise<string> {
  const res = await h.call('PUT', `/v1/candidates/by-external-id/${externalId}`, {
    as: ANAPEC,
    body: markedCandidate(marker),
  });
  expect(res.status).toBe(201);
  return ((await res.json()) as { candidate: { id: string } }).candidate.id;
}

async function matchedIds(): Promise<string[]> {
  const res = await h.call('POST', `/v1/vacancies/${vacancyId}/matches?topK=100`, { as: EMPLOYER });
  const body = (await res.json()) as { rings: { matches: { candidateId: string }[] }[] };
  return body.rings.flatMap((r) => r.matches.map((m) => m.candidateId));
}

async function auditOf(id: string) {
  const res = await h.call('GET', `/v1/audit?subject=${id}`, { as: OPERATOR });
  return ((await res.json()) as { items: Record<string, unknown>[] }).items;
}

/** After erasure: nothing personal anywhere in the table; the id only in tombstones. */
async function expectErasedEverywhere(id: string, markers: string[]) {
  const items = await scanTable(h.dynamo.client, h.dynamo.tableName);
  for (const item of items) {
    const text = JSON.stringify(item);
    for (const marker of markers) expect(text, `item ${item.PK}/${item.SK}`).not.toContain(marker);
    if (text.includes(id))
      expect(['candidate-erased', 'audit', 'feed-intent', 'feed-entry']).toContain(item.entity);
  }
  expect(items.some((i) => i.entity === 'candidate' && JSON.stringify(i).includes(id))).toBe(false);
  expect(await h.deps.search.get(id)).toBeUndefined();
  expect(await h.deps.search.ids()).not.toContain(id);
  expect(await matchedIds()).not.toContain(id);
  expect((await h.call('GET', `/v1/candidates/${id}`, { as: ANAPEC })).status).toBe(404);
  expect((await h.call('GET', `/v1/vacancies/${vacancyId}/candidates/${id}`, { as: EMPLOYER })).status).toBe(
    404,
  );
}

beforeAll(async () => {
  h = await startHarness();
  const res = await h.call('POST', '/v1/vacancies', { as: EMPLOYER, body: validVacancy() });
  vacancyId = ((await res.json()) as { id: string }).id;
});
afterAll(async () => h.close());

describe('erasure on request', () => {
  it('removes the candidate from the table, the index and matches, leaving only tombstones', async () => {
    const id = await upsert('ERASE-1', 'ERASEMARK1');
    await h.call('PUT', `/v1/candidates/${id}/consents/share-with-employer:${EMPLOYER[1]}`, { as: ANAPEC });
    expect(await matchedIds()).toContain(id);
    const identified = await h.call('GET', `/v1/vacancies/${vacancyId}/candidates/${id}`, { as: EMPLOYER });
    expect(await identified.json()).toMatchObject({ disclosure: 'identified' });

    expect((await h.call('DELETE', `/v1/candidates/${id}`, { as: ANAPEC })).status).toBe(204);

    await expectErasedEverywhere(id, personalMarkers('ERASEMARK1', 'ERASE-1'));
    const records = await auditOf(id);
    expect(records.find((r) => r.action === 'candidate.erased')).toMatchObject({
      reason: 'erasure-request',
      subject: { kind: 'candidate', id, owner: 'ANAPEC' },
      actor: { org: 'ANAPEC' },
    });
  });
});

describe('retention sweep', () => {
  /** Moves a stored profile's retention end, as if it had been uploaded long ago. */
  async function retainUntil(id: string, when: string) {
    const current = (await h.deps.candidates.get('ANAPEC', id)) as CandidateProfile;
    await h.deps.candidates.put(
      { ...current, version: current.version + 1, retainUntil: when },
      current.version,
    );
  }

  it('expires profiles past their retention end exactly like an erasure, and keeps the rest', async () => {
    const due = await upsert('RETAIN-1', 'RETAINMARK1');
    const kept = await upsert('RETAIN-2', 'RETAINMARK2');
    await retainUntil(due, '2026-03-01T00:00:00.000Z');
    await retainUntil(kept, '2027-03-01T00:00:00.000Z');

    const result = await expireCandidates(h.deps);
    expect(result.expired).toBe(1);

    await expectErasedEverywhere(due, personalMarkers('RETAINMARK1', 'RETAIN-1'));
    expect(await h.deps.candidates.get('ANAPEC', kept)).toBeDefined();
    expect(await matchedIds()).toContain(kept);
    expect((await auditOf(due)).find((r) => r.action === 'candidate.expired')).toMatchObject({
      reason: 'retention-expired',
      actor: { kind: 'system', subject: 'retention-sweep' },
    });
    // Nothing left to do: a second run changes nothing.
    expect(await expireCandidates(h.deps)).toEqual({ expired: 0, kept: 0 });
  });

  it('starts the retention period again with every upload that changes the profile', async () => {
    const res = await h.call('PUT', '/v1/candidates/by-external-id/RETAIN-4', {
      as: ANAPEC,
      body: markedCandidate('RETAINMARK4'),
    });
    // The harness clock stands at 2026-03-02T09:00Z; the default period is 730 days.
    expect(await res.json()).toMatchObject({ candidate: { retainUntil: '2028-03-01T09:00:00.000Z' } });
  });

  it('writes the TTL backstop on the item, a grace period after the retention end', async () => {
    const id = await upsert('RETAIN-3', 'RETAINMARK3');
    await retainUntil(id, '2028-01-01T00:00:00.000Z');
    const item = (await scanTable(h.dynamo.client, h.dynamo.tableName)).find(
      (i) => i.PK === `CAND#${id}` && i.SK === 'CAND',
    );
    expect(item?.expiresAt).toBe(Date.parse('2028-01-08T00:00:00.000Z') / 1000);
  });
});
