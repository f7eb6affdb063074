import type { TransactWriteItem } from '@aws-sdk/client-dynamodb';
import type { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import type { DynamoDBRecord } from 'aws-lambda';
import type { AuditRecord } from '../../ports/audit-log.js';
import { marshallItem } from './attribute-values.js';
import { DynamoAuditLog } from './dynamo-audit-log.js';
import type { FeedOutbox, FeedRef } from './feed-outbox.js';
import { streamRecordOfImages } from './stream-record.js';
import { type TransactUnit, transactUnits, type UnitOutcome } from './transact.js';

/** One item to write under a condition, with its feed entry and (optionally) its audit record. */
export interface GuardedWrite {
  readonly key: { PK: string; SK: string };
  readonly item: Record<string, unknown>;
  readonly condition: {
    ConditionExpression: string;
    ExpressionAttributeNames?: Record<string, string>;
    ExpressionAttributeValues: Record<string, unknown>;
  };
  readonly ref: FeedRef;
  /** Whether an item is replaced (a MODIFY record) rather than created. */
  readonly replaces: boolean;
  readonly audit?: AuditRecord | undefined;
}

export interface GuardedWriteContext {
  readonly db: DynamoDBDocumentClient;
  readonly tableName: string;
  readonly outbox: FeedOutbox;
  readonly now: () => Date;
  /** Build the stream records of what was written (an engine without a stream needs them). */
  readonly records: boolean;
}

/**
 * Writes each item under its own condition, in transactions of up to 100 actions: per write
 * its put and its audit record, per transaction one change-feed intent naming the writes it
 * holds. So an item, its audit record and its feed intent are written together or not at all.
 * A write whose condition failed is reported as a conflict; the others are stored exactly once.
 */
export async function writeGuarded(
  context: GuardedWriteContext,
  writes: readonly GuardedWrite[],
): Promise<{ outcomes: UnitOutcome[]; records: DynamoDBRecord[] }> {
  const { tableName } = context;
  const images = writes.map((w) => marshallItem(w.item));
  const units: TransactUnit[] = writes.map((w, i) => {
    const actions: TransactWriteItem[] = [
      {
        Put: {
          TableName: tableName,
          Item: images[i],
          ConditionExpression: w.condition.ConditionExpression,
          ExpressionAttributeNames: w.condition.ExpressionAttributeNames,
          ExpressionAttributeValues: marshallItem(w.condition.ExpressionAttributeValues),
        },
      },
    ];
    if (w.audit) {
      actions.push({
        Put: {
          TableName: tableName,
          Item: marshallItem(DynamoAuditLog.item(w.audit)),
          // Append-only, as every audit record (dynamo-audit-log.ts).
          ConditionExpression: 'attribute_not_exists(PK)',
        },
      });
    }
    return { actions };
  });
  const outcomes = await transactUnits(
    context.db,
    units,
    (included) => [context.outbox.intentAction(included.map((i) => (writes[i] as GuardedWrite).ref))],
    1,
  );
  const records: DynamoDBRecord[] = [];
  if (context.records) {
    const at = context.now();
    writes.forEach((w, i) => {
      if (outcomes[i] !== 'written') return;
      const keys = marshallItem(w.key);
      // The old image carries the key only: the indexer reads the new image (stream-decoder.ts).
      records.push(streamRecordOfImages(tableName, keys, images[i], w.replaces ? keys : undefined, at));
    });
  }
  return { outcomes, records };
}
