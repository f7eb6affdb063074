import { describe, expect, it } from 'vitest';
import { TokenBucketLimiter } from '../../../shared/app/rate-limit.js';
import { RateLimitedError } from '../../../shared/errors.js';

function limiter(burst: number, perSecond: number, maxClients?: number) {
  let now = 0;
  const bucket = new TokenBucketLimiter({ burst, perSecond }, () => now, maxClients);
  return {
    take: (client: string) => bucket.take(client),
    advance: (ms: number) => {
      now += ms;
    },
  };
}

const refused = (take: () => void): RateLimitedError | undefined => {
  try {
    take();
    return undefined;
  } catch (error) {
    if (error instanceof RateLimitedError) return error;
    throw error;
  }
};

describe('token bucket per client', () => {
  it('admits a burst, then refuses with the seconds until the next token', () => {
    const l = limiter(3, 0.5);
    for (let i = 0; i < 3; i++) expect(refused(() => l.take('employer:a'))).toBeUndefined();
    const error = refused(() => l.take('employer:a'));
    expect(error?.status).toBe(429);
    expect(error?.retryAfterSeconds).toBe(2);
  });

  it('refills at the sustained rate, never above the burst', () => {
    const l = limiter(2, 10);
    l.take('c');
    l.take('c');
    expect(refused(() => l.take('c'))).toBeDefined();
    l.advance(100); // one token
    expect(refused(() => l.take('c'))).toBeUndefined();
    expect(refused(() => l.take('c'))).toBeDefined();
    l.advance(60_000);
    l.take('c');
    l.take('c');
    expect(refused(() => l.take('c'))).toBeDefined();
  });

  it('keeps clients apart', () => {
    const l = limiter(1, 1);
    l.take('employer:a');
    expect(refused(() => l.take('employer:a'))).toBeDefined();
    expect(refused(() => l.take('employer:b'))).toBeUndefined();
    expect(refused(() => l.take('pes:a'))).toBeUndefined();
  });

  it('forgets the least recently used client beyond its capacity (a forgotten bucket is full)', () => {
    const l = limiter(1, 0.001, 2);
    l.take('a');
    l.take('b');
    l.take('c'); // drops a
    expect(refused(() => l.take('a'))).toBeUndefined();
    expect(refused(() => l.take('c'))).toBeDefined();
  });
});
