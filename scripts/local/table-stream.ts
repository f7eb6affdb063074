import { DescribeTableCommand, DynamoDBClient } from '@aws-sdk/client-dynamodb';
import {
  DescribeStreamCommand,
  DynamoDBStreamsClient,
  GetRecordsCommand,
  GetShardIteratorCommand,
  type _Record as StreamRecord,
} from '@aws-sdk/client-dynamodb-streams';
import type { DynamoDBBatchResponse, DynamoDBRecord } from 'aws-lambda';
import type { ChangeStream } from '../../shared/ports/change-stream.js';

/** What the indexer Lambda does with a batch (indexChanges): the records that failed. */
export type StreamHandler = (records: DynamoDBRecord[]) => Promise<DynamoDBBatchResponse>;

const credentials = { accessKeyId: 'local', secretAccessKey: 'local' };

/**
 * The table's real DynamoDB stream read as Lambda's event source mapping reads it in AWS: shard
 * by shard, in order, batches of up to 100 records handed to the handler (the app hands them to
 * the same `indexChanges` the indexer Lambda runs, functions/indexer). A batch is checkpointed up to its first failed record, which
 * is read again on the next drain, so a record the search engine refused is never skipped.
 *
 * A write's `written()` waits for a drain that starts after it, so what a request wrote is
 * searchable when it answers (in AWS the index follows within about a second).
 */
export class TableStream implements ChangeStream {
  readonly needsRecords = false;
  private readonly streams: DynamoDBStreamsClient;
  private streamArn: string | undefined;
  /** Per shard: where the next read starts. */
  private readonly shards = new Map<string, { iterator?: string | undefined; after?: string | undefined }>();
  private draining: Promise<number> | undefined;
  private pending = 0;

  constructor(
    private readonly endpoint: string,
    private readonly tableName: string,
    private readonly handle: StreamHandler,
  ) {
    this.streams = new DynamoDBStreamsClient({ endpoint, region: 'local', credentials, maxAttempts: 3 });
  }

  async written(): Promise<void> {
    await this.drain();
  }

  /** Reads and indexes everything the stream holds; returns how many records are still pending. */
  async drain(): Promise<number> {
    if (this.draining) await this.draining.catch(() => undefined);
    this.draining ??= this.drainOnce().finally(() => {
      this.draining = undefined;
    });
    return this.draining;
  }

  /** Records read but not yet taken by the search engine (they are read again). */
  get pendingCount(): number {
    return this.pending;
  }

  stop(): void {
    this.streams.destroy();
  }

  private async drainOnce(): Promise<number> {
    await this.discoverShards();
    let pending = 0;
    for (const [shardId, position] of this.shards) {
      for (;;) {
        position.iterator ??= await this.iterator(shardId, position.after);
        if (!position.iterator) break;
        const page = await this.streams.send(
          new GetRecordsCommand({ ShardIterator: position.iterator, Limit: 100 }),
        );
        const records = (page.Records ?? []).map(asLambdaRecord);
        if (records.length === 0) {
          position.iterator = page.NextShardIterator;
          break;
        }
        const { batchItemFailures } = await this.handle(records);
        const failed = new Set(batchItemFailures.map((f) => f.itemIdentifier));
        const firstFailure = records.findIndex((r) => failed.has(r.dynamodb?.SequenceNumber ?? ''));
        const done = firstFailure === -1 ? records : records.slice(0, firstFailure);
        const last = done[done.length - 1]?.dynamodb?.SequenceNumber;
        if (last) position.after = last;
        if (firstFailure !== -1) {
          // Read again from the first failure next time (a new iterator after the checkpoint).
          position.iterator = undefined;
          pending += records.length - firstFailure;
          break;
        }
        position.iterator = page.NextShardIterator;
      }
    }
    this.pending = pending;
    return pending;
  }

  private async discoverShards(): Promise<void> {
    if (!this.streamArn) {
      const client = new DynamoDBClient({ endpoint: this.endpoint, region: 'local', credentials });
      try {
        const { Table } = await client.send(new DescribeTableCommand({ TableName: this.tableName }));
        this.streamArn = Table?.LatestStreamArn;
      } finally {
        client.destroy();
      }
      if (!this.streamArn) throw new Error(`table ${this.tableName} has no stream`);
    }
    if (this.shards.size > 0) return;
    const { StreamDescription } = await this.streams.send(
      new DescribeStreamCommand({ StreamArn: this.streamArn }),
    );
    for (const shard of StreamDescription?.Shards ?? []) {
      if (shard.ShardId && !this.shards.has(shard.ShardId)) this.shards.set(shard.ShardId, {});
    }
  }

  private async iterator(shardId: string, after: string | undefined): Promise<string | undefined> {
    const { ShardIterator } = await this.streams.send(
      new GetShardIteratorCommand({
        StreamArn: this.streamArn,
        ShardId: shardId,
        ...(after
          ? { ShardIteratorType: 'AFTER_SEQUENCE_NUMBER', SequenceNumber: after }
          : { ShardIteratorType: 'TRIM_HORIZON' }),
      }),
    );
    return ShardIterator;
  }
}

/** The SDK's record as Lambda delivers it: the same fields, the creation time in epoch seconds. */
function asLambdaRecord(record: StreamRecord): DynamoDBRecord {
  const change = record.dynamodb;
  const created = change?.ApproximateCreationDateTime;
  return {
    ...record,
    dynamodb: {
      ...change,
      ApproximateCreationDateTime: created instanceof Date ? Math.floor(created.getTime() / 1000) : undefined,
    },
  } as DynamoDBRecord;
}

/** Every record in the table's stream, counted (the engine benchmark's read-back check). */
export async function readStream(endpoint: string, tableName: string): Promise<number> {
  let count = 0;
  const stream = new TableStream(endpoint, tableName, async (records) => {
    count += records.length;
    return { batchItemFailures: [] };
  });
  try {
    await stream.drain();
  } finally {
    stream.stop();
  }
  return count;
}
