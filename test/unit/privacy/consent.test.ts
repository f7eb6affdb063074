import { describe, expect, it } from 'vitest';
import {
  type Consent,
  ConsentSchema,
  grantConsent,
  isGranted,
  newerConsent,
  parsePurpose,
  purposeText,
  sharesWith,
  withdrawConsent,
} from '../../../shared/domain/consent.js';

const base: Consent = { matching: true, recordedAt: '2026-01-15T10:00:00Z' };
const share = { kind: 'share-with-employer', employerOrg: 'emp-a' } as const;

describe('consent per purpose', () => {
  it('parses and prints purposes, refusing anything else', () => {
    expect(parsePurpose('matching')).toEqual({ kind: 'matching' });
    expect(parsePurpose('share-with-employer:emp-a')).toEqual(share);
    expect(purposeText(share)).toBe('share-with-employer:emp-a');
    for (const bad of ['', 'marketing', 'share-with-employer:', 'share-with-employer:a b'])
      expect(parsePurpose(bad)).toBeUndefined();
  });

  it('grants, withdraws and grants again, keeping the history', () => {
    const granted = grantConsent(base, share, '2026-02-01T00:00:00.000Z');
    expect(sharesWith(granted, 'emp-a')).toBe(true);
    expect(sharesWith(granted, 'emp-b')).toBe(false);
    expect(grantConsent(granted, share, '2026-02-02T00:00:00.000Z')).toBe(granted);
    const withdrawn = withdrawConsent(granted, share, '2026-02-03T00:00:00.000Z');
    expect(sharesWith(withdrawn, 'emp-a')).toBe(false);
    expect(withdrawConsent(withdrawn, share, '2026-02-04T00:00:00.000Z')).toBe(withdrawn);
    const again = grantConsent(withdrawn, share, '2026-02-05T00:00:00.000Z');
    expect(again.sharing).toEqual([
      {
        employerOrg: 'emp-a',
        grantedAt: '2026-02-01T00:00:00.000Z',
        withdrawnAt: '2026-02-03T00:00:00.000Z',
      },
      { employerOrg: 'emp-a', grantedAt: '2026-02-05T00:00:00.000Z' },
    ]);
    expect(ConsentSchema.safeParse(again).success).toBe(true);
  });

  it('withdraws matching consent at once', () => {
    const off = withdrawConsent(base, { kind: 'matching' }, '2026-02-01T00:00:00.000Z');
    expect(isGranted(off, { kind: 'matching' })).toBe(false);
    expect(off.recordedAt).toBe('2026-02-01T00:00:00.000Z');
  });

  it('keeps the statement recorded last: an older upload never undoes a withdrawal', () => {
    const withdrawn = withdrawConsent(base, { kind: 'matching' }, '2026-02-01T00:00:00.000Z');
    expect(newerConsent(withdrawn, base)).toBe(withdrawn);
    const renewed = { matching: true, recordedAt: '2026-03-01T00:00:00Z' };
    expect(newerConsent(withdrawn, renewed)).toBe(renewed);
    expect(newerConsent(undefined, base)).toBe(base);
  });

  it('refuses a withdrawal dated before its grant', () => {
    const bad = {
      ...base,
      sharing: [
        { employerOrg: 'emp-a', grantedAt: '2026-02-01T00:00:00Z', withdrawnAt: '2026-01-01T00:00:00Z' },
      ],
    };
    expect(ConsentSchema.safeParse(bad).success).toBe(false);
  });
});
