import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generateCandidates } from '../../shared/demo/candidate-generator.js';
import type { ChangesPage, ChangeView } from '../../shared/use-cases/change-feed.js';
import { validCandidate, validVacancy } from '../fixtures/api-bodies.js';
import { exchangeLine } from '../fixtures/bulk-file.js';
import { type ExchangeHarness, startExchangeHarness } from '../support/exchange-harness.js';

/**
 * The change feed from the start reproduces the current state exactly — creates, updates,
 * erasures (tombstones without personal data), consent withdrawals, closed vacancies — for every
 * kind of reader, and nothing is lost or reordered when writers and the sequencer run at once.
 */
type Caller = readonly [string, string];
const VDAB: Caller = ['pes', 'VDAB'];
const ANAPEC: Caller = ['pes', 'ANAPEC'];
const TALENT_POOL: Caller = ['talent-pool', 'EU-TALENT-POOL'];
const EMP_A: Caller = ['employer', 'emp-a'];
const EMP_B: Caller = ['employer', 'emp-b'];
const OPERATOR: Caller = ['operator', 'VDAB-OPS'];

let h: ExchangeHarness;
const vacancyIds: Record<string, string> = {};

const json = (value: unknown) => JSON.stringify(value);
const put = async (as: Caller, externalId: string, body: unknown) => {
  const res = await h.request('PUT', `/v1/candidates/by-external-id/${externalId}`, {
    as,
    type: 'application/json',
    body: json(body),
  });
  expect([200, 201]).toContain(res.status);
  return ((await res.json()) as { candidate: { id: string } }).candidate.id;
};
const postVacancy = async (as: Caller, body: unknown) => {
  const res = await h.request('POST', '/v1/vacancies', { as, type: 'application/json', body: json(body) });
  expect(res.status).toBe(201);
  return ((await res.json()) as { id: string }).id;
};

async function drainFeed() {
  for (;;) {
    const result = await h.deps.exchange.feed.sequence();
    if (result.appended === 0 && result.waiting === 0) return;
  }
}

/** Reads the whole feed as `as`, `pageSize` changes at a time, following the cursors. */
async function readAll(as: Caller, pageSize = 50, details = true): Promise<ChangeView[]> {
  const changes: ChangeView[] = [];
  let since = '';
  for (;;) {
    const res = await h.request(
      'GET',
      `/v1/changes?limit=${pageSize}&details=${details}${since ? `&since=${since}` : ''}`,
      { as },
    );
    expect(res.status).toBe(200);
    const page = (await res.json()) as ChangesPage;
    changes.push(...page.changes);
    since = page.nextCursor;
    if (!page.hasMore) return changes;
  }
}

/** A consumer applying the feed in order: upsert with details sets, delete drops, superseded waits. */
function replay(changes: readonly ChangeView[]): Map<string, unknown> {
  const state = new Map<string, unknown>();
  for (const change of changes) {
    const key = `${change.type}:${change.id}`;
    if (change.op === 'delete') state.delete(key);
    else if (change.detail) state.set(key, change.detail);
  }
  return state;
}

async function exportOf(as: Caller): Promise<Map<string, unknown>> {
  const text = await (await h.request('GET', '/v1/exchange/candidates', { as })).text();
  const lines = text.split('\n').filter((l) => l !== '');
  return new Map(
    lines.map((l) => {
      const doc = JSON.parse(l) as { meta: { id: string } };
      return [`candidate:${doc.meta.id}`, doc];
    }),
  );
}

beforeAll(async () => {
  h = await startExchangeHarness();
  vacancyIds.aBottleneck = await postVacancy(EMP_A, validVacancy());
  vacancyIds.aOther = await postVacancy(
    EMP_A,
    validVacancy({ title: 'Schoonmaker kantoren', occupation: { isco: '9112' } }),
  );
  vacancyIds.aClosed = await postVacancy(EMP_A, validVacancy({ title: 'Metselaar Brugge' }));
  vacancyIds.bBottleneck = await postVacancy(EMP_B, validVacancy({ title: 'Metselaar Antwerpen' }));
  vacancyIds.bOther = await postVacancy(
    EMP_B,
    validVacancy({ title: 'Schoonmaker', occupation: { isco: '9112' } }),
  );
  const close = await h.request('POST', `/v1/vacancies/${vacancyIds.aClosed}/close`, { as: EMP_A });
  expect(close.status).toBe(200);

  const vdab = [...generateCandidates({ seed: 21, count: 30 })].map(exchangeLine);
  const ids: string[] = [];
  for (const { externalId, ...input } of vdab) ids.push(await put(VDAB, externalId, input));
  for (const { externalId, ...input } of vdab.slice(0, 5)) {
    await put(VDAB, externalId, { ...input, workExperienceYears: 3 });
  }
  for (const id of ids.slice(10, 13)) {
    expect((await h.request('DELETE', `/v1/candidates/${id}`, { as: VDAB })).status).toBe(204);
  }
  for (let i = 0; i < 10; i++) {
    await put(
      ANAPEC,
      `MA-${i}`,
      validCandidate({ consent: { matching: i % 3 !== 0, recordedAt: '2026-01-15T10:00:00Z' } }),
    );
  }
  // A consent withdrawn by a later upload.
  await put(
    ANAPEC,
    'MA-1',
    validCandidate({ consent: { matching: false, recordedAt: '2026-02-01T10:00:00Z' } }),
  );
  await drainFeed();
}, 120_000);
afterAll(async () => h.close());

describe('change feed', () => {
  it('read from the start by a PES, reproduces its own candidates exactly, erasures included', async () => {
    const changes = await readAll(VDAB, 7);
    const state = replay(changes);
    const current = await exportOf(VDAB);
    expect(current.size).toBe(27);
    const candidates = new Map([...state].filter(([k]) => k.startsWith('candidate:')));
    expect(candidates).toEqual(current);
    const erasures = changes.filter((c) => c.reason === 'erased');
    expect(erasures).toHaveLength(3);
    for (const erasure of erasures) {
      expect(erasure).toEqual({
        cursor: expect.any(String),
        type: 'candidate',
        id: erasure.id,
        version: 2,
        op: 'delete',
        reason: 'erased',
        changedAt: expect.any(String),
      });
    }
    // PES see bottleneck vacancies (to source for them), never another PES's candidates.
    const vacancies = [...state.keys()].filter((k) => k.startsWith('vacancy:')).sort();
    expect(vacancies).toEqual(
      [`vacancy:${vacancyIds.aBottleneck}`, `vacancy:${vacancyIds.bBottleneck}`].sort(),
    );
    expect(
      changes.some(
        (c) =>
          c.type === 'candidate' &&
          c.id.length > 0 &&
          !current.has(`candidate:${c.id}`) &&
          c.op === 'upsert' &&
          c.detail,
      ),
    ).toBe(false);
  });

  it('reads the same in pages of any size as in one page', async () => {
    const small = (await readAll(VDAB, 3, false)).map(({ cursor: _c, ...rest }) => rest);
    const large = (await readAll(VDAB, 1000, false)).map(({ cursor: _c, ...rest }) => rest);
    expect(small).toEqual(large);
    const since = (await readAll(VDAB, 1000, false))[9]?.cursor;
    const rest = await h.request('GET', `/v1/changes?since=${since}&limit=1000&details=false`, { as: VDAB });
    expect(((await rest.json()) as ChangesPage).changes.map(({ cursor: _c, ...r }) => r)).toEqual(
      large.slice(10),
    );
  });

  it('gives the EU Talent Pool the consenting candidates of every PES, without identifying data', async () => {
    const state = replay(await readAll(TALENT_POOL));
    const current = await exportOf(TALENT_POOL);
    const candidates = new Map([...state].filter(([k]) => k.startsWith('candidate:')));
    expect(candidates).toEqual(current);
    const docs = [...candidates.values()] as {
      personal: object;
      summary?: string;
      consent: { matching: boolean };
    }[];
    expect(docs.length).toBeGreaterThan(0);
    for (const doc of docs) {
      expect(doc.personal).toEqual({});
      expect(doc.summary).toBeUndefined();
      expect(doc.consent.matching).toBe(true);
    }
    // ANAPEC's MA-1 withdrew consent after consenting: the talent pool is told to drop it.
    expect([...candidates.values()].some((d) => (d as { externalId: string }).externalId === 'MA-1')).toBe(
      false,
    );
  });

  it("gives an employer its own vacancies and the public bottleneck vacancies, never another's others", async () => {
    const a = replay(await readAll(EMP_A));
    expect([...a.keys()].sort()).toEqual(
      [vacancyIds.aBottleneck, vacancyIds.aOther, vacancyIds.aClosed, vacancyIds.bBottleneck]
        .map((id) => `vacancy:${id}`)
        .sort(),
    );
    expect((a.get(`vacancy:${vacancyIds.aClosed}`) as { status: string }).status).toBe('closed');
    const bChanges = await readAll(EMP_B);
    const b = replay(bChanges);
    expect([...b.keys()].sort()).toEqual(
      [vacancyIds.aBottleneck, vacancyIds.bBottleneck, vacancyIds.bOther].map((id) => `vacancy:${id}`).sort(),
    );
    expect(bChanges.find((c) => c.id === vacancyIds.aClosed && c.op === 'delete')?.reason).toBe('closed');
    expect(bChanges.some((c) => c.type === 'candidate')).toBe(false);
  });

  it('loses and reorders nothing while writers and the sequencer run at once', async () => {
    const pes: Caller = ['pes', 'ACTIRIS'];
    const generated = [...generateCandidates({ seed: 99, count: 60 })].map(exchangeLine);
    let writing = true;
    const sequencer = (async () => {
      while (writing) await h.deps.exchange.feed.sequence();
    })();
    await Promise.all(
      generated.map(async ({ externalId, ...input }, i) => {
        await put(pes, externalId, input);
        if (i % 2 === 0) await put(pes, externalId, { ...input, workExperienceYears: 1 });
        if (i % 3 === 0) await put(pes, externalId, { ...input, workExperienceYears: 2 });
      }),
    );
    writing = false;
    await sequencer;
    await drainFeed();
    const changes = await readAll(OPERATOR, 500, false);
    const last = new Map<string, number>();
    for (const change of changes) {
      const before = last.get(change.id) ?? 0;
      expect(change.version).toBeGreaterThan(before);
      last.set(change.id, change.version);
    }
    const state = new Map([...replay(await readAll(pes))].filter(([key]) => key.startsWith('candidate:')));
    expect(state).toEqual(await exportOf(pes));
    expect(state.size).toBe(60);
    for (const [key, doc] of state) {
      expect(last.get(key.slice('candidate:'.length))).toBe(
        (doc as { meta: { version: number } }).meta.version,
      );
    }
  }, 120_000);

  it('refuses a cursor it did not issue', async () => {
    const res = await h.request('GET', '/v1/changes?since=abc', { as: VDAB });
    expect(res.status).toBe(400);
  });
});
