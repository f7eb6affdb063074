import { RateLimitedError } from '../errors.js';
import type { Caller } from '../ports/identity.js';

export interface RateLimit {
  /** Requests a client may send at once, after being idle. */
  readonly burst: number;
  /** Sustained requests per second. */
  readonly perSecond: number;
}

/**
 * Per client, per instance. API Gateway's stage throttling is the global limit; this one keeps
 * one client (an organisation in one role) from taking a whole Lambda instance or the local
 * server for itself. Instances do not share buckets, so a client may get up to this limit from
 * each warm instance.
 */
export const DEFAULT_RATE_LIMIT: RateLimit = { burst: 100, perSecond: 50 };

interface Bucket {
  tokens: number;
  at: number;
}

/**
 * Token buckets keyed by client. Time comes from a monotonic milliseconds source, not the
 * injected clock: tests freeze the clock, and a frozen clock would never refill a bucket.
 */
export class TokenBucketLimiter {
  private readonly buckets = new Map<string, Bucket>();

  constructor(
    private readonly limit: RateLimit,
    private readonly nowMs: () => number = () => performance.now(),
    /** Buckets kept; the least recently used is dropped first (a dropped bucket is a full one). */
    private readonly maxClients = 10_000,
  ) {
    if (!(limit.burst >= 1 && limit.perSecond > 0)) throw new RangeError('rate limit must be positive');
  }

  /** Takes one token for the client, or throws RateLimitedError with when to retry. */
  take(client: string): void {
    const now = this.nowMs();
    const bucket = this.buckets.get(client) ?? { tokens: this.limit.burst, at: now };
    bucket.tokens = Math.min(
      this.limit.burst,
      bucket.tokens + ((now - bucket.at) / 1000) * this.limit.perSecond,
    );
    bucket.at = now;
    // Re-insert so that Map order is least recently used first.
    this.buckets.delete(client);
    this.buckets.set(client, bucket);
    if (this.buckets.size > this.maxClients) {
      const oldest = this.buckets.keys().next().value;
      if (oldest !== undefined) this.buckets.delete(oldest);
    }
    if (bucket.tokens < 1) {
      throw new RateLimitedError(
        Math.max(1, Math.ceil((1 - bucket.tokens) / this.limit.perSecond)),
        this.limit.burst,
      );
    }
    bucket.tokens -= 1;
  }
}

/** One bucket per organisation and role: the unit that owns data and gets a token. */
export function rateLimitKey(caller: Caller): string {
  return `${caller.role}:${caller.org}`;
}
