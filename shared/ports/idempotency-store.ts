/**
 * Where the first answer to a creating POST sent with an `Idempotency-Key` is kept, so that a
 * retry gets that answer instead of a second resource (IETF draft-ietf-httpapi-idempotency-key-header).
 * Keys are scoped per caller: two callers may use the same key.
 */

/** The answer replayed to a retry: status, the headers a client acts on, and the body. */
export interface StoredResponse {
  readonly status: number;
  readonly headers: Readonly<Record<string, string>>;
  readonly body: string;
}

export interface IdempotencyRecord {
  /** Digest of the request (method, path, body): a retry must match it. */
  readonly fingerprint: string;
  /** Absent while the first request is still being handled. */
  readonly response?: StoredResponse | undefined;
}

export interface IdempotencyClaim {
  readonly now: Date;
  /** Until when a claim without an answer holds; after it, the request is taken for dead. */
  readonly lockedUntil: Date;
  /** When the record may go (the key is forgotten). */
  readonly expiresAt: Date;
}

export interface IdempotencyStore {
  /**
   * Claims `key` for a request, atomically: undefined when this call claimed it, else the live
   * record a request before it left. An expired record, or a claim without an answer past its
   * `lockedUntil`, counts as absent.
   */
  claim(
    scope: string,
    key: string,
    fingerprint: string,
    at: IdempotencyClaim,
  ): Promise<IdempotencyRecord | undefined>;
  /** Stores the answer of the request that claimed the key. */
  complete(scope: string, key: string, response: StoredResponse): Promise<void>;
  /** Gives up a claim (the request failed), so that a retry runs again. */
  release(scope: string, key: string): Promise<void>;
}
