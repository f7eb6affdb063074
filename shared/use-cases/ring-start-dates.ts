import type { Ring } from '../domain/geography.js';
import { ServiceUnavailableError } from '../errors.js';
import type { RankRequest } from '../matching/match-engine.js';
import type { StartCounts } from '../ports/start-counts.js';
import { startSpread } from '../start-date/start-spread.js';
import { type StartDateSummary, startDateSummary } from '../start-date/start-summary.js';
import { startFiguresUnverified } from '../start-date/start-windows.js';
import type { MatchStart, VacancyStartPlan } from '../start-date/vacancy-start.js';

/**
 * A ring's start-date summary over every candidate the ring search keeps, not only the top k
 * returned. When every kept candidate was returned, their computed starts give it directly;
 * otherwise the engine counts "can start by" probes over them (ports/start-counts.ts) and the
 * spread follows from the counts (start-spread.ts). Without a counter (an engine that has none
 * wired) it falls back to the returned matches and says so in `covers`.
 */

export interface RingStartDates extends StartDateSummary {
  readonly covers: 'all-qualified' | 'returned-matches';
}

export async function ringStartDates(input: {
  readonly counts: StartCounts | undefined;
  readonly plan: VacancyStartPlan;
  readonly today: string;
  readonly ring: Ring;
  readonly request: RankRequest;
  /** Candidates the ring search kept (its `total`). */
  readonly total: number;
  readonly matches: readonly { readonly start: MatchStart }[];
}): Promise<RingStartDates> {
  const { counts, plan, today, ring, request, total, matches } = input;
  const returned = startDateSummary(matches.map((m) => m.start));
  if (total <= matches.length) return { ...returned, covers: 'all-qualified' };
  if (counts === undefined) return { ...returned, covers: 'returned-matches' };
  try {
    const spread = await startSpread(today, (dates) =>
      counts.countEach(
        request,
        dates.map((by) => plan.canStartBy(ring, by)),
      ),
    );
    // Per candidate the engine cannot tell which figures a date rests on: any unverified one counts.
    return { ...spread, unverified: startFiguresUnverified(plan.figures), covers: 'all-qualified' };
  } catch (error) {
    if (error instanceof RangeError) throw error;
    throw new ServiceUnavailableError(
      'The search engine is unavailable; matches cannot be computed right now.',
      5,
      { cause: error },
    );
  }
}
