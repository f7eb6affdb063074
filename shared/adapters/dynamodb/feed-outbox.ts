import { randomBytes } from 'node:crypto';
import type { TransactWriteItem } from '@aws-sdk/client-dynamodb';
import { DeleteCommand, type DynamoDBDocumentClient, PutCommand } from '@aws-sdk/lib-dynamodb';
import type { FeedResourceType } from '../../ports/change-feed.js';
import type { Clock } from '../../ports/clock.js';
import { marshallItem } from './attribute-values.js';

/**
 * The change feed's outbox: an intent item names the versions a write makes; the sequencer
 * reads each announced record with a consistent read and appends an entry for every version
 * that was written. Candidate writes put their intent in the same transaction as the profiles
 * (`intentAction`), so an intent exists exactly when its writes do. Writes outside a
 * transaction announce the versions first (`announce`) and settle afterwards. So:
 * - a written change always has an intent (it was put first): nothing is lost;
 * - an intent whose write never happened (a refused condition, a crash) is withdrawn by the
 *   writer, or abandoned by the sequencer once it is older than any write can take.
 *
 * Intents live in a few partitions (`FEEDQ#{shard}`) so bulk writers spread over them; they
 * are ordinary base-table items, read with consistent queries (a GSI would lag).
 */

export interface FeedRef {
  readonly t: FeedResourceType;
  readonly id: string;
  readonly v: number;
}

export const FEED_INTENT_SHARDS = 4;
export const FEED_INTENT_PREFIX = 'FEEDQ#';

export interface IntentKey {
  readonly PK: string;
  readonly SK: string;
}

export class FeedOutbox {
  constructor(
    private readonly db: DynamoDBDocumentClient,
    private readonly tableName: string,
    private readonly clock: Clock,
  ) {}

  /** A new intent item naming these versions. */
  private intent(refs: readonly FeedRef[]) {
    const at = this.clock.now().toISOString();
    const random = randomBytes(6).toString('hex');
    const shard = (random.charCodeAt(0) + random.charCodeAt(1)) % FEED_INTENT_SHARDS;
    const key = { PK: `${FEED_INTENT_PREFIX}${shard}`, SK: `${at}#${random}` };
    return {
      key,
      item: { ...key, entity: 'feed-intent', at, refs: refs.map((r) => ({ t: r.t, id: r.id, v: r.v })) },
    };
  }

  /** The intent as one action of the transaction that makes these writes. */
  intentAction(refs: readonly FeedRef[]): TransactWriteItem {
    return { Put: { TableName: this.tableName, Item: marshallItem(this.intent(refs).item) } };
  }

  /** Announces writes that are about to happen; resolves once the announcement is durable. */
  async announce(refs: readonly FeedRef[]): Promise<IntentKey> {
    const { key, item } = this.intent(refs);
    await this.db.send(new PutCommand({ TableName: this.tableName, Item: item }));
    return key;
  }

  /**
   * Narrows an intent to the writes that did happen (none: the intent goes). Best effort: an
   * intent left as it was only waits for the sequencer's abandonment delay.
   */
  async settle(key: IntentKey, written: readonly FeedRef[]): Promise<void> {
    try {
      if (written.length === 0) {
        await this.db.send(new DeleteCommand({ TableName: this.tableName, Key: key }));
        return;
      }
      await this.db.send(
        new PutCommand({
          TableName: this.tableName,
          Item: {
            ...key,
            entity: 'feed-intent',
            at: key.SK.slice(0, key.SK.lastIndexOf('#')),
            refs: written.map((r) => ({ t: r.t, id: r.id, v: r.v })),
          },
          // Never resurrect an intent the sequencer has already consumed.
          ConditionExpression: 'attribute_exists(PK)',
        }),
      );
    } catch {
      // The sequencer copes with an unsettled intent; the caller's write outcome stands.
    }
  }
}
