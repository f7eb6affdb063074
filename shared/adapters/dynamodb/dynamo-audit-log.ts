import { PutItemCommand } from '@aws-sdk/client-dynamodb';
import { type DynamoDBDocumentClient, QueryCommand } from '@aws-sdk/lib-dynamodb';
import { marshall } from '@aws-sdk/util-dynamodb';
import { ValidationError } from '../../errors.js';
import type { AuditLog, AuditQuery, AuditRecord } from '../../ports/audit-log.js';
import type { Page } from '../../ports/page.js';

/** As the document client marshalls (table.ts): undefined members are dropped. */
const MARSHALL_OPTIONS = { removeUndefinedValues: true, convertClassInstanceToMap: false } as const;

/**
 * The audit log in the single table, append-only: every write is a conditional put on a key
 * that does not exist yet, and this adapter has no update or delete. Keys serve the three ways
 * an operator asks:
 *
 * | question              | where                | partition key            | sort key       |
 * |-----------------------|----------------------|--------------------------|----------------|
 * | about this subject    | table                | AUDIT#{subjectId}        | {at}#{id}      |
 * | by this organisation  | GSI1                 | AUDIT#ACTOR#{actorOrg}   | {at}#{id}      |
 * | in this time window   | GSI2 (one per day)   | AUDIT#DAY#{yyyy-mm-dd}   | {at}#{id}      |
 *
 * A day partition takes every record of that day; records are written once per request (a list
 * read is one record), so it stays far below a partition's write limit at API Gateway's rates.
 */
export class DynamoAuditLog implements AuditLog {
  constructor(
    private readonly db: DynamoDBDocumentClient,
    private readonly tableName: string,
  ) {}

  static item(record: AuditRecord) {
    const sort = `${record.at}#${record.id}`;
    return {
      PK: `AUDIT#${record.subject.id}`,
      SK: sort,
      GSI1PK: `AUDIT#ACTOR#${record.actor.org}`,
      GSI1SK: sort,
      GSI2PK: `AUDIT#DAY#${record.at.slice(0, 10)}`,
      GSI2SK: sort,
      entity: 'audit',
      actorOrg: record.actor.org,
      record,
    };
  }

  /**
   * One conditional PutItem per record. Every personal-data read writes one, so it is the hot
   * write of the API: the item is marshalled here, once, and sent as the low-level command
   * through the same client (same middleware, retries and signing), which skips the document
   * client's translation layer (about 0.1 ms of CPU a call on the load-test machine).
   */
  async append(records: readonly AuditRecord[]): Promise<void> {
    await Promise.all(
      records.map((record) =>
        this.db.send(
          new PutItemCommand({
            TableName: this.tableName,
            Item: marshall(DynamoAuditLog.item(record), MARSHALL_OPTIONS),
            // Append-only: a record, once written, is never replaced.
            ConditionExpression: 'attribute_not_exists(PK)',
          }),
        ),
      ),
    );
  }

  async query(query: AuditQuery): Promise<Page<AuditRecord>> {
    const range = { ':from': query.from, ':to': `${query.to}~` };
    if (query.subject !== undefined) {
      const pk = `AUDIT#${query.subject}`;
      return this.page(query, {
        KeyConditionExpression: 'PK = :pk AND SK BETWEEN :from AND :to',
        ExpressionAttributeValues: {
          ':pk': pk,
          ...range,
          ...(query.actor !== undefined ? { ':actor': query.actor } : {}),
        },
        ...(query.actor !== undefined ? { FilterExpression: 'actorOrg = :actor' } : {}),
        startKey: startKey(query.cursor, { PK: pk }),
      });
    }
    if (query.actor !== undefined) {
      const pk = `AUDIT#ACTOR#${query.actor}`;
      return this.page(query, {
        IndexName: 'GSI1',
        KeyConditionExpression: 'GSI1PK = :pk AND GSI1SK BETWEEN :from AND :to',
        ExpressionAttributeValues: { ':pk': pk, ...range },
        startKey: startKey(query.cursor, { GSI1PK: pk }),
      });
    }
    return this.byDays(query);
  }

  private async page(
    query: AuditQuery,
    input: {
      IndexName?: string;
      KeyConditionExpression: string;
      ExpressionAttributeValues: Record<string, unknown>;
      FilterExpression?: string;
      startKey: Record<string, unknown> | undefined;
    },
  ): Promise<Page<AuditRecord>> {
    const { startKey: exclusiveStartKey, ...rest } = input;
    const result = await this.db.send(
      new QueryCommand({
        TableName: this.tableName,
        ...rest,
        Limit: query.limit,
        ExclusiveStartKey: exclusiveStartKey,
      }),
    );
    return {
      items: (result.Items ?? []).map((i) => i.record as AuditRecord),
      nextCursor: result.LastEvaluatedKey ? encode({ k: result.LastEvaluatedKey }) : undefined,
    };
  }

  /** Walks the day partitions from `from` to `to`, oldest first, until a page is full. */
  private async byDays(query: AuditQuery): Promise<Page<AuditRecord>> {
    const lastDay = query.to.slice(0, 10);
    const cursor = query.cursor === undefined ? undefined : decode(query.cursor);
    let day = cursor?.d ?? query.from.slice(0, 10);
    let key = cursor?.k;
    if (key !== undefined && key.GSI2PK !== `AUDIT#DAY#${day}`) throw badCursor();
    const items: AuditRecord[] = [];
    while (day <= lastDay) {
      const result = await this.db.send(
        new QueryCommand({
          TableName: this.tableName,
          IndexName: 'GSI2',
          KeyConditionExpression: 'GSI2PK = :pk AND GSI2SK BETWEEN :from AND :to',
          ExpressionAttributeValues: {
            ':pk': `AUDIT#DAY#${day}`,
            ':from': query.from,
            ':to': `${query.to}~`,
          },
          Limit: query.limit - items.length,
          ExclusiveStartKey: key,
        }),
      );
      items.push(...(result.Items ?? []).map((i) => i.record as AuditRecord));
      key = result.LastEvaluatedKey;
      if (key === undefined) day = nextDay(day);
      if (items.length >= query.limit) break;
    }
    return { items, nextCursor: day <= lastDay ? encode({ d: day, ...(key ? { k: key } : {}) }) : undefined };
  }
}

interface Cursor {
  readonly d?: string;
  readonly k?: Record<string, unknown>;
}

function encode(cursor: Cursor): string {
  return Buffer.from(JSON.stringify(cursor)).toString('base64url');
}

function badCursor(): ValidationError {
  return new ValidationError([
    { field: 'cursor', message: 'is not a cursor this API issued for this query' },
  ]);
}

function decode(text: string): Cursor {
  try {
    const value = JSON.parse(Buffer.from(text, 'base64url').toString('utf8')) as Cursor;
    const dayOk = value.d === undefined || /^\d{4}-\d{2}-\d{2}$/.test(value.d);
    const keyOk =
      value.k === undefined ||
      (typeof value.k === 'object' &&
        value.k !== null &&
        Object.values(value.k).every((v) => typeof v === 'string'));
    if (typeof value === 'object' && value !== null && dayOk && keyOk) return value;
  } catch {
    // fall through: not ours
  }
  throw badCursor();
}

/** The start key a cursor carries, refused unless it belongs to the partition being queried. */
function startKey(
  cursor: string | undefined,
  partition: Record<string, string>,
): Record<string, unknown> | undefined {
  if (cursor === undefined) return undefined;
  const key = decode(cursor).k;
  if (!key || Object.entries(partition).some(([name, value]) => key[name] !== value)) throw badCursor();
  return key;
}

function nextDay(day: string): string {
  const date = new Date(`${day}T00:00:00.000Z`);
  date.setUTCDate(date.getUTCDate() + 1);
  return date.toISOString().slice(0, 10);
}
