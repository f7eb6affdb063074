import { type DynamoDBDocumentClient, QueryCommand, ScanCommand } from '@aws-sdk/lib-dynamodb';
import { TurnBatcher } from '../../concurrency/turn-batcher.js';
import type { CandidateProfile } from '../../domain/candidate.js';
import { PreconditionFailedError } from '../../errors.js';
import type { AuditRecord } from '../../ports/audit-log.js';
import type {
  CandidateStore,
  CandidateWrite,
  CandidateWriteResult,
  ExpiredCandidate,
  StoredCandidates,
} from '../../ports/candidate-store.js';
import type { ChangeStream } from '../../ports/change-stream.js';
import type { Clock } from '../../ports/clock.js';
import type { Page, PageRequest } from '../../ports/page.js';
import { recordOf } from './attribute-values.js';
import { batchGetItems } from './batch-read.js';
import {
  candidateItem,
  candidateKey,
  feedRef,
  RETENTION_SHARDS,
  retentionPartition,
  tombstoneItem,
  versionCondition,
} from './candidate-items.js';
import { type GuardedWrite, writeGuarded } from './candidate-writes.js';
import { type CoalescingReader, coalescingReader, type Item } from './coalescing-reader.js';
import { decodeCursor, encodeCursor } from './cursor.js';
import { CANDIDATE_TOMBSTONE } from './entities.js';
import { FeedOutbox } from './feed-outbox.js';
import { toIndexChanges } from './stream-decoder.js';
import { MAX_TRANSACTION_ACTIONS } from './transact.js';

export interface CandidateStoreOptions {
  /** Local stand-in for the table stream's delivery to the indexer; leave unset in AWS. */
  readonly changes?: ChangeStream | undefined;
  readonly clock: Clock;
}

/** An erasure re-reads and retries this often when the profile keeps changing under it. */
const DELETE_ATTEMPTS = 5;
/** Profiles per transaction: a put and an audit record each, and the one feed intent. */
const SINGLES_PER_TRANSACTION = Math.floor((MAX_TRANSACTION_ACTIONS - 1) / 2);

/**
 * Candidate profiles in the single table (layout: candidate-items.ts). The owning PES is part
 * of every write condition and checked on every read, so one PES can never read, overwrite or
 * delete another's profile. Every write is a transaction of the conditional put, its audit
 * record and its change-feed intent (candidate-writes.ts): one call per 49 profiles, in bulk and
 * for single upserts that arrive together alike.
 */
export class DynamoCandidateStore implements CandidateStore {
  private readonly outbox: FeedOutbox;
  /** Single-profile reads, coalesced per event-loop turn into BatchGetItem (coalescing-reader.ts). */
  private readonly reader: CoalescingReader;
  /**
   * Single upserts made in the same event-loop turn, written together: one transaction for up
   * to 49 of them (each its put under its own condition and its audit record, plus one intent),
   * instead of one call each. A conflict on one is re-sent without it (transact.ts), so each
   * caller still gets its own outcome.
   */
  private readonly singles: TurnBatcher<GuardedWrite, CandidateWriteResult>;
  /** The batch being handed to the index (see putMany). */
  private handingOver: Promise<void> = Promise.resolve();

  constructor(
    private readonly db: DynamoDBDocumentClient,
    private readonly tableName: string,
    private readonly options: CandidateStoreOptions,
  ) {
    this.outbox = new FeedOutbox(db, tableName, options.clock);
    this.reader = coalescingReader(db, tableName);
    this.singles = new TurnBatcher(
      (writes) => this.write(writes, true),
      (w) => `${w.key.PK}\u0000${w.key.SK}`,
      {
        maxItems: SINGLES_PER_TRANSACTION,
      },
    );
  }

  static item = candidateItem;
  static tombstone = tombstoneItem;

  async get(pes: string, id: string): Promise<CandidateProfile | undefined> {
    const Item = await this.reader.get(candidateKey(id));
    if (!Item || Item.pes !== pes || Item.entity !== 'candidate') return undefined;
    return recordOf<CandidateProfile>(Item);
  }

  async getMany(pes: string, ids: readonly string[]): Promise<Map<string, CandidateProfile>> {
    return (await this.lookup(pes, ids)).profiles;
  }

  async erasedVersions(pes: string, ids: readonly string[]): Promise<Map<string, number>> {
    return (await this.lookup(pes, ids)).erased;
  }

  async lookup(pes: string, ids: readonly string[]): Promise<StoredCandidates> {
    const unique = [...new Set(ids)];
    const items: (Item | undefined)[] =
      unique.length === 1
        ? [await this.reader.get(candidateKey(unique[0] as string))]
        : await batchGetItems(this.db, this.tableName, unique.map(candidateKey));
    const profiles = new Map<string, CandidateProfile>();
    const erased = new Map<string, number>();
    for (const item of items) {
      if (!item || item.pes !== pes) continue;
      const record = recordOf<CandidateProfile>(item);
      if (item.entity === 'candidate') profiles.set(record.id, record);
      if (item.entity === CANDIDATE_TOMBSTONE) erased.set(record.id, Number(item.version));
    }
    return { profiles, erased };
  }

  async put(profile: CandidateProfile, expectedVersion: number | null, audit?: AuditRecord): Promise<void> {
    const result = await this.singles.add(this.guarded({ profile, expectedVersion, audit }));
    if (result.status !== 'written') {
      throw new PreconditionFailedError(`Candidate ${profile.externalId} was changed concurrently; retry.`);
    }
  }

  async putMany(writes: readonly CandidateWrite[]): Promise<CandidateWriteResult[]> {
    if (writes.length === 0) return [];
    return this.write(
      writes.map((w) => this.guarded(w)),
      false,
    );
  }

  private guarded(w: CandidateWrite): GuardedWrite {
    return {
      key: candidateKey(w.profile.id),
      item: candidateItem(w.profile),
      condition: versionCondition(w.expectedVersion, w.profile.pes),
      ref: feedRef(w.profile),
      replaces: w.expectedVersion !== null,
      audit: w.audit,
    };
  }

  /**
   * Writes, then hands the changes to the local stream. A single write waits for the index; a
   * batch hands over without waiting (the index takes it while the next batch is written, as
   * the stream decouples them in AWS), one batch at a time so a long import never piles
   * records up. Records the engine does not take stay pending in the stream (never lost).
   */
  private async write(writes: readonly GuardedWrite[], wait: boolean): Promise<CandidateWriteResult[]> {
    const changes = this.options.changes;
    const { outcomes, records } = await writeGuarded(
      {
        db: this.db,
        tableName: this.tableName,
        outbox: this.outbox,
        now: () => this.options.clock.now(),
        records: changes?.needsRecords ?? false,
      },
      writes,
    );
    const results = outcomes.map((o): CandidateWriteResult => ({ status: o }));
    if (!changes || !outcomes.includes('written')) return results;
    if (wait) {
      await changes.written(toIndexChanges(records));
      return results;
    }
    const previous = this.handingOver;
    this.handingOver = previous
      .then(() => changes.written(toIndexChanges(records)))
      .catch((error: unknown) => {
        console.error(
          JSON.stringify({ level: 'error', message: 'index hand-over failed', error: String(error) }),
        );
      });
    await previous;
    return results;
  }

  async delete(
    pes: string,
    id: string,
    options: { onlyIf?: (current: CandidateProfile) => boolean } = {},
  ): Promise<CandidateProfile | undefined> {
    // Read, then replace with the tombstone conditionally; a concurrent change makes us read again.
    for (let attempt = 0; attempt < DELETE_ATTEMPTS; attempt++) {
      const current = await this.get(pes, id);
      if (!current || (options.onlyIf && !options.onlyIf(current))) return undefined;
      const tombstone = tombstoneItem(current, this.options.clock.now().toISOString());
      const [result] = await this.write(
        [
          {
            key: candidateKey(id),
            item: tombstone,
            condition: versionCondition(current.version, pes),
            ref: { t: 'candidate', id, v: tombstone.version },
            replaces: true,
          },
        ],
        true,
      );
      if (result?.status === 'written') return current;
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
      items: (result.Items ?? []).map((i) => recordOf<CandidateProfile>(i)),
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
      items: (result.Items ?? []).map((i) => recordOf<CandidateProfile>(i)),
      nextCursor: encodeCursor(result.LastEvaluatedKey),
    };
  }
}
