/** Time, injected so that tests and rules are deterministic: the one source of "now". */
export interface Clock {
  now(): Date;
}

export const systemClock: Clock = { now: () => new Date() };

export function fixedClock(iso: string): Clock {
  const at = new Date(iso);
  return { now: () => new Date(at) };
}

/**
 * Today's date by the clock, `YYYY-MM-DD` (UTC): the date the rules, the reference lists and the
 * thresholds are read on. The one way to say "today".
 */
export function today(clock: Clock): string {
  return clock.now().toISOString().slice(0, 10);
}
