import { addDays } from '../rules/dates.js';
import type { StartDateSummary } from './start-summary.js';

/**
 * The median and range of start dates over a set of candidates the caller can only count: for
 * a date d, `countBy` says how many of them can start on or before d. Start dates are whole
 * days from `today` on, so the k-th earliest date is the first d with count(d) ≥ k; each target
 * (the earliest, the median as `startDateSummary` picks it, the latest) is found by narrowing
 * the days between a date counted below k and one counted at or above it, all targets' probes
 * of a round sent in one call. A ladder of offsets up to HORIZON_DAYS starts it; candidates
 * who could start only later still are left out, as candidates who cannot start at all are.
 */

/** Days from today of the first round's probes (a week, months, years). */
const LADDER = [0, 7, 14, 30, 61, 91, 122, 152, 183, 244, 305, 365, 456, 548, 730, 1095, 1461, 1826, 3652];
export const HORIZON_DAYS = 36_525;
/** At most this many probes per target and round. */
const PROBES_PER_TARGET = 48;

export type StartSpread = Omit<StartDateSummary, 'unverified'>;

export async function startSpread(
  today: string,
  countBy: (dates: readonly string[]) => Promise<readonly number[]>,
): Promise<StartSpread> {
  const counted = new Map<number, number>([[-1, 0]]);
  const probe = async (offsets: readonly number[]) => {
    const fresh = [...new Set(offsets)].filter((o) => !counted.has(o)).sort((a, b) => a - b);
    if (fresh.length === 0) return;
    const counts = await countBy(fresh.map((o) => addDays(today, o)));
    for (const [i, o] of fresh.entries()) counted.set(o, counts[i] ?? 0);
  };
  await probe([...LADDER, HORIZON_DAYS]);
  const total = counted.get(HORIZON_DAYS) ?? 0;
  if (total === 0) return { candidates: 0, median: null, earliest: null, latest: null };

  const ranks = [1, Math.floor((total - 1) / 2) + 1, total];
  const bracket = (rank: number): [number, number] => {
    let lo = -1;
    let hi = HORIZON_DAYS;
    for (const [offset, n] of counted) {
      if (n < rank && offset > lo) lo = offset;
      if (n >= rank && offset < hi) hi = offset;
    }
    return [lo, hi];
  };
  for (;;) {
    const open = ranks.map(bracket).filter(([lo, hi]) => hi - lo > 1);
    if (open.length === 0) break;
    await probe(open.flatMap(([lo, hi]) => between(lo, hi)));
  }
  const [earliest, median, latest] = ranks.map((rank) => addDays(today, bracket(rank)[1]));
  return { candidates: total, median: median ?? null, earliest: earliest ?? null, latest: latest ?? null };
}

/** Offsets strictly between lo and hi: all of them, or PROBES_PER_TARGET evenly spread. */
function between(lo: number, hi: number): number[] {
  const gap = hi - lo - 1;
  if (gap <= PROBES_PER_TARGET) return Array.from({ length: gap }, (_, i) => lo + 1 + i);
  return Array.from({ length: PROBES_PER_TARGET }, (_, i) =>
    Math.floor(lo + ((i + 1) * (hi - lo)) / (PROBES_PER_TARGET + 1)),
  );
}
