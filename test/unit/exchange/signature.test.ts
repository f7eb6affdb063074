import { describe, expect, it } from 'vitest';
import { sign, signatureHeader, verifySignature } from '../../../shared/exchange/signature.js';
import { backoffMs } from '../../../shared/use-cases/webhooks/dispatch.js';
import {
  checkReceiverUrl,
  DEFAULT_WEBHOOK_SETTINGS,
  type WebhookSettings,
} from '../../../shared/use-cases/webhooks/subscriptions.js';

const secret = 'whsec_test';
const body = '{"id":"whd_1","event":"match.created"}';
const t = 1_772_442_000;

describe('webhook signatures', () => {
  it('verifies the body it signed, at the time it signed it', () => {
    const header = signatureHeader(secret, t, body);
    expect(header).toBe(`t=${t},v1=${sign(secret, t, body)}`);
    expect(verifySignature(secret, header, body, t + 60)).toBe(true);
  });

  it('refuses a tampered body, another secret, an old or future timestamp, or a malformed header', () => {
    const header = signatureHeader(secret, t, body);
    expect(verifySignature(secret, header, body.replace('match', 'matcH'), t)).toBe(false);
    expect(verifySignature('whsec_other', header, body, t)).toBe(false);
    expect(verifySignature(secret, header, body, t + 301)).toBe(false);
    expect(verifySignature(secret, header, body, t - 301)).toBe(false);
    expect(verifySignature(secret, `t=${t + 1},v1=${sign(secret, t, body)}`, body, t)).toBe(false);
    expect(verifySignature(secret, 'v1=abc', body, t)).toBe(false);
    expect(verifySignature(secret, undefined, body, t)).toBe(false);
  });

  it('accepts any of several v1 signatures (a secret rotation)', () => {
    const header = `t=${t},v1=${sign('old', t, body)},v1=${sign(secret, t, body)}`;
    expect(verifySignature(secret, header, body, t)).toBe(true);
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
