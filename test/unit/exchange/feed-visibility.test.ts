import { describe, expect, it } from 'vitest';
import type { FeedEntry } from '../../../shared/ports/change-feed.js';
import type { Caller } from '../../../shared/ports/identity.js';
import { decodeFeedCursor, encodeFeedCursor, visibility } from '../../../shared/use-cases/change-feed.js';

const caller = (role: Caller['role'], org: string): Caller => ({ role, org, subject: org, scopes: [] });
const candidate = (pes: string, consent: boolean, op: FeedEntry['op'] = 'upsert'): FeedEntry => ({
  type: 'candidate',
  id: 'cand_1',
  version: 1,
  op,
  changedAt: '2026-03-02T09:00:00Z',
  scope: { pes, consent },
});
const vacancy = (owner: string, bottleneck: boolean, open = true): FeedEntry => ({
  type: 'vacancy',
  id: 'vac_1',
  version: 1,
  op: 'upsert',
  changedAt: '2026-03-02T09:00:00Z',
  scope: { owner, bottleneck, open },
});

describe('who sees which change', () => {
  it('shows a PES its own candidates only, in full', () => {
    expect(visibility(caller('pes', 'VDAB'), candidate('VDAB', false))).toMatchObject({
      show: true,
      op: 'upsert',
      candidateView: 'owner',
    });
    expect(visibility(caller('pes', 'VDAB'), candidate('ANAPEC', true)).show).toBe(false);
    expect(visibility(caller('pes', 'VDAB'), candidate('VDAB', true, 'erase'))).toMatchObject({
      op: 'delete',
      reason: 'erased',
    });
  });

  it('shows the talent pool consenting candidates as the exchange view, and tells it to drop the others', () => {
    const pool = caller('talent-pool', 'EU-TP');
    expect(visibility(pool, candidate('VDAB', true))).toMatchObject({
      op: 'upsert',
      candidateView: 'exchange',
    });
    expect(visibility(pool, candidate('VDAB', false))).toMatchObject({
      op: 'delete',
      reason: 'consent-withdrawn',
    });
    expect(visibility(pool, candidate('VDAB', true, 'erase'))).toMatchObject({
      op: 'delete',
      reason: 'erased',
    });
  });

  it('shows employers their own vacancies and public bottleneck vacancies, never candidates', () => {
    const employer = caller('employer', 'emp-a');
    expect(visibility(employer, candidate('VDAB', true)).show).toBe(false);
    expect(visibility(employer, vacancy('emp-a', false, false))).toMatchObject({ op: 'upsert' });
    expect(visibility(employer, vacancy('emp-b', true))).toMatchObject({ op: 'upsert' });
    expect(visibility(employer, vacancy('emp-b', false)).show).toBe(false);
    expect(visibility(employer, vacancy('emp-b', true, false))).toMatchObject({
      op: 'delete',
      reason: 'closed',
    });
    expect(visibility(caller('pes', 'VDAB'), vacancy('emp-b', true))).toMatchObject({ op: 'upsert' });
  });

  it('shows operators every reference, without details', () => {
    expect(visibility(caller('operator', 'OPS'), candidate('VDAB', false))).toMatchObject({
      show: true,
      withDetail: false,
    });
  });
});

describe('feed cursors', () => {
  it('round-trips and refuses what it did not issue', () => {
    expect(decodeFeedCursor(encodeFeedCursor({ segment: 12, offset: 34 }))).toEqual({
      segment: 12,
      offset: 34,
    });
    expect(decodeFeedCursor(undefined)).toEqual({ segment: 1, offset: 0 });
    expect(() => decodeFeedCursor('12')).toThrow();
    expect(() => decodeFeedCursor('x.1')).toThrow();
  });
});
