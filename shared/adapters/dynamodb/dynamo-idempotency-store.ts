import type { AttributeValue } from '@aws-sdk/client-dynamodb';
import {
  DeleteCommand,
  type DynamoDBDocumentClient,
  GetCommand,
  PutCommand,
  UpdateCommand,
} from '@aws-sdk/lib-dynamodb';
import { unmarshall } from '@aws-sdk/util-dynamodb';
import type {
  IdempotencyClaim,
  IdempotencyRecord,
  IdempotencyStore,
  StoredResponse,
} from '../../ports/idempotency-store.js';
import { isConditionalCheckFailure } from './conditional.js';

/**
 * Idempotency records in the single table (`PK=IDEM#{caller}`, `SK=KEY#{key}`, entity
 * `idempotency-key`), removed by the table's TTL on `expiresAt` (epoch seconds). A claim is one
 * conditional put, so of two concurrent requests with the same key exactly one claims it; the
 * refused one gets the record back from the same call. DynamoDB's TTL deletes only eventually
 * and the local engine has none (docs/local-engine.md), so the condition itself treats a record
 * past `expiresAt`, or an unanswered claim past `lockedUntil`, as absent.
 */
export class DynamoIdempotencyStore implements IdempotencyStore {
  constructor(
    private readonly db: DynamoDBDocumentClient,
    private readonly tableName: string,
  ) {}

  async claim(scope: string, key: string, fingerprint: string, at: IdempotencyClaim) {
    try {
      await this.db.send(
        new PutCommand({
          TableName: this.tableName,
          Item: {
            ...itemKey(scope, key),
            entity: 'idempotency-key',
            fingerprint,
            lockedUntil: epochSeconds(at.lockedUntil),
            expiresAt: epochSeconds(at.expiresAt),
          },
          ConditionExpression:
            'attribute_not_exists(PK) OR expiresAt <= :now OR (attribute_not_exists(#response) AND lockedUntil <= :now)',
          ExpressionAttributeNames: { '#response': 'response' },
          ExpressionAttributeValues: { ':now': epochSeconds(at.now) },
          ReturnValuesOnConditionCheckFailure: 'ALL_OLD',
        }),
      );
      return undefined;
    } catch (error) {
      if (!isConditionalCheckFailure(error)) throw error;
      // ALL_OLD returns the item that failed the condition, in attribute-value form: the document
      // client translates results, not exceptions. An engine without ALL_OLD is read instead.
      const failed = (error as { Item?: Record<string, AttributeValue> }).Item;
      const old = failed ? unmarshall(failed) : await this.read(scope, key);
      // Gone since (released by a failed first request): the caller answers as for one in flight.
      return old ? recordOf(old) : { fingerprint: fingerprint };
    }
  }

  private async read(scope: string, key: string) {
    const { Item } = await this.db.send(
      new GetCommand({ TableName: this.tableName, Key: itemKey(scope, key), ConsistentRead: true }),
    );
    return Item;
  }

  async complete(scope: string, key: string, response: StoredResponse): Promise<void> {
    await this.db.send(
      new UpdateCommand({
        TableName: this.tableName,
        Key: itemKey(scope, key),
        UpdateExpression: 'SET #response = :response',
        ConditionExpression: 'attribute_exists(PK)',
        ExpressionAttributeNames: { '#response': 'response' },
        ExpressionAttributeValues: { ':response': response },
      }),
    );
  }

  async release(scope: string, key: string): Promise<void> {
    await this.db.send(new DeleteCommand({ TableName: this.tableName, Key: itemKey(scope, key) }));
  }
}

const itemKey = (scope: string, key: string) => ({ PK: `IDEM#${scope}`, SK: `KEY#${key}` });
const epochSeconds = (date: Date) => Math.floor(date.getTime() / 1000);

function recordOf(item: Record<string, unknown>): IdempotencyRecord {
  return {
    fingerprint: String(item.fingerprint),
    ...(item.response ? { response: item.response as StoredResponse } : {}),
  };
}
