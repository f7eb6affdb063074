import { randomUUID } from 'node:crypto';
import {
  BatchGetCommand,
  BatchWriteCommand,
  DeleteCommand,
  type DynamoDBDocumentClient,
  PutCommand,
  QueryCommand,
} from '@aws-sdk/lib-dynamodb';
import type { CandidateProfile } from '../../domain/candidate.js';
import type { Vacancy } from '../../domain/vacancy.js';
import { feedFacts } from '../../exchange/feed-scope.js';
import type {
  ChangeFeed,
  FeedEntry,
  FeedPage,
  FeedPosition,
  FeedReadEntry,
  FeedReadOptions,
  FeedResourceType,
  SequenceResult,
} from '../../ports/change-feed.js';
import type { Clock } from '../../ports/clock.js';
import { isConditionalCheckFailure } from './conditional.js';
import { FEED_INTENT_PREFIX, FEED_INTENT_SHARDS, type FeedRef, type IntentKey } from './feed-outbox.js';

/**
 * The change feed in the single table: an append-only log of immutable segments
 * (`PK=FEED`, `SK=SEG#{n}`), numbered without gaps, each appended with a conditional put on the
 * next number and read with consistent queries. So a reader never sees segment n+1 before n,
 * and never sees a segment change: what it has read stays read, in the same order.
 *
 * The sequencer fills it from the outbox (feed-outbox.ts): it reads announced writes, checks each
 * record with a consistent read, and appends an entry for every version that was written. An
 * intent is consumed whole, in one segment, together with the segment's record of it, so a crash
 * between the append and the intent's deletion is repaired (not duplicated) on the next run.
 */

const FEED_PK = 'FEED';
const LEASE_SK = 'LEASE';
const segmentSk = (n: number) => `SEG#${String(n).padStart(12, '0')}`;
/** Entries per segment: whole intents (≤ 1,000 refs each) up to about 250 KB per item. */
const SEGMENT_MAX_ENTRIES = 2_000;

const resourceKey = (type: FeedResourceType, id: string) =>
  type === 'candidate' ? { PK: `CAND#${id}`, SK: 'CAND' } : { PK: `VAC#${id}`, SK: 'VAC' };
const refKey = (type: FeedResourceType, id: string) => `${type}:${id}`;

interface StoredEntry {
  readonly t: FeedResourceType;
  readonly id: string;
  readonly v: number;
  readonly op: FeedEntry['op'];
  readonly at: string;
  readonly s: FeedEntry['scope'];
}

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
  private readonly owner = randomUUID();
  private readonly abandonAfterMs: number;
  private readonly leaseMs: number;
  private readonly intentsPerRound: number;
  /** One sequencer run per process at a time; callers during a run share it. */
  private running: Promise<SequenceResult> | undefined;

  constructor(
    private readonly db: DynamoDBDocumentClient,
    private readonly tableName: string,
    private readonly options: DynamoChangeFeedOptions,
  ) {
    this.abandonAfterMs = options.abandonAfterMs ?? 15 * 60_000;
    this.leaseMs = options.leaseMs ?? 60_000;
    this.intentsPerRound = options.intentsPerRound ?? 400;
  }

  // ── Reading ────────────────────────────────────────────────────────────────

  async read(options: FeedReadOptions): Promise<FeedPage> {
    const entries: { entry: FeedEntry; next: FeedPosition }[] = [];
    let position = options.after;
    let scanned = 0;
    let hasMore = true;
    let startKey: Record<string, unknown> | undefined;
    scan: for (;;) {
      const result = await this.db.send(
        new QueryCommand({
          TableName: this.tableName,
          KeyConditionExpression: 'PK = :pk AND SK BETWEEN :from AND :to',
          ExpressionAttributeValues: {
            ':pk': FEED_PK,
            ':from': segmentSk(position.segment),
            ':to': 'SEG#~',
          },
          ConsistentRead: true,
          Limit: 4,
          ExclusiveStartKey: startKey,
        }),
      );
      for (const item of result.Items ?? []) {
        const segment = item.n as number;
        const stored = JSON.parse(item.entries as string) as StoredEntry[];
        let offset = segment === position.segment ? position.offset : 0;
        if (segment !== position.segment) position = { segment, offset: 0 };
        for (; offset < stored.length; offset++) {
          if (entries.length >= options.limit || scanned >= options.maxScan) break scan;
          const s = stored[offset] as StoredEntry;
          const entry: FeedEntry = {
            type: s.t,
            id: s.id,
            version: s.v,
            op: s.op,
            changedAt: s.at,
            scope: s.s,
          };
          scanned++;
          position = { segment, offset: offset + 1 };
          if (options.visible(entry)) entries.push({ entry, next: position });
        }
      }
      startKey = result.LastEvaluatedKey;
      if (!startKey) {
        hasMore = false;
        break;
      }
    }
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
    if (!(await this.takeLease())) return { appended: 0, waiting: 0, ran: false };
    let appended = 0;
    let waiting = 0;
    try {
      const tail = await this.lastSegment();
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
          if (!(await this.append(next, segment))) return { appended, waiting, ran: true };
          await this.deleteIntents(segment.intents);
          appended += segment.entries.length;
          next++;
          if (!(await this.takeLease())) return { appended, waiting, ran: true };
        }
        if (intents.length < this.intentsPerRound) break;
      }
      return { appended, waiting, ran: true };
    } finally {
      await this.releaseLease();
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

  private async append(n: number, segment: PackedSegment): Promise<boolean> {
    try {
      await this.db.send(
        new PutCommand({
          TableName: this.tableName,
          Item: {
            PK: FEED_PK,
            SK: segmentSk(n),
            entity: 'feed-segment',
            n,
            at: this.options.clock.now().toISOString(),
            entries: JSON.stringify(segment.entries),
            intents: segment.intents.map((i) => ({ PK: i.PK, SK: i.SK })),
          },
          ConditionExpression: 'attribute_not_exists(SK)',
        }),
      );
      return true;
    } catch (error) {
      // Another sequencer appended n (our lease lapsed): stop; it carries on.
      if (isConditionalCheckFailure(error)) return false;
      throw error;
    }
  }

  private async lastSegment(): Promise<{ n: number; intents: IntentKey[] } | undefined> {
    const result = await this.db.send(
      new QueryCommand({
        TableName: this.tableName,
        KeyConditionExpression: 'PK = :pk AND begins_with(SK, :seg)',
        ExpressionAttributeValues: { ':pk': FEED_PK, ':seg': 'SEG#' },
        ScanIndexForward: false,
        ConsistentRead: true,
        Limit: 1,
      }),
    );
    const item = result.Items?.[0];
    return item ? { n: item.n as number, intents: (item.intents as IntentKey[]) ?? [] } : undefined;
  }

  private async deleteIntents(keys: readonly IntentKey[]): Promise<void> {
    for (let i = 0; i < keys.length; i += 25) {
      let requests = keys.slice(i, i + 25).map((k) => ({ DeleteRequest: { Key: { PK: k.PK, SK: k.SK } } }));
      for (let attempt = 0; requests.length > 0; attempt++) {
        if (attempt > 0) await sleep(Math.min(1000, 20 * 2 ** attempt));
        const result = await this.db.send(
          new BatchWriteCommand({ RequestItems: { [this.tableName]: requests } }),
        );
        requests = (result.UnprocessedItems?.[this.tableName] ?? []) as typeof requests;
      }
    }
  }

  private async batchGet(keys: readonly { PK: string; SK: string }[]): Promise<StoredItem[]> {
    const items: StoredItem[] = [];
    for (let i = 0; i < keys.length; i += 100) {
      let batch: Record<string, unknown>[] = keys.slice(i, i + 100);
      for (let attempt = 0; batch.length > 0; attempt++) {
        if (attempt > 0) await sleep(Math.min(1000, 20 * 2 ** attempt));
        const result = await this.db.send(
          new BatchGetCommand({ RequestItems: { [this.tableName]: { Keys: batch, ConsistentRead: true } } }),
        );
        items.push(...((result.Responses?.[this.tableName] ?? []) as StoredItem[]));
        batch = (result.UnprocessedKeys?.[this.tableName]?.Keys ?? []) as Record<string, unknown>[];
      }
    }
    return items;
  }

  // ── Lease ──────────────────────────────────────────────────────────────────

  private async takeLease(): Promise<boolean> {
    const now = this.options.clock.now().getTime();
    try {
      await this.db.send(
        new PutCommand({
          TableName: this.tableName,
          Item: {
            PK: FEED_PK,
            SK: LEASE_SK,
            entity: 'feed-lease',
            owner: this.owner,
            until: now + this.leaseMs,
          },
          ConditionExpression: 'attribute_not_exists(PK) OR #until < :now OR #owner = :me',
          ExpressionAttributeNames: { '#until': 'until', '#owner': 'owner' },
          ExpressionAttributeValues: { ':now': now, ':me': this.owner },
        }),
      );
      return true;
    } catch (error) {
      if (isConditionalCheckFailure(error)) return false;
      throw error;
    }
  }

  private async releaseLease(): Promise<void> {
    try {
      await this.db.send(
        new DeleteCommand({
          TableName: this.tableName,
          Key: { PK: FEED_PK, SK: LEASE_SK },
          ConditionExpression: '#owner = :me',
          ExpressionAttributeNames: { '#owner': 'owner' },
          ExpressionAttributeValues: { ':me': this.owner },
        }),
      );
    } catch (error) {
      if (!isConditionalCheckFailure(error)) throw error;
    }
  }
}

interface PackedSegment {
  readonly entries: StoredEntry[];
  readonly intents: IntentKey[];
}

/**
 * Whole intents per segment, in order. An entry already appended in this run (two intents
 * announcing the same version: a writer whose condition failed and a concurrent one that won)
 * is appended once.
 */
function packSegments(ready: readonly { intent: Intent; entries: StoredEntry[] }[], seen: Set<string>) {
  const segments: PackedSegment[] = [];
  let current: PackedSegment = { entries: [], intents: [] };
  for (const { intent, entries } of ready) {
    const fresh = entries.filter((e) => {
      const key = `${e.t}:${e.id}:${e.v}`;
      if (seen.has(key)) return false;
      seen.add(key);
      return true;
    });
    if (current.intents.length > 0 && current.entries.length + fresh.length > SEGMENT_MAX_ENTRIES) {
      segments.push(current);
      current = { entries: [], intents: [] };
    }
    current.entries.push(...fresh);
    current.intents.push({ PK: intent.PK, SK: intent.SK });
  }
  if (current.intents.length > 0) segments.push(current);
  return segments;
}

function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}
