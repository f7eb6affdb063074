import type { DynamoDBBatchResponse, DynamoDBStreamEvent } from 'aws-lambda';
import { observed, search } from '../../shared/composition/aws-indexer.js';
import { observedHandler } from '../../shared/composition/lambda-telemetry.js';
import { indexStreamBatch } from '../../shared/composition/stream-indexer.js';

/**
 * DynamoDB stream → OpenSearch. Returns the records that failed (ReportBatchItemFailures), so
 * Lambda retries from the first of them instead of the whole batch.
 */
export const handler = observedHandler(
  observed,
  async (event: DynamoDBStreamEvent): Promise<DynamoDBBatchResponse> => {
    const result = await indexStreamBatch(event.Records, search);
    const failed = result.batchItemFailures.length;
    observed.telemetry.log[failed > 0 ? 'warn' : 'info']('stream batch indexed', {
      records: event.Records.length,
      failed,
    });
    return result;
  },
);
