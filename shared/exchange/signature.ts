import { createHmac, timingSafeEqual } from 'node:crypto';

/**
 * Webhook signatures: `Concentric-Signature: t=<unix seconds>,v1=<hex HMAC-SHA256 of "t.body">`
 * with the subscription's secret. The timestamp is signed with the body, so a receiver that
 * refuses old timestamps refuses replayed captures; several `v1` values may appear during a
 * secret rotation (a receiver accepts any that verifies).
 */
export const SIGNATURE_HEADER = 'Concentric-Signature';
export const DEFAULT_TOLERANCE_SECONDS = 300;

export function sign(secret: string, timestamp: number, body: string): string {
  return createHmac('sha256', secret).update(`${timestamp}.${body}`).digest('hex');
}

export function signatureHeader(secret: string, timestamp: number, body: string): string {
  return `t=${timestamp},v1=${sign(secret, timestamp, body)}`;
}

/** What a receiver runs: true only for an untampered body, signed recently with this secret. */
export function verifySignature(
  secret: string,
  header: string | null | undefined,
  body: string,
  nowSeconds: number,
  toleranceSeconds = DEFAULT_TOLERANCE_SECONDS,
): boolean {
  if (!header) return false;
  const parts = header.split(',').map((p) => p.trim().split('=', 2) as [string, string | undefined]);
  const timestamp = Number(parts.find(([k]) => k === 't')?.[1]);
  if (!Number.isInteger(timestamp) || Math.abs(nowSeconds - timestamp) > toleranceSeconds) return false;
  const expected = Buffer.from(sign(secret, timestamp, body), 'hex');
  return parts.some(([k, v]) => {
    if (k !== 'v1' || !v || !/^[0-9a-f]{64}$/.test(v)) return false;
    return timingSafeEqual(Buffer.from(v, 'hex'), expected);
  });
}
