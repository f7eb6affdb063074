import { BatchWriteCommand, type DynamoDBDocumentClient, QueryCommand } from '@aws-sdk/lib-dynamodb';
import { DEFAULT_RETRY_POLICY, retryLeftovers } from '../../concurrency/retry.js';
import type { CandidateProfile } from '../../domain/candidate.js';
import type { Vacancy } from '../../domain/vacancy.js';
import { feedFacts } from '../../exchange/feed-scope.js';
import type {
  ChangeFeed,
  FeedEntry,
  FeedPage,
  FeedReadEntry,
  FeedReadOptions,
  FeedResourceType,
  SequenceResult,
} from '../../ports/change-feed.js';
import type { Clock } from '../../ports/clock.js';
import { withRecord } from './attribute-values.js';
import { batchGetItems } from './batch-read.js';
import type { ItemKey } from './coalescing-reader.js';
import { FeedLease } from './feed-lease.js';
import { FEED_INTENT_PREFIX, FEED_INTENT_SHARDS, type FeedRef, type IntentKey } from './feed-outbox.js';
import { FeedSegments, packSegments, type StoredEntry } from './feed-segments.js';

/**
 * The change feed in the single table: an append-only log of segments (feed-segments.ts), filled
 * by one sequencer at a time (feed-lease.ts) from the outbox (feed-outbox.ts). The sequencer
 * reads announced writes, checks each record with a consistent read, and appends an entry for
 * every version that was written. An intent is consumed whole, in one segment, together with the
 * segment's record of it, so a crash between the append and the intent's deletion is repaired
 * (not duplicated) on the next run.
 */

const resourceKey = (type: FeedResourceType, id: string) =>
  type === 'candidate' ? { PK: `CAND#${id}`, SK: 'CAND' } : { PK: `VAC#${id}`, SK: 'VAC' };
const refKey = (type: FeedResourceType, id: string) => `${type}:${id}`;

/** A resource item as the feed reads it. */
interface StoredItem {
  readonly entity?: string;
  readonly version?: number;
  readonly record: Record<string, unknown> & { readonly id: string };
}

interface Intent extends IntentKey {
  readonly at: string;
  readonly refs: readonly FeedRef[];
}

export interface DynamoChangeFeedOptions {
  readonly clock: Clock;
  /**
   * An announced write not seen after this long never happened: its intent is dropped. Longer
   * than any write can take (a Lambda runs 15 minutes at most). Default 15 minutes.
   */
  readonly abandonAfterMs?: number | undefined;
  /** How long one sequencer holds the feed before another may take over (default 60 s). */
  readonly leaseMs?: number | undefined;
  /** Intents read per round (default 400). */
  readonly intentsPerRound?: number | undefined;
}

export class DynamoChangeFeed implements ChangeFeed {
  private readonly abandonAfterMs: number;
  private readonly segments: FeedSegments;
  private readonly lease: FeedLease;
  private readonly intentsPerRound: number;
  /** One sequencer run per process at a time; callers during a run share it. */
  private running: Promise<SequenceResult> | undefined;

  constructor(
    private readonly db: DynamoDBDocumentClient,
    private readonly tableName: string,
    private readonly options: DynamoChangeFeedOptions,
  ) {
    this.abandonAfterMs = options.abandonAfterMs ?? 15 * 60_000;
    this.segments = new FeedSegments(db, tableName, options.clock);
    this.lease = new FeedLease(db, tableName, options.clock, options.leaseMs ?? 60_000);
    this.intentsPerRound = options.intentsPerRound ?? 400;
  }

  // ── Reading ────────────────────────────────────────────────────────────────

  async read(options: FeedReadOptions): Promise<FeedPage> {
    const { entries, position, hasMore } = await this.segments.scan(options);
    const current = options.withCurrent ? await this.currentRecords(entries.map((e) => e.entry)) : undefined;
    return {
      entries: entries.map(({ entry, next }): FeedReadEntry => {
        const record = current?.get(refKey(entry.type, entry.id));
        const still = record && record.version === entry.version && entry.op === 'upsert';
        return { ...entry, next, ...(still ? { current: record } : {}) };
      }),
      next: position,
      hasMore,
    };
  }

  /** The live records named by entries (tombstones are not records). */
  private async currentRecords(entries: readonly FeedEntry[]) {
    const records = new Map<string, CandidateProfile | Vacancy>();
    const unique = new Map(entries.map((e) => [refKey(e.type, e.id), resourceKey(e.type, e.id)]));
    const items = await this.batchGet([...unique.values()]);
    for (const item of items) {
      if (item.entity === 'candidate')
        records.set(refKey('candidate', item.record.id), item.record as unknown as CandidateProfile);
      if (item.entity === 'vacancy')
        records.set(refKey('vacancy', item.record.id), item.record as unknown as Vacancy);
    }
    return records;
  }

  // ── Sequencing ─────────────────────────────────────────────────────────────

  async sequence(): Promise<SequenceResult> {
    this.running ??= this.sequenceOnce().finally(() => {
      this.running = undefined;
    });
    return this.running;
  }

  private async sequenceOnce(): Promise<SequenceResult> {
    if (!(await this.lease.take())) return { appended: 0, waiting: 0, ran: false };
    let appended = 0;
    let waiting = 0;
    try {
      const tail = await this.segments.last();
      // A crash may have left the intents of the last segment behind: they are consumed.
      if (tail) await this.deleteIntents(tail.intents);
      let next = (tail?.n ?? 0) + 1;
      const seen = new Set<string>();
      for (;;) {
        const intents = await this.pendingIntents();
        const { ready, blocked } = await this.resolve(intents);
        waiting = blocked;
        if (ready.length === 0) break;
        for (const segment of packSegments(ready, seen)) {
          if (segment.entries.length === 0) {
            // Every announced write was superseded or never happened: nothing to append.
            await this.deleteIntents(segment.intents);
            continue;
          }
          if (!(await this.segments.append(next, segment))) return { appended, waiting, ran: true };
          await this.deleteIntents(segment.intents);
          appended += segment.entries.length;
          next++;
          if (!(await this.lease.take())) return { appended, waiting, ran: true };
        }
        if (intents.length < this.intentsPerRound) break;
      }
      return { appended, waiting, ran: true };
    } finally {
      await this.lease.release();
    }
  }

  /** The oldest intents of every shard, oldest first. */
  private async pendingIntents(): Promise<Intent[]> {
    const perShard = Math.ceil(this.intentsPerRound / FEED_INTENT_SHARDS);
    const shards = await Promise.all(
      Array.from({ length: FEED_INTENT_SHARDS }, async (_, shard) => {
        const result = await this.db.send(
          new QueryCommand({
            TableName: this.tableName,
            KeyConditionExpression: 'PK = :pk',
            ExpressionAttributeValues: { ':pk': `${FEED_INTENT_PREFIX}${shard}` },
            ConsistentRead: true,
            Limit: perShard,
          }),
        );
        return (result.Items ?? []).map(
          (item): Intent => ({
            PK: item.PK as string,
            SK: item.SK as string,
            at: item.at as string,
            refs: item.refs as FeedRef[],
          }),
        );
      }),
    );
    return shards.flat().sort((a, b) => (a.SK < b.SK ? -1 : a.SK > b.SK ? 1 : 0));
  }

  /**
   * Decides every intent: ready (each announced version was written, superseded by a later
   * write, or abandoned) with the entries to append, or blocked (a write may still land).
   */
  private async resolve(intents: readonly Intent[]) {
    const items = await this.batchGet(
      [...new Map(intents.flatMap((i) => i.refs).map((r) => [refKey(r.t, r.id), r])).values()].map((r) =>
        resourceKey(r.t, r.id),
      ),
    );
    const byRef = new Map(
      items.map((item) => [
        refKey(item.entity === 'vacancy' ? 'vacancy' : 'candidate', item.record.id),
        item,
      ]),
    );
    const now = this.options.clock.now().getTime();
    const ready: { intent: Intent; entries: StoredEntry[] }[] = [];
    let blocked = 0;
    for (const intent of intents) {
      const entries: StoredEntry[] = [];
      let waits = false;
      for (const ref of intent.refs) {
        const item = byRef.get(refKey(ref.t, ref.id));
        const facts = item ? feedFacts(item) : undefined;
        const version = item?.version;
        if (item && facts && version === ref.v) {
          entries.push({ t: ref.t, id: ref.id, v: ref.v, op: facts.op, at: facts.changedAt, s: facts.scope });
          continue;
        }
        if (version !== undefined && version > ref.v) continue; // superseded: a later entry carries it
        // Re-created after an erasure (versions start again): the announced erasure is superseded.
        if (facts?.op === 'upsert' && String(item?.record?.createdAt ?? '') > intent.at) continue;
        if (now - Date.parse(intent.at) > this.abandonAfterMs) continue; // the write never happened
        waits = true;
      }
      if (waits) blocked++;
      else ready.push({ intent, entries });
    }
    return { ready, blocked };
  }

  private async deleteIntents(keys: readonly IntentKey[]): Promise<void> {
    const pages: IntentKey[][] = [];
    for (let i = 0; i < keys.length; i += 25) pages.push(keys.slice(i, i + 25));
    for (const page of pages) {
      await retryLeftovers(
        page.map((k) => ({ DeleteRequest: { Key: { PK: k.PK, SK: k.SK } } })),
        async (requests) => {
          const result = await this.db.send(
            new BatchWriteCommand({ RequestItems: { [this.tableName]: [...requests] } }),
          );
          return (result.UnprocessedItems?.[this.tableName] ?? []) as unknown as typeof requests;
        },
        {
          policy: DEFAULT_RETRY_POLICY,
          what: 'DynamoDB BatchWriteItem (feed intents)',
          isRetryable: () => false,
        },
      );
    }
  }

  /** Consistent reads of resource items, records decoded (attribute-values.ts). */
  private async batchGet(keys: readonly ItemKey[]): Promise<StoredItem[]> {
    const items = await batchGetItems(this.db, this.tableName, keys);
    return items.map((item) => withRecord(item) as unknown as StoredItem);
  }
}
