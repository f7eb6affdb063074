import {
  BatchWriteCommand,
  type DynamoDBDocumentClient,
  GetCommand,
  PutCommand,
  QueryCommand,
} from '@aws-sdk/lib-dynamodb';
import type { BlobStore } from '../../ports/blob-store.js';

/**
 * Blobs in the single table, in parts of 300 KB (`PK=BLOB#{key}`, `SK=PART#{n}`), committed by
 * a `SK=META` item written last: a blob without it is an upload that never finished, and reads
 * refuse it. Works in AWS with nothing but the table; S3 (multipart upload) is the better home
 * for very large files and fits the same port (docs/exchange.md).
 */
const PART_BYTES = 300 * 1024;
const partSk = (n: number) => `PART#${String(n).padStart(8, '0')}`;

export class DynamoBlobStore implements BlobStore {
  constructor(
    private readonly db: DynamoDBDocumentClient,
    private readonly tableName: string,
    private readonly ttlSeconds = 8 * 24 * 3600,
  ) {}

  async put(key: string, body: AsyncIterable<Uint8Array>): Promise<{ bytes: number }> {
    const pk = `BLOB#${key}`;
    const expiresAt = Math.floor(Date.now() / 1000) + this.ttlSeconds;
    let pending = Buffer.alloc(0);
    let parts = 0;
    let bytes = 0;
    const writePart = async (data: Buffer) => {
      await this.db.send(
        new PutCommand({
          TableName: this.tableName,
          Item: { PK: pk, SK: partSk(parts++), entity: 'blob-part', data, expiresAt },
        }),
      );
    };
    for await (const chunk of body) {
      bytes += chunk.byteLength;
      pending = Buffer.concat([pending, chunk]);
      // Parts of exactly PART_BYTES, whatever the chunks: an item may not exceed 400 KB.
      while (pending.length >= PART_BYTES) {
        await writePart(pending.subarray(0, PART_BYTES));
        pending = pending.subarray(PART_BYTES);
      }
    }
    if (pending.length > 0) await writePart(pending);
    await this.db.send(
      new PutCommand({
        TableName: this.tableName,
        Item: { PK: pk, SK: 'META', entity: 'blob', parts, bytes, expiresAt },
      }),
    );
    return { bytes };
  }

  async *get(key: string): AsyncGenerator<Uint8Array> {
    const pk = `BLOB#${key}`;
    const { Item } = await this.db.send(
      new GetCommand({ TableName: this.tableName, Key: { PK: pk, SK: 'META' }, ConsistentRead: true }),
    );
    if (!Item) throw new Error(`no blob '${key}'`);
    let startKey: Record<string, unknown> | undefined;
    do {
      const result = await this.db.send(
        new QueryCommand({
          TableName: this.tableName,
          KeyConditionExpression: 'PK = :pk AND begins_with(SK, :part)',
          ExpressionAttributeValues: { ':pk': pk, ':part': 'PART#' },
          ConsistentRead: true,
          Limit: 8,
          ExclusiveStartKey: startKey,
        }),
      );
      for (const part of result.Items ?? []) yield part.data as Uint8Array;
      startKey = result.LastEvaluatedKey;
    } while (startKey);
  }

  async delete(key: string): Promise<void> {
    const pk = `BLOB#${key}`;
    let startKey: Record<string, unknown> | undefined;
    do {
      const result = await this.db.send(
        new QueryCommand({
          TableName: this.tableName,
          KeyConditionExpression: 'PK = :pk',
          ExpressionAttributeValues: { ':pk': pk },
          ProjectionExpression: 'PK, SK',
          ConsistentRead: true,
          ExclusiveStartKey: startKey,
        }),
      );
      const keys = (result.Items ?? []).map((i) => ({ PK: i.PK, SK: i.SK }));
      for (let i = 0; i < keys.length; i += 25) {
        await this.db.send(
          new BatchWriteCommand({
            RequestItems: {
              [this.tableName]: keys.slice(i, i + 25).map((k) => ({ DeleteRequest: { Key: k } })),
            },
          }),
        );
      }
      startKey = result.LastEvaluatedKey;
    } while (startKey);
  }
}
