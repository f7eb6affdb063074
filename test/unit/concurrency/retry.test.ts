import { Hono } from 'hono';
import { describe, expect, it } from 'vitest';
import { problemResponse } from '../../../shared/app/problem.js';
import {
  fullJitterDelayMs,
  RetriesExhaustedError,
  type RetryPolicy,
  retry,
  retryAfterSeconds,
  retryLeftovers,
  validatePolicy,
} from '../../../shared/concurrency/retry.js';
import { ServiceUnavailableError } from '../../../shared/errors.js';

const policy: RetryPolicy = { maxAttempts: 4, baseDelayMs: 100, maxDelayMs: 300 };

class Throttled extends Error {
  override name = 'ThrottlingException';
}
const isThrottled = (error: unknown) => error instanceof Throttled;

/** A sleep that only records what it was asked to wait. */
function recordingSleep() {
  const slept: number[] = [];
  return { slept, sleep: async (ms: number) => void slept.push(ms) };
}

describe('fullJitterDelayMs: uniform in [0, min(cap, base·2^(n−1)))', () => {
  describe.each([
    { retry: 1, random: 0.5, expected: 50 },
    { retry: 2, random: 0.5, expected: 100 },
    { retry: 3, random: 0.5, expected: 150 }, // 400 capped at 300
    { retry: 10, random: 0.999, expected: 299 }, // never reaches the cap itself
    { retry: 1, random: 0, expected: 0 }, // full jitter may retry at once
  ])('retry $retry, random $random', ({ retry: n, random, expected }) => {
    it(`waits ${expected} ms`, () => {
      expect(fullJitterDelayMs(n, policy, () => random)).toBe(expected);
    });
  });
});

describe('validatePolicy', () => {
  describe.each([
    { bad: { maxAttempts: 0, baseDelayMs: 1, maxDelayMs: 1 }, message: /maxAttempts/ },
    { bad: { maxAttempts: 1.5, baseDelayMs: 1, maxDelayMs: 1 }, message: /maxAttempts/ },
    { bad: { maxAttempts: 3, baseDelayMs: 10, maxDelayMs: 5 }, message: /baseDelayMs/ },
    { bad: { maxAttempts: 3, baseDelayMs: -1, maxDelayMs: 5 }, message: /baseDelayMs/ },
  ])('$bad', ({ bad, message }) => {
    it('is refused', () => expect(() => validatePolicy(bad)).toThrow(message));
  });
});

describe('retry', () => {
  it('returns the first success, sleeping the jittered delay before each retry', async () => {
    const { slept, sleep } = recordingSleep();
    const seen: number[] = [];
    const result = await retry(
      async (attempt) => {
        seen.push(attempt);
        if (attempt < 3) throw new Throttled('slow down');
        return 'done';
      },
      { policy, what: 'the store', isRetryable: isThrottled, sleep, random: () => 0.5 },
    );
    expect(result).toBe('done');
    expect(seen).toEqual([1, 2, 3]);
    expect(slept).toEqual([50, 100]);
  });

  it('rethrows a non-retryable error at once, without sleeping', async () => {
    const { slept, sleep } = recordingSleep();
    const bug = new TypeError('not a dependency problem');
    let calls = 0;
    const run = retry(
      async () => {
        calls++;
        throw bug;
      },
      { policy, what: 'the store', isRetryable: isThrottled, sleep },
    );
    await expect(run).rejects.toBe(bug);
    expect(calls).toBe(1);
    expect(slept).toEqual([]);
  });

  it('sustained throttling ends after maxAttempts in RetriesExhaustedError, not a spin', async () => {
    const { slept, sleep } = recordingSleep();
    const last = new Throttled('still throttled');
    let calls = 0;
    const retries: number[] = [];
    const error = await retry(
      async () => {
        calls++;
        throw calls === policy.maxAttempts ? last : new Throttled('throttled');
      },
      {
        policy,
        what: 'DynamoDB BatchWriteItem',
        isRetryable: isThrottled,
        sleep,
        random: () => 0.999,
        onRetry: ({ attempt }) => retries.push(attempt),
      },
    ).catch((e: unknown) => e);
    expect(calls).toBe(4);
    expect(retries).toEqual([1, 2, 3]);
    expect(slept).toEqual([99, 199, 299]);
    expect(error).toBeInstanceOf(RetriesExhaustedError);
    expect(error).toBeInstanceOf(ServiceUnavailableError);
    const exhausted = error as RetriesExhaustedError;
    expect(exhausted.attempts).toBe(4);
    expect(exhausted.cause).toBe(last);
    expect(exhausted.retryAfterSeconds).toBe(1);
    expect(exhausted.message).toBe(
      'DynamoDB BatchWriteItem is overloaded or unavailable (4 attempts failed); retry the request shortly.',
    );
  });

  it('maxAttempts 1 never sleeps', async () => {
    const { slept, sleep } = recordingSleep();
    const run = retry(
      async () => {
        throw new Throttled('x');
      },
      { policy: { ...policy, maxAttempts: 1 }, what: 'x', isRetryable: isThrottled, sleep },
    );
    await expect(run).rejects.toBeInstanceOf(RetriesExhaustedError);
    expect(slept).toEqual([]);
  });
});

describe('retryLeftovers', () => {
  it('sends only what was left over, until nothing is', async () => {
    const { sleep } = recordingSleep();
    const sent: string[][] = [];
    await retryLeftovers(
      ['a', 'b', 'c'],
      async (pending) => {
        sent.push([...pending]);
        return pending.slice(1);
      },
      { policy: { ...policy, maxAttempts: 5 }, what: 'batch', isRetryable: isThrottled, sleep },
    );
    expect(sent).toEqual([['a', 'b', 'c'], ['b', 'c'], ['c']]);
  });

  it('gives up with RetriesExhaustedError when leftovers keep coming back', async () => {
    const { slept, sleep } = recordingSleep();
    let calls = 0;
    const run = retryLeftovers(
      ['a'],
      async (pending) => {
        calls++;
        return pending;
      },
      { policy, what: 'DynamoDB BatchGetItem', isRetryable: isThrottled, sleep, random: () => 0 },
    );
    await expect(run).rejects.toThrow(/DynamoDB BatchGetItem is overloaded.*4 attempts/);
    expect(calls).toBe(4);
    expect(slept).toEqual([0, 0, 0]);
  });

  it('sends nothing for no items', async () => {
    let calls = 0;
    await retryLeftovers([], async () => [String(calls++)], { policy, what: 'x', isRetryable: isThrottled });
    expect(calls).toBe(0);
  });
});

describe('at the edge', () => {
  it('exhausted retries render as a 503 problem with Retry-After', async () => {
    const app = new Hono();
    app.onError((error, c) => problemResponse(c, error));
    app.get('/x', () =>
      retry(
        async () => {
          throw new Throttled('throttled');
        },
        {
          policy: { maxAttempts: 2, baseDelayMs: 0, maxDelayMs: 2_500 },
          what: 'The candidate store',
          isRetryable: isThrottled,
          sleep: async () => {},
        },
      ),
    );
    const response = await app.request('/x');
    expect(response.status).toBe(503);
    expect(response.headers.get('retry-after')).toBe('3');
    expect(response.headers.get('content-type')).toBe('application/problem+json');
    const body = (await response.json()) as Record<string, unknown>;
    expect(body.type).toBe('https://concentric.example/problems/service-unavailable');
    expect(body.detail).toBe(
      'The candidate store is overloaded or unavailable (2 attempts failed); retry the request shortly.',
    );
  });

  it('retryAfterSeconds is one backoff ceiling, at least a second', () => {
    expect(retryAfterSeconds({ maxAttempts: 1, baseDelayMs: 0, maxDelayMs: 10 })).toBe(1);
    expect(retryAfterSeconds({ maxAttempts: 1, baseDelayMs: 0, maxDelayMs: 4_001 })).toBe(5);
  });
});
