import { randomUUID } from 'node:crypto';
import { DeleteCommand, type DynamoDBDocumentClient, PutCommand } from '@aws-sdk/lib-dynamodb';
import type { Clock } from '../../ports/clock.js';
import { unlessConditionFails } from './conditional.js';
import { FEED_PK } from './feed-segments.js';

const LEASE_SK = 'LEASE';

/**
 * Which sequencer may append to the change feed: one item, taken with a conditional put while
 * free, lapsed or already ours, and renewed between segments. A sequencer whose lease lapsed
 * learns it when its next conditional append fails (feed-segments.ts), so two never interleave.
 */
export class FeedLease {
  private readonly owner = randomUUID();

  constructor(
    private readonly db: DynamoDBDocumentClient,
    private readonly tableName: string,
    private readonly clock: Clock,
    private readonly leaseMs: number,
  ) {}

  async take(): Promise<boolean> {
    const now = this.clock.now().getTime();
    const item = {
      PK: FEED_PK,
      SK: LEASE_SK,
      entity: 'feed-lease',
      owner: this.owner,
      until: now + this.leaseMs,
    };
    const taken = await unlessConditionFails(
      this.db.send(
        new PutCommand({
          TableName: this.tableName,
          Item: item,
          ConditionExpression: 'attribute_not_exists(PK) OR #until < :now OR #owner = :me',
          ExpressionAttributeNames: { '#until': 'until', '#owner': 'owner' },
          ExpressionAttributeValues: { ':now': now, ':me': this.owner },
        }),
      ),
    );
    return taken !== undefined;
  }

  async release(): Promise<void> {
    await unlessConditionFails(
      this.db.send(
        new DeleteCommand({
          TableName: this.tableName,
          Key: { PK: FEED_PK, SK: LEASE_SK },
          ConditionExpression: '#owner = :me',
          ExpressionAttributeNames: { '#owner': 'owner' },
          ExpressionAttributeValues: { ':me': this.owner },
        }),
      ),
    );
  }
}
