import { type DynamoDBDocumentClient, PutCommand, QueryCommand } from '@aws-sdk/lib-dynamodb';
import type { FeedEntry, FeedPosition, FeedReadOptions, FeedResourceType } from '../../ports/change-feed.js';
import type { Clock } from '../../ports/clock.js';
import { unlessConditionFails } from './conditional.js';
import type { IntentKey } from './feed-outbox.js';

/**
 * The change feed's log: immutable segments (`PK=FEED`, `SK=SEG#{n}`), numbered without gaps,
 * each appended with a conditional put on the next number and read with consistent queries. So
 * a reader never sees segment n+1 before n, and never sees a segment change. A segment records
 * the intents it consumed, so a crash before their deletion is repaired, not duplicated.
 */

export const FEED_PK = 'FEED';
const segmentSk = (n: number) => `SEG#${String(n).padStart(12, '0')}`;
/** Entries per segment: whole intents (≤ 1,000 refs each) up to about 250 KB per item. */
const SEGMENT_MAX_ENTRIES = 2_000;

export interface StoredEntry {
  readonly t: FeedResourceType;
  readonly id: string;
  readonly v: number;
  readonly op: FeedEntry['op'];
  readonly at: string;
  readonly s: FeedEntry['scope'];
}

export class FeedSegments {
  constructor(
    private readonly db: DynamoDBDocumentClient,
    private readonly tableName: string,
    private readonly clock: Clock,
  ) {}

  /** Visible entries after a position, up to the limits, with where the reader stands then. */
  async scan(options: Pick<FeedReadOptions, 'after' | 'limit' | 'maxScan' | 'visible'>): Promise<{
    entries: { entry: FeedEntry; next: FeedPosition }[];
    position: FeedPosition;
    hasMore: boolean;
  }> {
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
    return { entries, position, hasMore };
  }

  /** Appends segment n; false when another sequencer appended it first (our lease lapsed). */
  async append(n: number, segment: PackedSegment): Promise<boolean> {
    const item = {
      PK: FEED_PK,
      SK: segmentSk(n),
      entity: 'feed-segment',
      n,
      at: this.clock.now().toISOString(),
      entries: JSON.stringify(segment.entries),
      intents: segment.intents.map((i) => ({ PK: i.PK, SK: i.SK })),
    };
    const appended = await unlessConditionFails(
      this.db.send(
        new PutCommand({
          TableName: this.tableName,
          Item: item,
          ConditionExpression: 'attribute_not_exists(SK)',
        }),
      ),
    );
    return appended !== undefined;
  }

  async last(): Promise<{ n: number; intents: IntentKey[] } | undefined> {
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
}

export interface PackedSegment {
  readonly entries: StoredEntry[];
  readonly intents: IntentKey[];
}

/**
 * Whole intents per segment, in order. An entry already appended in this run (two intents
 * announcing the same version: a writer whose condition failed and a concurrent one that won)
 * is appended once.
 */
export function packSegments(
  ready: readonly { intent: IntentKey; entries: StoredEntry[] }[],
  seen: Set<string>,
): PackedSegment[] {
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
