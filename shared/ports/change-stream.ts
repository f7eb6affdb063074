import type { DynamoDBRecord } from 'aws-lambda';

/**
 * Where table changes go. In AWS the DynamoDB stream carries them and this port is unused;
 * dynalite has no streams, so locally and in tests the store publishes records of the real
 * stream shape (NEW_AND_OLD_IMAGES) to an in-process stream that feeds the same indexer.
 */
export interface ChangeStream {
  publish(records: readonly DynamoDBRecord[]): Promise<void>;
}
