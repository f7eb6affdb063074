import type { CandidateProfile } from '../domain/candidate.js';
import type { FeedOp, FeedResourceType, FeedScope } from '../domain/feed-change.js';
import type { Vacancy } from '../domain/vacancy.js';

export type { FeedOp, FeedResourceType, FeedScope };

/**
 * The change feed: every create, update and erasure of a candidate or vacancy, in one total
 * order, EURES pull style (get all / get changes since / get details). The feed holds references
 * and the visibility facts read when the change was sequenced — never personal data — so an
 * erasure leaves nothing behind in it.
 */

/** Where a reader is: the next entry to read is entry `offset` of segment `segment`. */
export interface FeedPosition {
  readonly segment: number;
  readonly offset: number;
}

export const FEED_START: FeedPosition = { segment: 1, offset: 0 };

export interface FeedEntry {
  readonly type: FeedResourceType;
  readonly id: string;
  readonly version: number;
  readonly op: FeedOp;
  readonly changedAt: string;
  readonly scope: FeedScope;
}

export interface FeedReadEntry extends FeedEntry {
  /** The position after this entry: resume from here to read what follows it. */
  readonly next: FeedPosition;
  /**
   * The record as stored now, when it is still the version this entry names (and `withCurrent`
   * was asked). Absent when a later change superseded it: a later entry carries that change.
   */
  readonly current?: CandidateProfile | Vacancy | undefined;
}

export interface FeedReadOptions {
  readonly after: FeedPosition;
  /** At most this many visible entries. */
  readonly limit: number;
  /** At most this many entries examined (visible or not), so a narrow reader's request stays bounded. */
  readonly maxScan: number;
  readonly visible: (entry: FeedEntry) => boolean;
  readonly withCurrent: boolean;
}

export interface FeedPage {
  readonly entries: readonly FeedReadEntry[];
  /** Where to resume: after the last entry examined, visible or not. */
  readonly next: FeedPosition;
  /** False when the reader has reached the end of the feed as it stands now. */
  readonly hasMore: boolean;
}

export interface SequenceResult {
  /** Entries appended to the feed by this run. */
  readonly appended: number;
  /** Changes announced but not (yet) written, left for a later run. */
  readonly waiting: number;
  /** False when another sequencer holds the lease; nothing was done. */
  readonly ran: boolean;
}

export interface ChangeFeed {
  read(options: FeedReadOptions): Promise<FeedPage>;
  /**
   * The sequencer: turns announced changes into feed entries. Runs in the background (the local
   * server's interval; a scheduled Lambda in AWS); one runs at a time (a lease).
   */
  sequence(): Promise<SequenceResult>;
}
