import { BatchGetCommand, type DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { mapLimit } from '../../concurrency/map-limit.js';
import { DEFAULT_RETRY_POLICY, retryLeftovers } from '../../concurrency/retry.js';
import type { Item, ItemKey } from './coalescing-reader.js';

/** Keys per BatchGetItem: DynamoDB's limit. */
const MAX_KEYS = 100;

/**
 * Consistent reads of many items: BatchGetItem in pages of 100 keys, a few pages in flight.
 * Keys DynamoDB hands back unprocessed are asked for again, with the shared bounded backoff; an
 * error the SDK's own retries did not cure propagates (no partial result passes for a whole one).
 */
export async function batchGetItems(
  db: DynamoDBDocumentClient,
  tableName: string,
  keys: readonly ItemKey[],
): Promise<Item[]> {
  const pages: ItemKey[][] = [];
  for (let i = 0; i < keys.length; i += MAX_KEYS) pages.push(keys.slice(i, i + MAX_KEYS));
  const found = await mapLimit(pages, 4, async (page) => {
    const items: Item[] = [];
    await retryLeftovers(
      page,
      async (pending) => {
        const result = await db.send(
          new BatchGetCommand({
            RequestItems: { [tableName]: { Keys: [...pending], ConsistentRead: true } },
          }),
        );
        items.push(...((result.Responses?.[tableName] ?? []) as Item[]));
        return (result.UnprocessedKeys?.[tableName]?.Keys ?? []) as ItemKey[];
      },
      { policy: DEFAULT_RETRY_POLICY, what: 'DynamoDB BatchGetItem', isRetryable: () => false },
    );
    return items;
  });
  return found.flat();
}
