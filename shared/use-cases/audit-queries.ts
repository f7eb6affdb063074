import { ValidationError } from '../errors.js';
import type { AuditLog, AuditRecord } from '../ports/audit-log.js';
import type { Clock } from '../ports/clock.js';
import type { Caller } from '../ports/identity.js';
import type { Page } from '../ports/page.js';
import { requireRole } from './access.js';

export interface AuditQueryDeps {
  readonly audit: AuditLog;
  readonly clock: Clock;
}

export interface AuditQueryInput {
  readonly subject?: string | undefined;
  readonly actor?: string | undefined;
  readonly from?: string | undefined;
  readonly to?: string | undefined;
  readonly limit: number;
  readonly cursor?: string | undefined;
}

const DAY_MS = 24 * 60 * 60 * 1000;
/** A query by time alone walks one partition per day: keep that walk bounded. */
export const MAX_UNFILTERED_WINDOW_DAYS = 31;

/**
 * Operators read the audit log: by subject (a candidate or vacancy id), by acting organisation,
 * or by time alone. Without `from`, a subject or actor query starts at the beginning of time and
 * a time query covers the last day; without `to`, it ends now.
 */
export async function queryAudit(
  deps: AuditQueryDeps,
  caller: Caller,
  input: AuditQueryInput,
): Promise<Page<AuditRecord>> {
  requireRole(caller, 'operator');
  const to = input.to ? new Date(input.to) : deps.clock.now();
  const filtered = input.subject !== undefined || input.actor !== undefined;
  const from = input.from
    ? new Date(input.from)
    : filtered
      ? new Date('2000-01-01T00:00:00.000Z')
      : new Date(to.getTime() - DAY_MS);
  if (from > to) throw new ValidationError([{ field: 'from', message: 'must not be after to' }]);
  if (!filtered && to.getTime() - from.getTime() > MAX_UNFILTERED_WINDOW_DAYS * DAY_MS) {
    throw new ValidationError([
      {
        field: 'from',
        message: `a query without subject or actor covers at most ${MAX_UNFILTERED_WINDOW_DAYS} days`,
      },
    ]);
  }
  return deps.audit.query({
    subject: input.subject,
    actor: input.actor,
    from: from.toISOString(),
    to: to.toISOString(),
    limit: input.limit,
    cursor: input.cursor,
  });
}
