import { Webhook } from 'standardwebhooks';
import { describe, expect, it } from 'vitest';
import {
  newWebhookSecret,
  sign,
  verifySignature,
  webhookHeaders,
} from '../../../shared/exchange/signature.js';
import { backoffMs } from '../../../shared/use-cases/webhooks/dispatch.js';
import {
  checkReceiverUrl,
  DEFAULT_WEBHOOK_SETTINGS,
  type WebhookSettings,
} from '../../../shared/use-cases/webhooks/subscriptions.js';

const secret = newWebhookSecret();
const id = 'whd_1';
const body = '{"id":"whd_1","event":"match.created"}';
const t = 1_772_442_000;

describe('Standard Webhooks signatures', () => {
  it('makes whsec_ secrets of 32 random bytes in base64', () => {
    expect(secret).toMatch(/^whsec_[A-Za-z0-9+/]{43}=$/);
    expect(Buffer.from(secret.slice(6), 'base64')).toHaveLength(32);
    expect(newWebhookSecret()).not.toBe(secret);
  });

  it('signs id.timestamp.body: the standardwebhooks library computes the same header', () => {
    const headers = webhookHeaders(secret, id, t, body);
    expect(headers).toEqual({
      'webhook-id': id,
      'webhook-timestamp': String(t),
      'webhook-signature': `v1,${sign(secret, id, t, body)}`,
    });
    expect(headers['webhook-signature']).toBe(new Webhook(secret).sign(id, new Date(t * 1000), body));
    expect(verifySignature(secret, headers, body, t + 60)).toBe(true);
  });

  it('refuses a tampered body, another id or secret, an old or future timestamp, or missing headers', () => {
    const headers = webhookHeaders(secret, id, t, body);
    expect(verifySignature(secret, headers, body.replace('match', 'matcH'), t)).toBe(false);
    expect(verifySignature(secret, { ...headers, 'webhook-id': 'whd_2' }, body, t)).toBe(false);
    expect(verifySignature(newWebhookSecret(), headers, body, t)).toBe(false);
    expect(verifySignature(secret, headers, body, t + 301)).toBe(false);
    expect(verifySignature(secret, headers, body, t - 301)).toBe(false);
    expect(verifySignature(secret, { ...headers, 'webhook-timestamp': String(t + 1) }, body, t)).toBe(false);
    expect(verifySignature(secret, { ...headers, 'webhook-signature': 'v2,abc' }, body, t)).toBe(false);
    expect(verifySignature(secret, { 'webhook-id': id, 'webhook-timestamp': String(t) }, body, t)).toBe(
      false,
    );
  });

  it('accepts any of several space-separated signatures (a secret rotation)', () => {
    const old = newWebhookSecret();
    const signature = `v1,${sign(old, id, t, body)} v1,${sign(secret, id, t, body)}`;
    const headers = { 'webhook-id': id, 'webhook-timestamp': String(t), 'webhook-signature': signature };
    expect(verifySignature(secret, headers, body, t)).toBe(true);
    expect(verifySignature(old, headers, body, t)).toBe(true);
  });
});

describe('delivery backoff', () => {
  const settings = { ...DEFAULT_WEBHOOK_SETTINGS, workerId: 'w' };
  it('is the retry helper’s full jitter: a uniform draw under a ceiling that doubles from the base, capped', () => {
    // Ceilings: 10 s, 20 s, 160 s for the 5th attempt, and the 6 h cap.
    expect(backoffMs(1, settings, () => 0.5)).toBe(5_000);
    expect(backoffMs(2, settings, () => 0.5)).toBe(10_000);
    expect(backoffMs(5, settings, () => 0.5)).toBe(80_000);
    expect(backoffMs(30, settings, () => 0.5)).toBe(3 * 3600_000);
    expect(backoffMs(1, settings, () => 0)).toBe(0);
    expect(backoffMs(1, settings, () => 0.999_999)).toBe(9_999);
  });
});

describe('receiver URLs', () => {
  const strict: WebhookSettings = { ...DEFAULT_WEBHOOK_SETTINGS, workerId: 'w' };
  it('takes public https receivers only, unless local runs allow more', () => {
    expect(() => checkReceiverUrl('https://hooks.example.org/concentric', strict)).not.toThrow();
    for (const url of [
      'http://hooks.example.org/x',
      'https://127.0.0.1/x',
      'https://localhost/x',
      'https://10.1.2.3/x',
      'https://172.20.0.1/x',
      'https://192.168.1.1/x',
      'https://169.254.169.254/latest/meta-data',
      'https://[::1]/x',
      'https://user:pw@hooks.example.org/x',
    ]) {
      expect(() => checkReceiverUrl(url, strict), url).toThrow();
    }
    expect(() =>
      checkReceiverUrl('http://127.0.0.1:8080/x', { ...strict, allowHttp: true, allowPrivateHosts: true }),
    ).not.toThrow();
  });
});
