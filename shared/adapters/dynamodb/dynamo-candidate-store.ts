import {
  DeleteCommand,
  type DynamoDBDocumentClient,
  GetCommand,
  PutCommand,
  QueryCommand,
  ScanCommand,
} from '@aws-sdk/lib-dynamodb';
import type { CandidateProfile } from '../../domain/candidate.js';
import { PreconditionFailedError } from '../../errors.js';
import type { CandidateStore } from '../../ports/candidate-store.js';
import type { ChangeStream } from '../../ports/change-stream.js';
import type { Clock } from '../../ports/clock.js';
import type { Page, PageRequest } from '../../ports/page.js';
import { isConditionalCheckFailure } from './conditional.js';
import { decodeCursor, encodeCursor } from './cursor.js';
import { streamRecord } from './stream-record.js';

const key = (id: string) => ({ PK: `CAND#${id}`, SK: 'CAND' });

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
  constructor(
    private readonly db: DynamoDBDocumentClient,
    private readonly tableName: string,
    private readonly options: CandidateStoreOptions,
  ) {}

  static item(profile: CandidateProfile) {
    return {
      ...key(profile.id),
      entity: 'candidate',
      GSI1PK: `PES#${profile.pes}`,
      GSI1SK: profile.externalId,
      pes: profile.pes,
      version: profile.version,
      record: profile,
    };
  }

  async get(pes: string, id: string): Promise<CandidateProfile | undefined> {
    const { Item } = await this.db.send(
      new GetCommand({ TableName: this.tableName, Key: key(id), ConsistentRead: true }),
    );
    if (!Item || Item.pes !== pes) return undefined;
    return Item.record as CandidateProfile;
  }

  async put(profile: CandidateProfile, expectedVersion: number | null): Promise<void> {
    const item = DynamoCandidateStore.item(profile);
    let old: Record<string, unknown> | undefined;
    try {
      const result = await this.db.send(
        new PutCommand({
          TableName: this.tableName,
          Item: item,
          ReturnValues: 'ALL_OLD',
          ...(expectedVersion === null
            ? { ConditionExpression: 'attribute_not_exists(PK)' }
            : {
                ConditionExpression: '#version = :expected AND pes = :pes',
                ExpressionAttributeNames: { '#version': 'version' },
                ExpressionAttributeValues: { ':expected': expectedVersion, ':pes': profile.pes },
              }),
        }),
      );
      old = result.Attributes;
    } catch (error) {
      if (isConditionalCheckFailure(error)) {
        throw new PreconditionFailedError(`Candidate ${profile.externalId} was changed concurrently; retry.`);
      }
      throw error;
    }
    await this.publish(profile.id, item, old);
  }

  async delete(pes: string, id: string): Promise<CandidateProfile | undefined> {
    try {
      const result = await this.db.send(
        new DeleteCommand({
          TableName: this.tableName,
          Key: key(id),
          ConditionExpression: 'pes = :pes',
          ExpressionAttributeValues: { ':pes': pes },
          ReturnValues: 'ALL_OLD',
        }),
      );
      if (!result.Attributes) return undefined;
      await this.publish(id, undefined, result.Attributes);
      return result.Attributes.record as CandidateProfile;
    } catch (error) {
      if (isConditionalCheckFailure(error)) return undefined;
      throw error;
    }
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

  private async publish(
    id: string,
    item: Record<string, unknown> | undefined,
    old: Record<string, unknown> | undefined,
  ) {
    if (!this.options.changes) return;
    await this.options.changes.publish([
      streamRecord(this.tableName, key(id), item, old, this.options.clock.now()),
    ]);
  }
}
