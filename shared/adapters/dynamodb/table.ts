import {
  CreateTableCommand,
  type CreateTableCommandInput,
  DynamoDBClient,
  type DynamoDBClientConfig,
  UpdateTimeToLiveCommand,
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
 * The same definition is created in the local engine for tests and `npm start`, and by CDK in
 * AWS (infra/constructs/data-table.ts): a NEW_AND_OLD_IMAGES stream and TTL on `expiresAt`,
 * where the engine has them (dynalite has neither; docs/local-engine.md).
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

export interface TableFeatures {
  /** Create the table's stream (NEW_AND_OLD_IMAGES), as in AWS. */
  readonly stream?: boolean;
  /** Turn TTL on for `expiresAt`, as in AWS. */
  readonly ttl?: boolean;
}

export function createTableInput(tableName: string, features: TableFeatures = {}): CreateTableCommandInput {
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
    ...(features.stream
      ? { StreamSpecification: { StreamEnabled: true, StreamViewType: 'NEW_AND_OLD_IMAGES' } }
      : {}),
  };
}

export async function createTable(
  client: DynamoDBClient,
  tableName: string,
  features: TableFeatures = {},
): Promise<void> {
  await client.send(new CreateTableCommand(createTableInput(tableName, features)));
  if (features.ttl) {
    await client.send(
      new UpdateTimeToLiveCommand({
        TableName: tableName,
        TimeToLiveSpecification: { Enabled: true, AttributeName: TABLE_KEYS.ttlAttribute },
      }),
    );
  }
}

/** The document client every repository uses: undefined members are dropped, not rejected. */
export function documentClient(config: DynamoDBClientConfig | DynamoDBClient): DynamoDBDocumentClient {
  const client = config instanceof DynamoDBClient ? config : new DynamoDBClient(config);
  return DynamoDBDocumentClient.from(client, {
    marshallOptions: { removeUndefinedValues: true, convertClassInstanceToMap: false },
  });
}
