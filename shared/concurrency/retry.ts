import { ServiceUnavailableError } from '../errors.js';

/**
 * The one bounded retry helper. Every retry loop in the code base goes through it, so each has an
 * attempt limit and spreads its retries out: "full jitter" (AWS Architecture Blog, "Exponential
 * Backoff And Jitter") sleeps a uniformly random time in [0, min(cap, base·2^n)) before retry n,
 * which keeps many throttled callers from retrying in lock-step and lets the dependency recover.
 * When the attempts run out it throws RetriesExhaustedError, a 503 with Retry-After at the edge
 * (shared/app/problem.ts), instead of spinning.
 */

export interface RetryPolicy {
  /** Attempts in all, the first included (at least 1). */
  readonly maxAttempts: number;
  /** The backoff ceiling before the first retry; it doubles for each retry after that. */
  readonly baseDelayMs: number;
  /** No backoff ceiling grows beyond this. */
  readonly maxDelayMs: number;
}

export interface RetryOptions {
  readonly policy: RetryPolicy;
  /** What is being retried, for the error when the attempts run out ("DynamoDB BatchWrite"). */
  readonly what: string;
  /** Which thrown errors are worth another attempt; any other is rethrown at once. */
  readonly isRetryable: (error: unknown) => boolean;
  /** Injectable for tests; defaults to a timer. */
  readonly sleep?: (ms: number) => Promise<void>;
  /** Injectable for tests; a number in [0, 1). Defaults to Math.random. */
  readonly random?: () => number;
  /** Called before each retry's sleep (for logs and metrics). */
  readonly onRetry?: (event: { attempt: number; delayMs: number; error: unknown }) => void;
}

/** A conservative default: 5 attempts, 50 ms doubling to at most 2 s (about 3 s worst case). */
export const DEFAULT_RETRY_POLICY: RetryPolicy = { maxAttempts: 5, baseDelayMs: 50, maxDelayMs: 2_000 };

/** The attempts ran out while the dependency still refused; the last refusal is the cause. */
export class RetriesExhaustedError extends ServiceUnavailableError {
  override readonly name = 'RetriesExhaustedError';
  constructor(
    readonly what: string,
    readonly attempts: number,
    retryAfterSeconds: number,
    cause: unknown,
  ) {
    super(
      `${what} is overloaded or unavailable (${attempts} attempts failed); retry the request shortly.`,
      retryAfterSeconds,
      { cause },
    );
  }
}

export function validatePolicy(policy: RetryPolicy): RetryPolicy {
  const { maxAttempts, baseDelayMs, maxDelayMs } = policy;
  if (!Number.isInteger(maxAttempts) || maxAttempts < 1) {
    throw new RangeError(`maxAttempts must be an integer >= 1, got ${maxAttempts}`);
  }
  if (!(baseDelayMs >= 0) || !(maxDelayMs >= baseDelayMs)) {
    throw new RangeError(`need 0 <= baseDelayMs <= maxDelayMs, got ${baseDelayMs} and ${maxDelayMs}`);
  }
  return policy;
}

/** Full jitter: a uniform draw in [0, min(cap, base·2^(retry−1))) for the retry numbered from 1. */
export function fullJitterDelayMs(retry: number, policy: RetryPolicy, random: () => number = Math.random) {
  const ceiling = Math.min(policy.maxDelayMs, policy.baseDelayMs * 2 ** Math.max(0, retry - 1));
  return Math.floor(random() * ceiling);
}

/** How long a caller should wait once the attempts ran out: one full backoff ceiling, at least 1 s. */
export function retryAfterSeconds(policy: RetryPolicy): number {
  return Math.max(1, Math.ceil(policy.maxDelayMs / 1000));
}

const timerSleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/**
 * Runs `operation` until it resolves, a non-retryable error is thrown (rethrown as is), or
 * `policy.maxAttempts` attempts have failed (RetriesExhaustedError). `attempt` counts from 1.
 */
export async function retry<T>(
  operation: (attempt: number) => Promise<T>,
  options: RetryOptions,
): Promise<T> {
  const policy = validatePolicy(options.policy);
  const sleep = options.sleep ?? timerSleep;
  for (let attempt = 1; ; attempt++) {
    try {
      return await operation(attempt);
    } catch (error) {
      if (!options.isRetryable(error)) throw error;
      if (attempt >= policy.maxAttempts) {
        throw new RetriesExhaustedError(options.what, attempt, retryAfterSeconds(policy), error);
      }
      const delayMs = fullJitterDelayMs(attempt, policy, options.random);
      options.onRetry?.({ attempt, delayMs, error });
      await sleep(delayMs);
    }
  }
}

/** The leftovers a batch call handed back (DynamoDB's UnprocessedItems/UnprocessedKeys). */
export class LeftoverItems<T> extends Error {
  override readonly name = 'LeftoverItems';
  constructor(readonly items: readonly T[]) {
    super(`${items.length} item(s) were left unprocessed`);
  }
}

/**
 * For batch calls that accept part of a batch and hand the rest back: `send` gets the items still
 * pending and returns those it left over; the leftovers are sent again, under the same bounds as
 * `retry`, until none remain. Errors `send` throws are retried when `isRetryable` says so.
 */
export async function retryLeftovers<T>(
  items: readonly T[],
  send: (pending: readonly T[], attempt: number) => Promise<readonly T[]>,
  options: RetryOptions,
): Promise<void> {
  let pending = items;
  if (pending.length === 0) return;
  await retry(
    async (attempt) => {
      const left = await send(pending, attempt);
      if (left.length > 0) {
        pending = left;
        throw new LeftoverItems(left);
      }
    },
    { ...options, isRetryable: (error) => error instanceof LeftoverItems || options.isRetryable(error) },
  );
}
