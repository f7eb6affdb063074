import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto';

/**
 * Webhook signatures per the Standard Webhooks specification (standardwebhooks.com, "Signature
 * scheme"): three headers, `webhook-id` (the delivery's id, the same on every retry and replay,
 * so a receiver can drop duplicates), `webhook-timestamp` (unix seconds) and `webhook-signature`:
 * `v1,<base64 HMAC-SHA256 of "id.timestamp.body">`, keyed with the base64-decoded part of a
 * `whsec_` secret. The timestamp is signed with the body, so a receiver that refuses old
 * timestamps refuses replayed captures; the header may hold several space-separated signatures
 * (a secret rotation), of which one must verify. Any Standard Webhooks library verifies these.
 */
export const WEBHOOK_ID_HEADER = 'webhook-id';
export const WEBHOOK_TIMESTAMP_HEADER = 'webhook-timestamp';
export const WEBHOOK_SIGNATURE_HEADER = 'webhook-signature';
export const SECRET_PREFIX = 'whsec_';
export const DEFAULT_TOLERANCE_SECONDS = 300;

/** A new signing secret: `whsec_` and 32 random bytes in base64 (the specification's 24–64). */
export function newWebhookSecret(): string {
  return `${SECRET_PREFIX}${randomBytes(32).toString('base64')}`;
}

const keyOf = (secret: string) =>
  Buffer.from(secret.startsWith(SECRET_PREFIX) ? secret.slice(SECRET_PREFIX.length) : secret, 'base64');

/** The base64 HMAC-SHA256 of `id.timestamp.body`. */
export function sign(secret: string, id: string, timestamp: number, body: string): string {
  return createHmac('sha256', keyOf(secret)).update(`${id}.${timestamp}.${body}`).digest('base64');
}

/** The three headers of a signed delivery. */
export function webhookHeaders(secret: string, id: string, timestamp: number, body: string) {
  return {
    [WEBHOOK_ID_HEADER]: id,
    [WEBHOOK_TIMESTAMP_HEADER]: String(timestamp),
    [WEBHOOK_SIGNATURE_HEADER]: `v1,${sign(secret, id, timestamp, body)}`,
  };
}

/** What a receiver runs: true only for an untampered body, signed recently with this secret. */
export function verifySignature(
  secret: string,
  headers: Readonly<Record<string, string | undefined>>,
  body: string,
  nowSeconds: number,
  toleranceSeconds = DEFAULT_TOLERANCE_SECONDS,
): boolean {
  const id = headers[WEBHOOK_ID_HEADER];
  const timestamp = Number(headers[WEBHOOK_TIMESTAMP_HEADER]);
  const signatures = headers[WEBHOOK_SIGNATURE_HEADER];
  if (!id || !signatures || !/^\d+$/.test(headers[WEBHOOK_TIMESTAMP_HEADER] ?? '')) return false;
  if (Math.abs(nowSeconds - timestamp) > toleranceSeconds) return false;
  const expected = Buffer.from(sign(secret, id, timestamp, body), 'base64');
  return signatures.split(' ').some((entry) => {
    const [version, value] = entry.split(',', 2);
    if (version !== 'v1' || !value) return false;
    const given = Buffer.from(value, 'base64');
    return given.length === expected.length && timingSafeEqual(given, expected);
  });
}
