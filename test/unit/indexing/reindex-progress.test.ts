import { describe, expect, it } from 'vitest';
import { formatProgress } from '../../../scripts/reindex.js';

describe('reindex progress line', () => {
  it('draws a bar against the estimated total', () => {
    const line = formatProgress(
      { phase: 'load', scanned: 25_000, applied: 24_990, stale: 0, failed: 10, total: 50_000 },
      5_000,
    );
    expect(line).toBe(
      'load     [████████████░░░░░░░░░░░░]  50% 25,000/50,000  5,000/s  applied 24,990  stale 0  failed 10',
    );
  });

  it('shows counts only when the total is unknown', () => {
    const line = formatProgress(
      { phase: 'catch-up', scanned: 10, applied: 1, stale: 9, failed: 0, total: undefined },
      0,
    );
    expect(line).toBe('catch-up 10  0/s  applied 1  stale 9  failed 0');
  });
});
