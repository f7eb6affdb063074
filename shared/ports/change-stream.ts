import type { DynamoDBRecord } from 'aws-lambda';

/**
 * Where table changes go on their way to the search index, outside AWS. In AWS the table's
 * DynamoDB stream carries them to the indexer Lambda and this port is unused. Locally the
 * store tells the stream after each write:
 * - an engine with a stream of its own (dynoxide): `needsRecords` is false, nothing is handed
 *   over, and `written` waits until the stream's records have reached the index;
 * - an engine without one (dynalite): the store hands over records of the real stream shape
 *   (NEW_AND_OLD_IMAGES), which feed the same indexer.
 */
export interface ChangeStream {
  readonly needsRecords: boolean;
  /** Resolves once the index took the changes, or kept them pending (never lost). */
  written(records: readonly DynamoDBRecord[]): Promise<void>;
}
