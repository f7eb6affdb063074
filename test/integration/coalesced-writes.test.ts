import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { PreconditionFailedError } from '../../shared/errors.js';
import { validCandidate } from '../fixtures/api-bodies.js';
import { type Harness, startHarness, VDAB } from '../support/api-harness.js';
import { countCommands } from '../support/command-counter.js';
import { candidateProfile } from '../unit/indexing/candidate-profiles.js';

/**
 * Single upserts that arrive together are written together (shared/adapters/dynamodb/
 * dynamo-candidate-store.ts, shared/concurrency/turn-batcher.ts): one transaction for many,
 * each profile under its own version condition, with its own audit record, on the real engine.
 * A conflict on one costs the others nothing but a second call.
 */

let h: Harness;
let counter: ReturnType<typeof countCommands>;

beforeAll(async () => {
  h = await startHarness({ rateLimit: false });
  counter = countCommands(h.dynamo.client);
});
afterEach(() => counter.reset());
afterAll(async () => {
  counter.remove();
  await h.close();
});

describe('coalesced single upserts', () => {
  it('40 concurrent PUTs are stored with their audit records in a few transactions, not 40', async () => {
    const responses = await Promise.all(
      Array.from({ length: 40 }, (_, i) =>
        h.call('PUT', `/v1/candidates/by-external-id/TOGETHER-${i}`, {
          as: VDAB,
          body: validCandidate({ personal: { fullName: `Together ${i}`, email: `t${i}@example.org` } }),
        }),
      ),
    );
    expect(responses.map((r) => r.status)).toEqual(responses.map(() => 201));
    const ids = ((await Promise.all(responses.map((r) => r.json()))) as { candidate: { id: string } }[]).map(
      (b) => b.candidate.id,
    );
    const transactions = counter.of('TransactWriteItemsCommand').length;
    expect(transactions).toBeGreaterThan(0);
    expect(transactions).toBeLessThanOrEqual(4);
    expect(counter.of('PutItemCommand')).toHaveLength(0);

    const stored = await Promise.all(ids.map((id) => h.deps.candidates.get('VDAB', id)));
    expect(stored.map((p) => [p?.personal.fullName, p?.version])).toEqual(
      ids.map((_, i) => [`Together ${i}`, 1]),
    );
    for (const id of ids) {
      const audit = await h.call(
        'GET',
        `/v1/audit?subject=${id}&from=2026-03-01T00:00:00Z&to=2026-03-03T00:00:00Z`,
        { as: ['operator', 'VDAB-OPS'] },
      );
      const { items } = (await audit.json()) as { items: { action: string }[] };
      expect(items.filter((i) => i.action === 'candidate.created')).toHaveLength(1);
    }
  });

  it('a stale write in the batch is refused alone; every other profile is stored exactly once', async () => {
    const fresh = Array.from({ length: 9 }, (_, i) => candidateProfile(`BATCH-${i}`, { pes: 'VDAB' }));
    // Expects a version that was never stored: its condition fails, and only its own put rejects.
    const stale = candidateProfile('BATCH-STALE', { pes: 'VDAB', version: 6 });
    const outcomes = await Promise.allSettled([
      ...fresh.map((p) => h.deps.candidates.put(p, null)),
      h.deps.candidates.put(stale, 5),
    ]);
    expect(outcomes.slice(0, 9).map((o) => o.status)).toEqual(fresh.map(() => 'fulfilled'));
    const refused = outcomes[9];
    expect(refused?.status).toBe('rejected');
    expect((refused as PromiseRejectedResult).reason).toBeInstanceOf(PreconditionFailedError);
    // The cancelled transaction, then the same minus the stale write.
    expect(counter.of('TransactWriteItemsCommand')).toHaveLength(2);

    for (const p of fresh) expect((await h.deps.candidates.get('VDAB', p.id))?.version).toBe(1);
    expect(await h.deps.candidates.get('VDAB', stale.id)).toBeUndefined();
  });

  it('two creations of one profile in the same turn: one is stored, the other is refused', async () => {
    const first = candidateProfile('TWICE', { pes: 'VDAB', input: { summary: 'first' } });
    const second = candidateProfile('TWICE', { pes: 'VDAB', input: { summary: 'second' } });
    const outcomes = await Promise.allSettled([
      h.deps.candidates.put(first, null),
      h.deps.candidates.put(second, null),
    ]);
    expect(outcomes.map((o) => o.status).sort()).toEqual(['fulfilled', 'rejected']);
    const winner = outcomes[0]?.status === 'fulfilled' ? first : second;
    const stored = await h.deps.candidates.get('VDAB', first.id);
    expect(stored?.summary).toBe(winner.summary);
    expect(stored?.version).toBe(1);
    // Never in one transaction (DynamoDB refuses two actions on one item): two calls.
    expect(counter.of('TransactWriteItemsCommand')).toHaveLength(2);
  });
});
