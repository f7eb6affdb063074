import {
  BatchGetCommand,
  type DynamoDBDocumentClient,
  PutCommand,
  QueryCommand,
  ScanCommand,
} from '@aws-sdk/lib-dynamodb';
import type { DynamoDBRecord } from 'aws-lambda';
import { mapLimit } from '../../concurrency/map-limit.js';
import type { CandidateProfile } from '../../domain/candidate.js';
import { PreconditionFailedError } from '../../errors.js';
import type {
  CandidateStore,
  CandidateWrite,
  CandidateWriteResult,
  ExpiredCandidate,
} from '../../ports/candidate-store.js';
import type { ChangeStream } from '../../ports/change-stream.js';
import type { Clock } from '../../ports/clock.js';
import type { Page, PageRequest } from '../../ports/page.js';
import { ttlEpochSeconds } from '../../privacy/retention.js';
import { type CoalescingReader, coalescingReader } from './coalescing-reader.js';
import { isConditionalCheckFailure } from './conditional.js';
import { decodeCursor, encodeCursor } from './cursor.js';
import { CANDIDATE_TOMBSTONE } from './entities.js';
import { FeedOutbox, type FeedRef } from './feed-outbox.js';
import { streamRecord } from './stream-record.js';

const key = (id: string) => ({ PK: `CAND#${id}`, SK: 'CAND' });
const ref = (profile: { id: string; version: number }): FeedRef => ({
  t: 'candidate',
  id: profile.id,
  v: profile.version,
});
/**
 * Retention index on GSI2: every profile with a retention end sits in one of a few partitions,
 * sorted by that end, so the sweep finds the expired ones without a scan. Sharded so that bulk
 * uploads spread their index writes.
 */
const RETENTION_SHARDS = 8;
const retentionPartition = (shard: number) => `CAND#RETAIN#${shard}`;
const retentionShard = (id: string) => Number.parseInt(id.slice(-1), 16) % RETENTION_SHARDS || 0;

/** A new profile may take the place of a tombstone: erasure does not reserve the id. */
const CREATE_CONDITION = 'attribute_not_exists(PK) OR entity = :tombstone';

export interface CandidateStoreOptions {
  /** Local stand-in for the DynamoDB stream (dynalite has none); leave unset in AWS. */
  readonly changes?: ChangeStream | undefined;
  readonly clock: Clock;
}

/**
 * Candidate profiles in the single table. The owning PES is part of every write condition and
 * checked on every read, so one PES can never read, overwrite or delete another's profile.
 */
export class DynamoCandidateStore implements CandidateStore {
  private readonly outbox: FeedOutbox;
  /** Single-profile reads, coalesced per event-loop turn into BatchGetItem (coalescing-reader.ts). */
  private readonly reader: CoalescingReader;
  /** The batch being handed to the index (see putMany). */
  private handingOver: Promise<void> = Promise.resolve();

  constructor(
    private readonly db: DynamoDBDocumentClient,
    private readonly tableName: string,
    private readonly options: CandidateStoreOptions,
  ) {
    this.outbox = new FeedOutbox(db, tableName, options.clock);
    this.reader = coalescingReader(db, tableName);
  }

  static item(profile: CandidateProfile) {
    return {
      ...key(profile.id),
      entity: 'candidate',
      GSI1PK: `PES#${profile.pes}`,
      GSI1SK: profile.externalId,
      ...(profile.retainUntil !== undefined && {
        GSI2PK: retentionPartition(retentionShard(profile.id)),
        GSI2SK: `${profile.retainUntil}#${profile.id}`,
        // DynamoDB's TTL: the backstop that deletes the item if the sweep never runs.
        expiresAt: ttlEpochSeconds(profile.retainUntil),
      }),
      pes: profile.pes,
      version: profile.version,
      record: profile,
    };
  }

  /**
   * What stays of an erased profile: the id, the owning PES and the next version, so that the
   * change feed can announce the erasure and the search index applies it over the last upsert.
   */
  static tombstone(profile: CandidateProfile, erasedAt: string) {
    const version = profile.version + 1;
    return {
      ...key(profile.id),
      entity: CANDIDATE_TOMBSTONE,
      pes: profile.pes,
      version,
      record: { id: profile.id, pes: profile.pes, version, erasedAt },
    };
  }

  async get(pes: string, id: string): Promise<CandidateProfile | undefined> {
    const Item = await this.reader.get(key(id));
    if (!Item || Item.pes !== pes || Item.entity !== 'candidate') return undefined;
    return Item.record as CandidateProfile;
  }

  async getMany(pes: string, ids: readonly string[]): Promise<Map<string, CandidateProfile>> {
    const found = new Map<string, CandidateProfile>();
    await this.batchRead(ids, (item) => {
      if (item.pes === pes && item.entity === 'candidate') {
        const profile = item.record as CandidateProfile;
        found.set(profile.id, profile);
      }
    });
    return found;
  }

  async erasedVersions(pes: string, ids: readonly string[]): Promise<Map<string, number>> {
    const found = new Map<string, number>();
    await this.batchRead(ids, (item) => {
      if (item.pes === pes && item.entity === CANDIDATE_TOMBSTONE) {
        found.set((item.record as { id: string }).id, Number(item.version));
      }
    });
    return found;
  }

  /** Consistent batch read of candidate items (live or tombstone), in pages of 100 keys. */
  private async batchRead(
    ids: readonly string[],
    accept: (item: Record<string, unknown>) => void,
  ): Promise<void> {
    const unique = [...new Set(ids)];
    for (let i = 0; i < unique.length; i += 100) {
      let keys: Record<string, unknown>[] = unique.slice(i, i + 100).map(key);
      // BatchGet may return part of the keys unprocessed under load: ask again for those.
      for (let attempt = 0; keys.length > 0; attempt++) {
        if (attempt > 0) await new Promise((r) => setTimeout(r, Math.min(1000, 20 * 2 ** attempt)));
        const result = await this.db.send(
          new BatchGetCommand({
            RequestItems: { [this.tableName]: { Keys: keys, ConsistentRead: true } },
          }),
        );
        for (const item of result.Responses?.[this.tableName] ?? []) accept(item);
        keys = (result.UnprocessedKeys?.[this.tableName]?.Keys ?? []) as Record<string, unknown>[];
      }
    }
  }

  async put(profile: CandidateProfile, expectedVersion: number | null): Promise<void> {
    const intent = await this.outbox.announce([ref(profile)]);
    const record = await this.conditionalPut(profile, expectedVersion);
    if (!record) {
      await this.outbox.settle(intent, []);
      throw new PreconditionFailedError(`Candidate ${profile.externalId} was changed concurrently; retry.`);
    }
    await this.publish([record]);
  }

  /** One intent for the whole batch, then each write conditional on its own version. */
  async putMany(
    writes: readonly CandidateWrite[],
    options: { concurrency?: number } = {},
  ): Promise<CandidateWriteResult[]> {
    if (writes.length === 0) return [];
    const intent = await this.outbox.announce(writes.map((w) => ref(w.profile)));
    const records: DynamoDBRecord[] = [];
    const results = await mapLimit(writes, options.concurrency ?? 16, async (w) => {
      const record = await this.conditionalPut(w.profile, w.expectedVersion);
      if (!record) return { status: 'conflict' } as const;
      records.push(record);
      return { status: 'written' } as const;
    });
    // One hand-over for the batch, not awaited: the index takes it in a few bulk requests while
    // the next batch is written, as the stream decouples them in AWS. At most one batch is in
    // hand-over (the next waits for it), so a long import never piles records up in memory.
    // Records the engine does not take stay pending in the stream (never lost); a caller that
    // must see them indexed drains it.
    const previous = this.handingOver;
    this.handingOver = previous
      .then(() => this.publish(records))
      .catch((error: unknown) => {
        // The records stay pending in the stream; the next drain retries them.
        console.error(
          JSON.stringify({ level: 'error', message: 'index hand-over failed', error: String(error) }),
        );
      });
    await previous;
    if (results.some((r) => r.status === 'conflict')) {
      await this.outbox.settle(
        intent,
        writes.filter((_, i) => results[i]?.status === 'written').map((w) => ref(w.profile)),
      );
    }
    return results;
  }

  /** Writes the profile; its stream record, or undefined when the version condition refused it. */
  private async conditionalPut(
    profile: CandidateProfile,
    expectedVersion: number | null,
  ): Promise<DynamoDBRecord | undefined> {
    const item = DynamoCandidateStore.item(profile);
    let old: Record<string, unknown> | undefined;
    try {
      const result = await this.db.send(
        new PutCommand({
          TableName: this.tableName,
          Item: item,
          ReturnValues: 'ALL_OLD',
          ...(expectedVersion === null
            ? {
                ConditionExpression: CREATE_CONDITION,
                ExpressionAttributeValues: { ':tombstone': CANDIDATE_TOMBSTONE },
              }
            : {
                ConditionExpression: '#version = :expected AND pes = :pes AND entity = :candidate',
                ExpressionAttributeNames: { '#version': 'version' },
                ExpressionAttributeValues: {
                  ':expected': expectedVersion,
                  ':pes': profile.pes,
                  ':candidate': 'candidate',
                },
              }),
        }),
      );
      old = result.Attributes;
    } catch (error) {
      if (isConditionalCheckFailure(error)) return undefined;
      throw error;
    }
    return streamRecord(this.tableName, key(profile.id), item, old, this.options.clock.now());
  }

  async delete(
    pes: string,
    id: string,
    options: { onlyIf?: (current: CandidateProfile) => boolean } = {},
  ): Promise<CandidateProfile | undefined> {
    // Read, announce, then replace conditionally; a concurrent change makes us read again.
    for (let attempt = 0; attempt < 5; attempt++) {
      const current = await this.get(pes, id);
      if (!current || (options.onlyIf && !options.onlyIf(current))) return undefined;
      const tombstone = DynamoCandidateStore.tombstone(current, this.options.clock.now().toISOString());
      const intent = await this.outbox.announce([{ t: 'candidate', id, v: tombstone.version }]);
      try {
        const result = await this.db.send(
          new PutCommand({
            TableName: this.tableName,
            Item: tombstone,
            ConditionExpression: '#version = :expected AND pes = :pes AND entity = :candidate',
            ExpressionAttributeNames: { '#version': 'version' },
            ExpressionAttributeValues: {
              ':expected': current.version,
              ':pes': pes,
              ':candidate': 'candidate',
            },
            ReturnValues: 'ALL_OLD',
          }),
        );
        await this.publish([
          streamRecord(this.tableName, key(id), tombstone, result.Attributes, this.options.clock.now()),
        ]);
        return current;
      } catch (error) {
        // Only a refused condition proves nothing was written; after any other error it may have been.
        if (!isConditionalCheckFailure(error)) throw error;
        await this.outbox.settle(intent, []);
      }
    }
    throw new PreconditionFailedError(`Candidate ${id} keeps changing; retry the deletion.`);
  }

  async listExpired(before: string, limit: number): Promise<ExpiredCandidate[]> {
    const shards = await Promise.all(
      Array.from({ length: RETENTION_SHARDS }, async (_, shard) => {
        const result = await this.db.send(
          new QueryCommand({
            TableName: this.tableName,
            IndexName: 'GSI2',
            KeyConditionExpression: 'GSI2PK = :pk AND GSI2SK < :before',
            ExpressionAttributeValues: { ':pk': retentionPartition(shard), ':before': before },
            ProjectionExpression: 'pes, GSI2SK',
            Limit: limit,
          }),
        );
        return (result.Items ?? []).map((item) => {
          const sort = String(item.GSI2SK);
          const cut = sort.lastIndexOf('#');
          return { id: sort.slice(cut + 1), pes: String(item.pes), retainUntil: sort.slice(0, cut) };
        });
      }),
    );
    return shards
      .flat()
      .sort((a, b) => (a.retainUntil < b.retainUntil ? -1 : a.retainUntil > b.retainUntil ? 1 : 0))
      .slice(0, limit);
  }

  async listByPes(pes: string, page: PageRequest): Promise<Page<CandidateProfile>> {
    const result = await this.db.send(
      new QueryCommand({
        TableName: this.tableName,
        IndexName: 'GSI1',
        KeyConditionExpression: 'GSI1PK = :pk',
        ExpressionAttributeValues: { ':pk': `PES#${pes}` },
        Limit: page.limit,
        ExclusiveStartKey: decodeCursor(page.cursor, ['PK', 'SK', 'GSI1PK', 'GSI1SK']),
      }),
    );
    return {
      items: (result.Items ?? []).map((i) => i.record as CandidateProfile),
      nextCursor: encodeCursor(result.LastEvaluatedKey),
    };
  }

  async scanAll(page: PageRequest): Promise<Page<CandidateProfile>> {
    const result = await this.db.send(
      new ScanCommand({
        TableName: this.tableName,
        // Reindex catch-up must see writes committed just before the alias swap.
        ConsistentRead: true,
        FilterExpression: 'entity = :candidate',
        ExpressionAttributeValues: { ':candidate': 'candidate' },
        Limit: page.limit,
        ExclusiveStartKey: decodeCursor(page.cursor, ['PK', 'SK']),
      }),
    );
    return {
      items: (result.Items ?? []).map((i) => i.record as CandidateProfile),
      nextCursor: encodeCursor(result.LastEvaluatedKey),
    };
  }

  private async publish(records: readonly DynamoDBRecord[]) {
    if (!this.options.changes || records.length === 0) return;
    await this.options.changes.publish(records);
  }
}
