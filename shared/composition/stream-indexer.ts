import type { DynamoDBBatchResponse, DynamoDBRecord } from 'aws-lambda';
import { toIndexChanges } from '../adapters/dynamodb/stream-decoder.js';
import { indexChanges } from '../indexing/index-changes.js';
import type { CandidateSearch } from '../ports/candidate-search.js';

/**
 * A batch of DynamoDB stream records through the indexer: decoded by the DynamoDB adapter,
 * applied by the use case, answered in Lambda's ReportBatchItemFailures shape so Lambda
 * retries from the first failed record instead of the whole batch.
 */
export async function indexStreamBatch(
  records: readonly DynamoDBRecord[],
  search: CandidateSearch,
): Promise<DynamoDBBatchResponse> {
  const { failed } = await indexChanges(toIndexChanges(records), search);
  return { batchItemFailures: failed.map((itemIdentifier) => ({ itemIdentifier })) };
}
