import '@hono/zod-openapi';
import { WebhookVerificationError } from 'standardwebhooks';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { WebhookDelivery } from '../../shared/ports/webhook-store.js';
import { validCandidate, validVacancy } from '../fixtures/api-bodies.js';
import {
  type ExchangeHarness,
  ManualClock,
  NDJSON,
  startExchangeHarness,
} from '../support/exchange-harness.js';
import { freePort, type Received, receiverVerifies, WebhookReceiver } from '../support/webhook-receiver.js';

/**
 * Webhooks end to end: saved searches turned into deliveries in the outbox, signed, retried with
 * backoff while the receiver (a local HTTP server) is down and then failing, every notification
 * delivered once it recovers, and replayable.
 */

const EMPLOYER = ['employer', 'emp-bouwgroep'] as const;
const VDAB = ['pes', 'VDAB'] as const;
const clock = new ManualClock('2026-03-02T09:00:00.000Z');
let h: ExchangeHarness;
const receiver = new WebhookReceiver();
const received = receiver.received;
let port: number;
const secrets: Record<string, string> = {};

async function json<T>(res: Response | Promise<Response>): Promise<T> {
  return (await (await res).json()) as T;
}

async function subscribe(as: readonly [string, string], body: object): Promise<string> {
  const res = await h.request('POST', '/v1/webhooks/subscriptions', {
    as,
    type: 'application/json',
    body: JSON.stringify(body),
  });
  expect(res.status).toBe(201);
  const created = await json<{ subscription: { id: string }; secret: string }>(res);
  secrets[created.subscription.id] = created.secret;
  return created.subscription.id;
}

/** Runs worker rounds, an hour apart, until nothing is pending (or gives up). */
async function runUntilSettled(maxRounds = 40): Promise<number> {
  for (let round = 1; round <= maxRounds; round++) {
    await h.worker.runOnce();
    const pending = (await h.items('webhook-delivery')).filter((d) => d.status === 'pending');
    if (pending.length === 0) return round;
    clock.advance(3600_000);
  }
  throw new Error('deliveries still pending');
}

const deliveries = async (as: readonly [string, string]) =>
  (await json<{ items: WebhookDelivery[] }>(h.request('GET', '/v1/webhooks/deliveries?limit=100', { as })))
    .items;

beforeAll(async () => {
  h = await startExchangeHarness({
    clock,
    exchange: { webhookSettings: { backoffBaseMs: 60_000, timeoutMs: 2_000 } },
  });
  // A port nobody listens on yet: the receiver is down at first.
  port = await freePort();
});
afterAll(async () => {
  await receiver.close();
  await h.close();
});

describe('webhooks', () => {
  let vacancyId: string;
  let employerSub: string;
  let pesSub: string;

  it('refuses receivers it must not call and subscriptions of the wrong kind', async () => {
    const bad = await h.request('POST', '/v1/webhooks/subscriptions', {
      as: VDAB,
      type: 'application/json',
      body: JSON.stringify({ kind: 'vacancy-matches', url: 'http://127.0.0.1/x', vacancyId: 'vac_1' }),
    });
    expect(bad.status).toBe(403);
    const wrongUrl = await h.request('POST', '/v1/webhooks/subscriptions', {
      as: VDAB,
      type: 'application/json',
      body: JSON.stringify({ kind: 'bottleneck-vacancies', url: 'ftp://example.org/x' }),
    });
    expect(wrongUrl.status).toBe(400);
  });

  it('delivers every notification, signed, once a receiver that was down and then failing recovers', async () => {
    pesSub = await subscribe(VDAB, {
      kind: 'bottleneck-vacancies',
      url: `http://127.0.0.1:${port}/hooks/vdab`,
      minScore: 0.1,
    });
    const created = await h.request('POST', '/v1/vacancies', {
      as: EMPLOYER,
      type: 'application/json',
      body: JSON.stringify(validVacancy()),
    });
    vacancyId = (await json<{ id: string }>(created)).id;
    employerSub = await subscribe(EMPLOYER, {
      kind: 'vacancy-matches',
      url: `http://127.0.0.1:${port}/hooks/employer`,
      vacancyId,
      minScore: 0.1,
    });
    const rows = Array.from({ length: 6 }, (_, i) =>
      JSON.stringify({
        externalId: `VL-${i}`,
        ...validCandidate({
          residence: { country: 'BE', region: 'BE-VLG' },
          nationalities: ['BE'],
          languages: [{ language: 'nl', level: 'C2' }],
          workExperienceYears: 2 + i,
        }),
      }),
    );
    const upload = await h.request('POST', '/v1/candidates/bulk', {
      as: VDAB,
      type: NDJSON,
      body: rows.join('\n'),
    });
    expect((await json<{ totals: { accepted: number } }>(upload)).totals.accepted).toBe(6);
    await h.stream.drain(); // searchable before the notifier ranks

    // Down: two rounds of refused connections.
    await h.worker.runOnce();
    clock.advance(3600_000);
    await h.worker.runOnce();
    const whileDown = await deliveries(EMPLOYER);
    expect(whileDown).toHaveLength(6);
    for (const d of whileDown) {
      expect(d.status).toBe('pending');
      expect(d.history.at(-1)?.error).toBeDefined();
    }
    // Up, but failing the next five requests.
    receiver.failuresLeft = 5;
    await receiver.listen(port);
    clock.advance(3600_000);
    await runUntilSettled();

    const employerDeliveries = await deliveries(EMPLOYER);
    const pesDeliveries = await deliveries(VDAB);
    expect(employerDeliveries).toHaveLength(6);
    expect(pesDeliveries).toHaveLength(1);
    for (const d of [...employerDeliveries, ...pesDeliveries]) {
      expect(d.status).toBe('delivered');
      expect(d.attempts).toBeGreaterThanOrEqual(3);
    }
    expect(employerDeliveries.map((d) => d.event)).toEqual(Array(6).fill('match.created'));
    expect(pesDeliveries[0]?.event).toBe('vacancy.bottleneck');

    // Each delivery reached the receiver successfully exactly once, signed per Standard Webhooks:
    // the standardwebhooks library, as a receiver would use it, verifies every request it got.
    const ok = received.filter((r) => r.answered === 204);
    const ids = ok.map((r) => r.headers['webhook-id']);
    expect(new Set(ids).size).toBe(ids.length);
    expect(new Set(ids)).toEqual(new Set([...employerDeliveries, ...pesDeliveries].map((d) => d.id)));
    for (const r of received) {
      const delivery = [...employerDeliveries, ...pesDeliveries].find(
        (d) => d.id === r.headers['webhook-id'],
      );
      const secret = secrets[delivery?.subscriptionId ?? ''] ?? '';
      expect(secret).toMatch(/^whsec_/);
      expect(r.body).toBe(delivery?.body);
      expect(r.headers['webhook-signature']).toMatch(/^v1,[A-Za-z0-9+/]{43}=$/);
      expect(receiverVerifies(secret, r)).toEqual(JSON.parse(r.body));
      // A tampered body, another secret or a stale timestamp fails.
      expect(() => receiverVerifies(secret, { ...r, body: r.body.replace('"', "'") })).toThrow(
        WebhookVerificationError,
      );
      expect(() =>
        receiverVerifies(secrets[pesSub === delivery?.subscriptionId ? employerSub : pesSub] ?? '', r),
      ).toThrow(WebhookVerificationError);
    }
    const first = ok[0] as Received;
    const dayLater = (Number(first.headers['webhook-timestamp']) + 86_400) * 1000;
    const itsSecret = secrets[first.path === '/hooks/vdab' ? pesSub : employerSub] ?? '';
    expect(receiverVerifies(itsSecret, first)).toBeDefined();
    expect(() => receiverVerifies(itsSecret, first, dayLater)).toThrow(WebhookVerificationError);

    const payload = JSON.parse(ok.find((r) => r.path === '/hooks/vdab')?.body ?? '{}') as {
      event: string;
      data: { vacancy: { id: string; bottleneck: boolean }; matchingCandidates: { candidateId: string }[] };
    };
    expect(payload.event).toBe('vacancy.bottleneck');
    expect(payload.data.vacancy).toMatchObject({ id: vacancyId, bottleneck: true });
    expect(payload.data.matchingCandidates).toHaveLength(6);
    expect(JSON.stringify(payload)).not.toContain('Youssef'); // no personal data in notifications
  }, 120_000);

  it('notifies nothing twice: later rounds add no delivery for the same match', async () => {
    await h.worker.runOnce();
    clock.advance(3600_000);
    await h.worker.runOnce();
    expect(await deliveries(EMPLOYER)).toHaveLength(6);
  });

  it('replays a delivery: the same body and id, freshly signed', async () => {
    const [first] = await deliveries(EMPLOYER);
    const before = received.length;
    const res = await h.request('POST', `/v1/webhooks/deliveries/${first?.id}/replay`, { as: EMPLOYER });
    expect(res.status).toBe(202);
    expect(await json<{ status: string }>(res)).toMatchObject({ status: 'pending', replays: 1 });
    clock.advance(1_000);
    await h.worker.runOnce();
    const again = received.slice(before);
    expect(again).toHaveLength(1);
    expect(again[0]?.headers['webhook-id']).toBe(first?.id);
    expect(again[0]?.body).toBe(first?.body);
    expect(receiverVerifies(secrets[employerSub] ?? '', again[0] as Received)).toEqual(
      JSON.parse(first?.body ?? ''),
    );
    expect(
      (
        await json<WebhookDelivery>(
          h.request('GET', `/v1/webhooks/deliveries/${first?.id}`, { as: EMPLOYER }),
        )
      ).status,
    ).toBe('delivered');
    // Not another organisation's to read or replay.
    expect(
      (await h.request('POST', `/v1/webhooks/deliveries/${first?.id}/replay`, { as: VDAB })).status,
    ).toBe(404);
  });

  it('stores every secret encrypted: no item in the table holds one in plaintext', async () => {
    const items = await h.items('webhook-subscription');
    expect(items.map((i) => i.id).sort()).toEqual([employerSub, pesSub].sort());
    const table = JSON.stringify(await h.items('webhook-subscription'));
    for (const secret of Object.values(secrets)) {
      expect(table).not.toContain(secret);
      expect(table).not.toContain(secret.slice('whsec_'.length));
    }
    for (const item of items) {
      expect(item.secret).toBeUndefined();
      expect(String(item.secretCiphertext)).toMatch(/^aesgcm1:[A-Za-z0-9+/]+=*$/);
    }
  });

  it('lists and removes subscriptions without ever showing the secret again', async () => {
    const list = await json<{ items: object[] }>(
      h.request('GET', '/v1/webhooks/subscriptions', { as: EMPLOYER }),
    );
    expect(list.items).toHaveLength(1);
    expect(JSON.stringify(list)).not.toContain('whsec_');
    expect(
      (await h.request('DELETE', `/v1/webhooks/subscriptions/${employerSub}`, { as: VDAB })).status,
    ).toBe(404);
    expect(
      (await h.request('DELETE', `/v1/webhooks/subscriptions/${employerSub}`, { as: EMPLOYER })).status,
    ).toBe(204);
    expect((await h.request('DELETE', `/v1/webhooks/subscriptions/${pesSub}`, { as: VDAB })).status).toBe(
      204,
    );
  });
});
