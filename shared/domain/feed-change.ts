/**
 * What a change-feed entry says of a change, in domain terms: which kind of record, what
 * happened to it, and the facts that decide who may see the entry. The feed port
 * (shared/ports/change-feed.ts) and the exchange's reading of stored records
 * (shared/exchange/feed-scope.ts) both speak them.
 */
export type FeedResourceType = 'candidate' | 'vacancy';
export type FeedOp = 'upsert' | 'erase';

/** What decides who may see an entry, captured from the record when it was sequenced. */
export interface FeedScope {
  /** Candidates: the owning employment service. */
  readonly pes?: string | undefined;
  /** Candidates: consent to be matched (the exchange view shows consenting candidates only). */
  readonly consent?: boolean | undefined;
  /** Vacancies: the owning employer. */
  readonly owner?: string | undefined;
  readonly bottleneck?: boolean | undefined;
  readonly open?: boolean | undefined;
}
