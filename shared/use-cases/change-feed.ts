import type { CandidateProfile } from '../domain/candidate.js';
import type { Vacancy } from '../domain/vacancy.js';
import { ValidationError } from '../errors.js';
import {
  type CandidateView,
  type ExchangeCandidateRaw,
  type ExchangeVacancy,
  toExchangeCandidate,
  toExchangeVacancy,
} from '../exchange/exchange-format.js';
import { type ChangeFeed, FEED_START, type FeedEntry, type FeedPosition } from '../ports/change-feed.js';
import type { Caller } from '../ports/identity.js';

export interface ChangeFeedDeps {
  readonly feed: ChangeFeed;
}

/**
 * Why an entry tells a reader to drop a resource: it was erased, it left the reader's view
 * (a vacancy closed, a candidate withdrew consent to be matched).
 */
export type RemovalReason = 'erased' | 'closed' | 'consent-withdrawn';

export interface ChangeView {
  /** Resume from here to read what follows this change. */
  readonly cursor: string;
  readonly type: FeedEntry['type'];
  readonly id: string;
  readonly version: number;
  /** upsert: fetch or replace the resource; delete: drop it (see `reason`). */
  readonly op: 'upsert' | 'delete';
  readonly reason?: RemovalReason | undefined;
  readonly changedAt: string;
  /** The resource as of this change, when it is still current (see `superseded`). */
  readonly detail?: ExchangeCandidateRaw | ExchangeVacancy | undefined;
  /** A later change replaced this one; a later entry carries it. */
  readonly superseded?: boolean | undefined;
}

export interface ChangesPage {
  readonly changes: readonly ChangeView[];
  /** Pass as `since` to continue. Always given, even when nothing more is there yet. */
  readonly nextCursor: string;
  readonly hasMore: boolean;
}

/** At most this many feed entries are examined per request, visible to the caller or not. */
export const MAX_SCAN = 5_000;

export function encodeFeedCursor(position: FeedPosition): string {
  return `${position.segment}.${position.offset}`;
}

export function decodeFeedCursor(cursor: string | undefined): FeedPosition {
  if (cursor === undefined || cursor === '') return FEED_START;
  const match = /^(\d{1,12})\.(\d{1,6})$/.exec(cursor);
  if (!match) throw new ValidationError([{ field: 'since', message: 'is not a cursor this feed issued' }]);
  return { segment: Math.max(1, Number(match[1])), offset: Number(match[2]) };
}

/**
 * What an entry is to a caller: hidden, or shown as an upsert or a removal, with the view of
 * the details the caller gets. The rules (docs/exchange.md, "Who sees what"):
 * - a PES: its own candidates (the full profile), and bottleneck vacancies (public view);
 * - the EU Talent Pool (`talent-pool`): candidates who consent to matching, without identifying
 *   data, and bottleneck vacancies;
 * - an employer: its own vacancies, and other employers' bottleneck vacancies;
 * - an operator: every entry, references only (audits, not data).
 */
interface Visibility {
  readonly show: boolean;
  readonly op?: 'upsert' | 'delete';
  readonly reason?: RemovalReason;
  readonly candidateView?: CandidateView;
  readonly withDetail?: boolean;
}

export function visibility(caller: Caller, entry: FeedEntry): Visibility {
  const { scope } = entry;
  if (caller.role === 'operator')
    return { show: true, op: entry.op === 'erase' ? 'delete' : 'upsert', withDetail: false };
  if (entry.type === 'candidate') {
    const erased = entry.op === 'erase';
    if (caller.role === 'pes' && scope.pes === caller.org) {
      return erased
        ? { show: true, op: 'delete', reason: 'erased' }
        : { show: true, op: 'upsert', candidateView: 'owner', withDetail: true };
    }
    if (caller.role === 'talent-pool') {
      if (erased) return { show: true, op: 'delete', reason: 'erased' };
      return scope.consent
        ? { show: true, op: 'upsert', candidateView: 'exchange', withDetail: true }
        : { show: true, op: 'delete', reason: 'consent-withdrawn' };
    }
    return { show: false };
  }
  // Bottleneck vacancies are public: they are the ones sourced in every ring.
  const own = caller.role === 'employer' && scope.owner === caller.org;
  if (!own && scope.bottleneck !== true) return { show: false };
  if (!own && !scope.open) return { show: true, op: 'delete', reason: 'closed' };
  return { show: true, op: 'upsert', withDetail: true };
}

/**
 * EURES pull style: get all (no `since`), get changes since a cursor, then details — inline
 * when asked, or through the resource routes. Load → filter by the caller's view → shape.
 */
export async function readChanges(
  deps: ChangeFeedDeps,
  caller: Caller,
  request: { since?: string | undefined; limit: number; details: boolean },
): Promise<ChangesPage> {
  const after = decodeFeedCursor(request.since);
  const page = await deps.feed.read({
    after,
    limit: request.limit,
    maxScan: MAX_SCAN,
    visible: (entry) => visibility(caller, entry).show,
    withCurrent: request.details,
  });
  const changes = page.entries.map((entry): ChangeView => {
    const seen = visibility(caller, entry);
    const base = {
      cursor: encodeFeedCursor(entry.next),
      type: entry.type,
      id: entry.id,
      version: entry.version,
      op: seen.op ?? 'upsert',
      ...(seen.reason ? { reason: seen.reason } : {}),
      changedAt: entry.changedAt,
    };
    if (!request.details || !seen.withDetail || seen.op !== 'upsert') return base;
    if (!entry.current) return { ...base, superseded: true };
    const detail =
      entry.type === 'candidate'
        ? toExchangeCandidate(entry.current as CandidateProfile, seen.candidateView ?? 'exchange')
        : toExchangeVacancy(entry.current as Vacancy);
    return { ...base, detail };
  });
  return { changes, nextCursor: encodeFeedCursor(page.next), hasMore: page.hasMore };
}
