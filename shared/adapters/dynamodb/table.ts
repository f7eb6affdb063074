import {
  CreateTableCommand,
  type CreateTableCommandInput,
  DynamoDBClient,
  type DynamoDBClientConfig,
} from '@aws-sdk/client-dynamodb';
import { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';

/**
 * The single table. Keys are generic (PK/SK, GSI1, GSI2) so that every entity shares one table:
 *
 * | entity     | PK               | SK        | GSI1PK                 | GSI1SK                 |
 * |------------|------------------|-----------|------------------------|------------------------|
 * | vacancy    | VAC#{id}         | VAC       | ORG#{owner}#VAC        | {createdAt}#{id}       |
 * | candidate  | CAND#{id}        | CAND      | PES#{pes}              | {externalId}           |
 * | candidate-erased | CAND#{id}  | CAND      | –                      | –                      |
 * | feed-intent | FEEDQ#{0..3}    | {at}#{random} | –                  | –                      |
 *
 * An erased candidate is a tombstone in place of the profile (id, PES, next version; no personal
 * data). Feed intents announce writes before they happen (change feed outbox, feed-outbox.ts).
 * The exchange's items (feed segments and lease, import jobs and chunks, upload parts, webhook
 * subscriptions and deliveries, feed consumer cursors) are listed in docs/exchange.md.
 *
 * GSI2 is sparse: an open vacancy also carries GSI2PK `VAC#OPEN`, GSI2SK `{createdAt}#{id}`
 * (open vacancies across owners, for labour-market insight); closing drops both keys.
 *
 * The same definition is created in dynalite for tests and `npm start`, and by CDK in AWS.
 */
export const TABLE_KEYS = {
  partitionKey: 'PK',
  sortKey: 'SK',
  indexes: [
    { name: 'GSI1', partitionKey: 'GSI1PK', sortKey: 'GSI1SK' },
    { name: 'GSI2', partitionKey: 'GSI2PK', sortKey: 'GSI2SK' },
  ],
  ttlAttribute: 'expiresAt',
} as const;

export function createTableInput(tableName: string): CreateTableCommandInput {
  const attributes = [
    TABLE_KEYS.partitionKey,
    TABLE_KEYS.sortKey,
    ...TABLE_KEYS.indexes.flatMap((i) => [i.partitionKey, i.sortKey]),
  ];
  return {
    TableName: tableName,
    BillingMode: 'PAY_PER_REQUEST',
    AttributeDefinitions: attributes.map((name) => ({ AttributeName: name, AttributeType: 'S' })),
    KeySchema: [
      { AttributeName: TABLE_KEYS.partitionKey, KeyType: 'HASH' },
      { AttributeName: TABLE_KEYS.sortKey, KeyType: 'RANGE' },
    ],
    GlobalSecondaryIndexes: TABLE_KEYS.indexes.map((index) => ({
      IndexName: index.name,
      KeySchema: [
        { AttributeName: index.partitionKey, KeyType: 'HASH' },
        { AttributeName: index.sortKey, KeyType: 'RANGE' },
      ],
      Projection: { ProjectionType: 'ALL' },
    })),
  };
}

export async function createTable(client: DynamoDBClient, tableName: string): Promise<void> {
  await client.send(new CreateTableCommand(createTableInput(tableName)));
}

/** The document client every repository uses: undefined members are dropped, not rejected. */
export function documentClient(config: DynamoDBClientConfig | DynamoDBClient): DynamoDBDocumentClient {
  const client = config instanceof DynamoDBClient ? config : new DynamoDBClient(config);
  return DynamoDBDocumentClient.from(client, {
    marshallOptions: { removeUndefinedValues: true, convertClassInstanceToMap: false },
  });
}
