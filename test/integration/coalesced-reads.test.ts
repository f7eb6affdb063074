import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { validCandidate } from '../fixtures/api-bodies.js';
import { type Harness, startHarness, VDAB } from '../support/api-harness.js';
import { countCommands } from '../support/command-counter.js';

/**
 * Consistent single-item reads coalesced per event-loop turn into BatchGetItem
 * (shared/adapters/dynamodb/coalescing-reader.ts), on dynalite: concurrent reads are batched and
 * each caller gets its own item. Retries and failures, on a mocked client: coalesced-reads-mocked.test.ts.
 */

describe('coalesced reads on dynalite (the real SDK)', () => {
  let h: Harness;
  let counter: ReturnType<typeof countCommands>;
  const ids: string[] = [];

  beforeAll(async () => {
    h = await startHarness({ rateLimit: false });
    for (let i = 0; i < 40; i++) {
      const res = await h.call('PUT', `/v1/candidates/by-external-id/COALESCE-${i}`, {
        as: VDAB,
        body: validCandidate({ personal: { fullName: `Candidate ${i}`, email: `c${i}@example.org` } }),
      });
      expect(res.status).toBe(201);
      ids.push(((await res.json()) as { candidate: { id: string } }).candidate.id);
    }
    counter = countCommands(h.dynamo.client);
  });
  afterEach(() => counter.reset());
  afterAll(async () => {
    counter.remove();
    await h.close();
  });

  it('reads made in the same turn go out as one consistent BatchGetItem; each caller gets its own profile', async () => {
    const wanted = [...ids, 'cand_000000000000000000000000', ids[3] as string];
    const profiles = await Promise.all(wanted.map((id) => h.deps.candidates.get('VDAB', id)));

    expect(profiles.map((p) => p?.id)).toEqual([...ids, undefined, ids[3]]);
    expect(profiles.map((p) => p?.personal.fullName).slice(0, 40)).toEqual(
      ids.map((_, i) => `Candidate ${i}`),
    );
    // The key asked for twice was read once, and each caller holds its own copy.
    expect(profiles[41]).toEqual(profiles[3]);
    expect(profiles[41]).not.toBe(profiles[3]);
    expect(counter.of('GetItemCommand')).toHaveLength(0);
    expect(counter.of('BatchGetItemCommand')).toEqual([{ command: 'BatchGetItemCommand', keys: 41 }]);
  });

  it('a read alone in its turn is a plain GetItem, as in Lambda (one request at a time)', async () => {
    const profile = await h.deps.candidates.get('VDAB', ids[0] as string);
    expect(profile?.id).toBe(ids[0]);
    expect(counter.sent.map((s) => s.command)).toEqual(['GetItemCommand']);
  });

  it('keeps checking the owner per caller: another PES in the same batch gets nothing', async () => {
    const [own, foreign] = await Promise.all([
      h.deps.candidates.get('VDAB', ids[1] as string),
      h.deps.candidates.get('ANAPEC', ids[2] as string),
    ]);
    expect(own?.id).toBe(ids[1]);
    expect(foreign).toBeUndefined();
    expect(counter.of('BatchGetItemCommand')).toHaveLength(1);
  });

  it('is strongly consistent: a read started after an acknowledged write sees it, even batched', async () => {
    const id = ids[5] as string;
    const before = await h.deps.candidates.get('VDAB', id);
    const res = await h.call('PUT', '/v1/candidates/by-external-id/COALESCE-5', {
      as: VDAB,
      body: validCandidate({ personal: { fullName: 'Renamed', email: 'c5@example.org' } }),
    });
    expect(res.status).toBe(200);
    const after = await Promise.all([id, ids[6] as string].map((i) => h.deps.candidates.get('VDAB', i)));
    expect(after[0]?.version).toBe((before?.version ?? 0) + 1);
    expect(after[0]?.personal.fullName).toBe('Renamed');
  });

  it('concurrent profile reads through the API are batched, each answered with its own profile and its own audit record', async () => {
    const reads = await Promise.all(ids.map((id) => h.call('GET', `/v1/candidates/${id}`, { as: VDAB })));
    expect(reads.map((r) => r.status)).toEqual(ids.map(() => 200));
    const bodies = (await Promise.all(reads.map((r) => r.json()))) as { id: string }[];
    expect(bodies.map((b) => b.id)).toEqual(ids);

    const batched = counter.of('BatchGetItemCommand');
    expect(batched.length).toBeGreaterThan(0);
    expect(batched.reduce((n, b) => n + b.keys, 0) + counter.of('GetItemCommand').length).toBe(ids.length);
    expect(batched.length + counter.of('GetItemCommand').length).toBeLessThan(ids.length);
    // Every read left its audit record before the profile went out: one conditional put each.
    expect(counter.of('PutItemCommand')).toHaveLength(ids.length);
    for (const id of ids) {
      const audit = await h.call(
        'GET',
        `/v1/audit?subject=${id}&from=2026-03-01T00:00:00Z&to=2026-03-03T00:00:00Z`,
        {
          as: ['operator', 'VDAB-OPS'],
        },
      );
      const { items } = (await audit.json()) as { items: { action: string; actor: { org: string } }[] };
      expect(items.filter((i) => i.action === 'candidate.read' && i.actor.org === 'VDAB')).not.toHaveLength(
        0,
      );
    }
  });
});
