import { describe, expect, it } from 'vitest';
import { addDays } from '../../../shared/rules/dates.js';
import { HORIZON_DAYS, startSpread } from '../../../shared/start-date/start-spread.js';
import { startDateSummary } from '../../../shared/start-date/start-summary.js';

const TODAY = '2026-03-01';

/** A counter over known start dates, as an engine would answer "can start by" counts. */
function counterOver(dates: readonly string[]) {
  const calls: number[] = [];
  const countBy = async (by: readonly string[]) => {
    calls.push(by.length);
    return by.map((d) => dates.filter((s) => s <= d).length);
  };
  return { countBy, calls };
}

describe.each([
  { name: 'nobody', dates: [] },
  { name: 'one candidate, today', dates: [TODAY] },
  { name: 'two: the median is the earlier', dates: ['2026-05-17', '2026-03-20'] },
  {
    name: 'a spread over two years, with ties',
    dates: ['2026-03-01', '2026-03-01', '2026-04-12', '2026-08-05', '2026-08-05', '2027-01-30', '2028-02-29'],
  },
  { name: 'one far out (availableFrom decades ahead)', dates: ['2026-06-01', '2026-07-01', '2091-11-23'] },
])('startSpread: $name', ({ dates }) => {
  it('gives the summary the dates themselves give', async () => {
    const { countBy } = counterOver(dates);
    const expected = startDateSummary(dates.map((d) => ({ earliestStart: d, unverified: false })));
    const { unverified: _, ...spread } = expected;
    expect(await startSpread(TODAY, countBy)).toEqual(spread);
  });

  it('in a few rounds of at most a few hundred probes', async () => {
    const { countBy, calls } = counterOver(dates);
    await startSpread(TODAY, countBy);
    expect(calls.length).toBeLessThanOrEqual(5);
    for (const n of calls) expect(n).toBeLessThanOrEqual(150);
  });
});

describe('startSpread beyond the horizon', () => {
  it('leaves out a start later than the horizon, as a candidate who cannot start', async () => {
    const beyond = addDays(TODAY, HORIZON_DAYS + 1);
    const { countBy } = counterOver(['2026-04-01', beyond]);
    expect(await startSpread(TODAY, countBy)).toEqual({
      candidates: 1,
      median: '2026-04-01',
      earliest: '2026-04-01',
      latest: '2026-04-01',
    });
  });
});
