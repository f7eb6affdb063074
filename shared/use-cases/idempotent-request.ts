import { ConflictError, IdempotencyKeyReusedError, ValidationError } from '../errors.js';
import type { Clock } from '../ports/clock.js';
import type { IdempotencyStore, StoredResponse } from '../ports/idempotency-store.js';
import { canonicalJson, sha256Hex } from './digest.js';

/** How long a key is remembered: a client retries within minutes; a day is generous. */
export const IDEMPOTENCY_TTL_SECONDS = 24 * 3600;
/**
 * How long an unanswered claim holds: longer than the API function may run (10 s,
 * infra/stacks/stateless-functions.ts), so only a request that died leaves one this old.
 */
export const IDEMPOTENCY_LOCK_SECONDS = 60;

/** What a key may be (draft-ietf-httpapi-idempotency-key-header: a string; a UUID is advised). */
const KEY_PATTERN = /^[\x21-\x7e]{1,255}$/;

export function checkIdempotencyKey(key: string | undefined): string | undefined {
  if (key === undefined) return undefined;
  if (!KEY_PATTERN.test(key)) {
    throw new ValidationError([
      { field: 'Idempotency-Key', message: 'must be 1–255 visible ASCII characters (a UUID is a good key)' },
    ]);
  }
  return key;
}

export interface IdempotentRequest {
  /** The caller (role and organisation): keys are theirs alone. */
  readonly scope: string;
  readonly key: string;
  /** Digest of method, path and body. */
  readonly fingerprint: string;
}

export interface IdempotencyDeps {
  readonly store: IdempotencyStore;
  readonly clock: Clock;
}

/**
 * The request's fingerprint: method, path and body, a JSON body in canonical form, so that a
 * retry serialized with its keys in another order or other spacing is still the same request.
 */
export function requestFingerprint(method: string, path: string, body: string): string {
  let content = body;
  try {
    content = canonicalJson(JSON.parse(body));
  } catch {
    // Not JSON: the bytes themselves (the handler refuses such a body anyway).
  }
  return sha256Hex(`${method} ${path.replace(/\/+$/, '')}\n${content}`);
}

/**
 * Runs a creating request once per key, with the statuses of draft-ietf-httpapi-idempotency-key-header
 * (its error scenarios): the first request claims the key and its successful answer is stored;
 * a retry with the same request gets that answer (`replayed`), one with another request a 422,
 * one while the first is still running a 409. A failed first request (an error or a non-2xx
 * answer) gives the key up, so the client's corrected retry runs again: nothing is kept half-way.
 */
export async function runIdempotently(
  deps: IdempotencyDeps,
  request: IdempotentRequest,
  run: () => Promise<StoredResponse>,
): Promise<{ response: StoredResponse; replayed: boolean }> {
  const key = checkIdempotencyKey(request.key) as string;
  const now = deps.clock.now();
  const earlier = await deps.store.claim(request.scope, key, request.fingerprint, {
    now,
    lockedUntil: new Date(now.getTime() + IDEMPOTENCY_LOCK_SECONDS * 1000),
    expiresAt: new Date(now.getTime() + IDEMPOTENCY_TTL_SECONDS * 1000),
  });
  if (earlier) {
    if (earlier.fingerprint !== request.fingerprint) {
      throw new IdempotencyKeyReusedError('This Idempotency-Key came with another request; use a new key.');
    }
    if (!earlier.response) {
      throw new ConflictError('A request with this Idempotency-Key is still running; retry shortly.');
    }
    return { response: earlier.response, replayed: true };
  }
  let response: StoredResponse;
  try {
    response = await run();
  } catch (error) {
    await deps.store.release(request.scope, key);
    throw error;
  }
  if (response.status >= 200 && response.status < 300) {
    await deps.store.complete(request.scope, key, response);
  } else {
    await deps.store.release(request.scope, key);
  }
  return { response, replayed: false };
}
