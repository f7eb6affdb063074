import type { DynamoDBBatchResponse, DynamoDBStreamEvent } from 'aws-lambda';
import { search } from '../../shared/composition/aws-indexer.js';
import { indexStreamBatch } from '../../shared/composition/stream-indexer.js';

/**
 * DynamoDB stream → OpenSearch. Returns the records that failed (ReportBatchItemFailures), so
 * Lambda retries from the first of them instead of the whole batch.
 */
export const handler = async (event: DynamoDBStreamEvent): Promise<DynamoDBBatchResponse> =>
  indexStreamBatch(event.Records, search);
