import { describe, expect, it } from 'vitest';
import { defaultReferenceData } from '../../../shared/rules/reference-data.js';

describe('ReferenceData.bottleneckList', () => {
  it('gives the list valid on the date, with VDAB’s official count', () => {
    const list = defaultReferenceData.bottleneckList('2026-03-02');
    expect(list).toMatchObject({ year: 2026, officialCount: 227, carriedForward: false });
    expect(list?.occupations.map((o) => o.isco)).toContain('2221');
    for (const o of list?.occupations ?? [])
      expect(defaultReferenceData.isBottleneck(o.isco, '2026-03-02').bottleneck).toBe(true);
  });

  it('carries the newest list forward, unverified, and has none before the oldest', () => {
    expect(defaultReferenceData.bottleneckList('2030-01-01')).toMatchObject({
      year: 2026,
      carriedForward: true,
      unverified: true,
    });
    expect(defaultReferenceData.bottleneckList('2020-01-01')).toBeUndefined();
  });
});
