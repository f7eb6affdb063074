import { describe, expect, it } from 'vitest';
import {
  retainUntil,
  retentionDays,
  TTL_GRACE_DAYS,
  ttlEpochSeconds,
} from '../../../shared/privacy/retention.js';

describe('retention per PES', () => {
  const policy = { defaultDays: 730, byPes: { ANETI: 365 } };

  it('counts from the last change, per service, with a default', () => {
    expect(retentionDays(policy, 'VDAB')).toBe(730);
    expect(retainUntil(policy, 'ANETI', '2026-03-02T09:00:00.000Z')).toBe('2027-03-02T09:00:00.000Z');
    expect(retainUntil(policy, 'VDAB', '2026-03-02T09:00:00.000Z')).toBe('2028-03-01T09:00:00.000Z');
  });

  it('sets the TTL backstop a grace period after the retention end, in epoch seconds', () => {
    const end = '2027-03-02T09:00:00.000Z';
    expect(ttlEpochSeconds(end)).toBe(Date.parse(end) / 1000 + TTL_GRACE_DAYS * 86_400);
  });
});
