/**
 * How long a candidate profile is kept after its PES last changed it. Each partner service's
 * agreement sets its own period; none is known yet, so every PES gets the default until its
 * agreement is entered here (configuration, not a legal fact).
 */
export interface RetentionPolicy {
  readonly defaultDays: number;
  readonly byPes?: Readonly<Record<string, number>>;
}

export const DEFAULT_RETENTION: RetentionPolicy = { defaultDays: 730 };

/**
 * DynamoDB's TTL deletes an item some time after `expiresAt` (typically within days) and writes
 * no audit record. The retention sweep expires profiles at `retainUntil` with a tombstone; TTL
 * is set this much later, as the backstop for a sweep that stopped running.
 */
export const TTL_GRACE_DAYS = 7;

const DAY_MS = 24 * 60 * 60 * 1000;

export function retentionDays(policy: RetentionPolicy, pes: string): number {
  return policy.byPes?.[pes] ?? policy.defaultDays;
}

/** The moment a profile changed at `changedAt` by `pes` is due for erasure. */
export function retainUntil(policy: RetentionPolicy, pes: string, changedAt: string): string {
  return new Date(Date.parse(changedAt) + retentionDays(policy, pes) * DAY_MS).toISOString();
}

/** The item's TTL attribute (epoch seconds): the retention end plus the sweep's grace. */
export function ttlEpochSeconds(retainUntilIso: string): number {
  return Math.floor((Date.parse(retainUntilIso) + TTL_GRACE_DAYS * DAY_MS) / 1000);
}
