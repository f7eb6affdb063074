import { addMonths } from '../rules/dates.js';

/**
 * Summaries of start dates (pure): the spread of a ring's start dates, and the windows a
 * sourcing plan counts candidates in ("can start within 1, 3, 6, 12 months").
 */

export interface StartDateSummary {
  /** Candidates with a start date (those who cannot start at all are left out). */
  readonly candidates: number;
  /** The middle date; of an even count the earlier of the two middle ones (a real date). */
  readonly median: string | null;
  readonly earliest: string | null;
  readonly latest: string | null;
  /** Some start date rests on an unverified figure. */
  readonly unverified: boolean;
}

export function startDateSummary(
  starts: readonly { readonly earliestStart: string | null; readonly unverified: boolean }[],
): StartDateSummary {
  const dated = starts.filter((s) => s.earliestStart !== null);
  const dates = dated.map((s) => s.earliestStart as string).sort();
  return {
    candidates: dates.length,
    median: dates[Math.floor((dates.length - 1) / 2)] ?? null,
    earliest: dates[0] ?? null,
    latest: dates.at(-1) ?? null,
    unverified: dated.some((s) => s.unverified),
  };
}

/** The start windows of the sourcing plan, in months from the plan's date. */
export const START_WINDOW_MONTHS = [1, 3, 6, 12] as const;
export type StartWindowMonths = (typeof START_WINDOW_MONTHS)[number];

/** The last start date inside each window. */
export function startWindowDates(
  today: string,
): { readonly months: StartWindowMonths; readonly by: string }[] {
  return START_WINDOW_MONTHS.map((months) => ({ months, by: addMonths(today, months) }));
}
