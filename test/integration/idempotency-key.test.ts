import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TABLE_KEYS } from '../../infra/constructs/data-table.js';
import { DynamoIdempotencyStore } from '../../shared/adapters/dynamodb/dynamo-idempotency-store.js';
import { documentClient } from '../../shared/adapters/dynamodb/table.js';
import { sequentialIds } from '../../shared/ports/id-generator.js';
import {
  IDEMPOTENCY_LOCK_SECONDS,
  IDEMPOTENCY_TTL_SECONDS,
  requestFingerprint,
} from '../../shared/use-cases/idempotent-request.js';
import { validVacancy } from '../fixtures/api-bodies.js';
import { type ExchangeHarness, ManualClock, startExchangeHarness } from '../support/exchange-harness.js';

/**
 * Idempotency-Key on the creating POSTs, through the app as `npm start` builds it, on dynalite:
 * the keys live in the single table, as in AWS.
 */
const VDAB = ['pes', 'VDAB'] as const;
const employer = (org: string) => ['employer', org] as const;
const SUBSCRIPTION = {
  kind: 'bottleneck-vacancies',
  url: 'https://hooks.vdab.example/concentric',
  minScore: 0.1,
};

let h: ExchangeHarness;
const clock = new ManualClock('2026-03-02T09:00:00.000Z');
beforeAll(async () => {
  h = await startExchangeHarness({ clock, ids: sequentialIds() });
});
afterAll(() => h?.close());

const post = (path: string, as: readonly [string, string], body: unknown, key?: string) =>
  h.request('POST', path, {
    as,
    type: 'application/json',
    body: typeof body === 'string' ? body : JSON.stringify(body),
    headers: key === undefined ? {} : { 'idempotency-key': key },
  });

/** The caller's vacancies as the API lists them. */
async function listedVacancies(org: string): Promise<string[]> {
  const res = await h.request('GET', '/v1/vacancies?limit=100', { as: employer(org) });
  expect(res.status).toBe(200);
  return ((await res.json()) as { items: { id: string }[] }).items.map((v) => v.id);
}

const idOf = async (res: Response) => ((await res.clone().json()) as { id: string }).id;

describe('Idempotency-Key on POST /v1/vacancies', () => {
  it('replays the first answer to a retry (status, Location, ETag, body) and creates no duplicate', async () => {
    const org = 'emp-retry';
    const first = await post('/v1/vacancies', employer(org), validVacancy(), 'key-retry-1');
    expect(first.status).toBe(201);
    expect(first.headers.get('idempotent-replayed')).toBeNull();
    const firstBody = (await first.json()) as { id: string };
    const retry = await post('/v1/vacancies', employer(org), validVacancy(), 'key-retry-1');
    expect(retry.status).toBe(201);
    expect(retry.headers.get('idempotent-replayed')).toBe('true');
    expect(retry.headers.get('location')).toBe(`/v1/vacancies/${firstBody.id}`);
    expect(retry.headers.get('etag')).toBe(first.headers.get('etag'));
    expect(retry.headers.get('content-type')).toBe(first.headers.get('content-type'));
    expect(await retry.json()).toEqual(firstBody);
    expect(await listedVacancies(org)).toEqual([firstBody.id]);
    // Without a key the same body is a second vacancy: the key is what makes a retry a retry.
    const unkeyed = await post('/v1/vacancies', employer(org), validVacancy());
    expect(unkeyed.status).toBe(201);
    expect((await listedVacancies(org)).sort()).toEqual([firstBody.id, await idOf(unkeyed)].sort());
  });

  it('takes a retry serialized differently (key order, spacing) for the same request', async () => {
    const org = 'emp-reordered';
    const body = validVacancy();
    const first = await post('/v1/vacancies', employer(org), body, 'key-order');
    const reordered = Object.fromEntries(Object.entries(body).reverse());
    const retry = await post('/v1/vacancies', employer(org), JSON.stringify(reordered, null, 2), 'key-order');
    expect(retry.headers.get('idempotent-replayed')).toBe('true');
    expect(await idOf(retry)).toBe(await idOf(first));
    expect(await listedVacancies(org)).toHaveLength(1);
  });

  it('refuses the same key with another body (422 problem+json) and creates nothing', async () => {
    const org = 'emp-reuse';
    const first = await post('/v1/vacancies', employer(org), validVacancy(), 'key-reuse');
    expect(first.status).toBe(201);
    const other = await post('/v1/vacancies', employer(org), validVacancy({ openings: 7 }), 'key-reuse');
    expect(other.status).toBe(422);
    expect(other.headers.get('content-type')).toContain('application/problem+json');
    expect(await other.json()).toMatchObject({
      type: 'https://concentric.example/problems/idempotency-key-reused',
      status: 422,
      instance: '/v1/vacancies',
    });
    expect(await listedVacancies(org)).toEqual([await idOf(first)]);
  });

  it('keeps keys per caller: another employer with the same key and body creates its own', async () => {
    const mine = await post('/v1/vacancies', employer('emp-shared-a'), validVacancy(), 'key-shared');
    const theirs = await post('/v1/vacancies', employer('emp-shared-b'), validVacancy(), 'key-shared');
    expect([mine.status, theirs.status]).toEqual([201, 201]);
    expect(theirs.headers.get('idempotent-replayed')).toBeNull();
    expect(await idOf(theirs)).not.toBe(await idOf(mine));
    expect(await listedVacancies('emp-shared-a')).toEqual([await idOf(mine)]);
    expect(await listedVacancies('emp-shared-b')).toEqual([await idOf(theirs)]);
  });

  it('of concurrent POSTs with one key creates one vacancy; the others get 409 or its answer', async () => {
    const org = 'emp-concurrent';
    const answers = await Promise.all(
      Array.from({ length: 6 }, () => post('/v1/vacancies', employer(org), validVacancy(), 'key-race')),
    );
    const created = answers.filter((a) => a.status === 201 && a.headers.get('idempotent-replayed') === null);
    expect(created).toHaveLength(1);
    const id = await idOf(created[0] as Response);
    for (const answer of answers) {
      if (answer.status === 409) {
        expect(answer.headers.get('content-type')).toContain('application/problem+json');
        expect(((await answer.json()) as { type: string }).type).toBe(
          'https://concentric.example/problems/conflict',
        );
      } else {
        expect(answer.status).toBe(201);
        expect(await idOf(answer)).toBe(id);
      }
    }
    expect(await listedVacancies(org)).toEqual([id]);
    const later = await post('/v1/vacancies', employer(org), validVacancy(), 'key-race');
    expect(later.headers.get('idempotent-replayed')).toBe('true');
    expect(await idOf(later)).toBe(id);
  });

  it('answers 409 while a request with the key is in flight, and not once that request is taken for dead', async () => {
    const org = 'emp-in-flight';
    const store = new DynamoIdempotencyStore(documentClient(h.dynamo.client), h.dynamo.tableName);
    const body = JSON.stringify(validVacancy());
    const now = clock.now();
    // A first request that claimed the key and is still running (or died before answering).
    await store.claim(`employer:${org}`, 'key-flight', requestFingerprint('POST', '/v1/vacancies', body), {
      now,
      lockedUntil: new Date(now.getTime() + IDEMPOTENCY_LOCK_SECONDS * 1000),
      expiresAt: new Date(now.getTime() + IDEMPOTENCY_TTL_SECONDS * 1000),
    });
    const busy = await post('/v1/vacancies', employer(org), body, 'key-flight');
    expect(busy.status).toBe(409);
    expect(busy.headers.get('content-type')).toContain('application/problem+json');
    expect(await listedVacancies(org)).toEqual([]);
    clock.advance((IDEMPOTENCY_LOCK_SECONDS + 1) * 1000);
    const retried = await post('/v1/vacancies', employer(org), body, 'key-flight');
    expect(retried.status).toBe(201);
    expect(await listedVacancies(org)).toEqual([await idOf(retried)]);
  });

  it('keeps nothing of a failed first attempt: the corrected retry with the same key runs', async () => {
    const org = 'emp-failed-first';
    const bad = await post(
      '/v1/vacancies',
      employer(org),
      { ...validVacancy(), openings: 'three' },
      'key-fix',
    );
    expect(bad.status).toBe(400);
    const fixed = await post('/v1/vacancies', employer(org), validVacancy(), 'key-fix');
    expect(fixed.status).toBe(201);
    expect(fixed.headers.get('idempotent-replayed')).toBeNull();
    expect(await listedVacancies(org)).toEqual([await idOf(fixed)]);
    const kept = await h.items('idempotency-key');
    expect(kept.filter((item) => item.PK === `IDEM#employer:${org}`)).toHaveLength(1);
  });

  it('stores the key with a TTL of 24 hours, and forgets it after them even before TTL deletes it', async () => {
    const org = 'emp-expiry';
    const first = await post('/v1/vacancies', employer(org), validVacancy(), 'key-expiry');
    const [item] = (await h.items('idempotency-key')).filter((i) => i.PK === `IDEM#employer:${org}`);
    // The attribute the table's TTL is set on (infra/constructs/data-table.ts) removes the record.
    expect(item?.[TABLE_KEYS.ttlAttribute]).toBe(
      Math.floor(clock.now().getTime() / 1000) + IDEMPOTENCY_TTL_SECONDS,
    );
    expect(item).toMatchObject({
      SK: 'KEY#key-expiry',
      expiresAt: Math.floor(clock.now().getTime() / 1000) + IDEMPOTENCY_TTL_SECONDS,
      response: { status: 201 },
    });
    clock.advance(IDEMPOTENCY_TTL_SECONDS * 1000 - 1000);
    const withinDay = await post('/v1/vacancies', employer(org), validVacancy(), 'key-expiry');
    expect(await idOf(withinDay)).toBe(await idOf(first));
    clock.advance(2000);
    const nextDay = await post('/v1/vacancies', employer(org), validVacancy(), 'key-expiry');
    expect(nextDay.status).toBe(201);
    expect(nextDay.headers.get('idempotent-replayed')).toBeNull();
    expect((await listedVacancies(org)).sort()).toEqual([await idOf(first), await idOf(nextDay)].sort());
  });

  it.each([
    ['a key with a space', 'two words'],
    ['a key of 256 characters', 'k'.repeat(256)],
  ])('refuses %s (400, field Idempotency-Key) and creates nothing', async (_name, key) => {
    const org = `emp-bad-key-${key.length}`;
    const res = await post('/v1/vacancies', employer(org), validVacancy(), key);
    expect(res.status).toBe(400);
    const problem = (await res.json()) as { errors: { field: string }[] };
    expect(problem.errors.map((e) => e.field)).toContain('Idempotency-Key');
    expect(await listedVacancies(org)).toEqual([]);
  });
});

describe('Idempotency-Key on POST /v1/webhooks/subscriptions', () => {
  it('replays the subscription without its secret, keeps no secret in the record, and subscribes once', async () => {
    const first = await post('/v1/webhooks/subscriptions', VDAB, SUBSCRIPTION, 'key-sub');
    expect(first.status).toBe(201);
    const retry = await post('/v1/webhooks/subscriptions', VDAB, SUBSCRIPTION, 'key-sub');
    expect(retry.status).toBe(201);
    expect(retry.headers.get('idempotent-replayed')).toBe('true');
    const created = (await first.json()) as { subscription: { id: string }; secret: string };
    expect(created.secret).toMatch(/^whsec_/);
    // The secret is stored only encrypted; the idempotency record must not hold a plain copy.
    expect(await retry.json()).toEqual({ subscription: created.subscription });
    const records = (await h.items('idempotency-key')).filter((i) => i.PK === 'IDEM#pes:VDAB');
    expect(records).toHaveLength(1);
    expect(JSON.stringify(records)).not.toContain(created.secret.slice('whsec_'.length));
    const list = await h.request('GET', '/v1/webhooks/subscriptions', { as: VDAB });
    const listed = (await list.json()) as { items: { id: string }[] };
    expect(listed.items.map((s) => s.id)).toEqual([created.subscription.id]);
    const other = await post(
      '/v1/webhooks/subscriptions',
      VDAB,
      { ...SUBSCRIPTION, minScore: 0.5 },
      'key-sub',
    );
    expect(other.status).toBe(422);
  });
});
