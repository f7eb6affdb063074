import { DynamoDBClient, ProvisionedThroughputExceededException } from '@aws-sdk/client-dynamodb';

/**
 * For tests that mock the DynamoDB client (aws-sdk-client-mock) to show what a real engine
 * cannot: throttling and partial batch failures.
 */

/** A client that needs no credentials or endpoint: every call it makes is answered by the mock. */
export const offlineDynamoClient = () =>
  new DynamoDBClient({ region: 'local', credentials: { accessKeyId: 'x', secretAccessKey: 'x' } });

/** What DynamoDB answers a request over the table's capacity with. */
export const throttled = () =>
  new ProvisionedThroughputExceededException({ message: 'Rate of requests exceeds capacity', $metadata: {} });
