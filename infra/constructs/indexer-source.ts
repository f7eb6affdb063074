import { Duration, Validations } from 'aws-cdk-lib';
import type { ITableV2 } from 'aws-cdk-lib/aws-dynamodb';
import { type IFunction, StartingPosition } from 'aws-cdk-lib/aws-lambda';
import { DynamoEventSource, SqsDlq } from 'aws-cdk-lib/aws-lambda-event-sources';
import { Queue, QueueEncryption } from 'aws-cdk-lib/aws-sqs';
import { Construct } from 'constructs';

export interface IndexerSourceProps {
  readonly table: ITableV2;
  readonly indexer: IFunction;
}

/** Stream settings, exported so tests assert the same numbers. */
export const INDEXER_STREAM = {
  batchSize: 100,
  retryAttempts: 5,
  maxRecordAge: Duration.hours(24),
} as const;

/**
 * Wires the table stream to the indexer. A failing record is retried, the batch halved around it
 * (bisect) and, with partial batch responses, only the failed tail is retried; after the retries
 * or 24 h the batch's stream coordinates go to the DLQ so the shard keeps moving.
 */
export class IndexerSource extends Construct {
  readonly deadLetterQueue: Queue;

  constructor(scope: Construct, id: string, props: IndexerSourceProps) {
    super(scope, id);

    // Holds only stream metadata (shard, sequence numbers), never item data, so SQS-managed
    // encryption is enough and avoids KMS permissions on the function role.
    this.deadLetterQueue = new Queue(this, 'DeadLetterQueue', {
      encryption: QueueEncryption.SQS_MANAGED,
      enforceSSL: true,
      retentionPeriod: Duration.days(14),
    });
    Validations.of(this.deadLetterQueue).acknowledge({
      id: 'AwsSolutions-SQS3',
      reason: 'This queue is the dead-letter destination (OnFailure) of the indexer stream mapping.',
    });

    props.indexer.addEventSource(
      new DynamoEventSource(props.table, {
        startingPosition: StartingPosition.TRIM_HORIZON,
        batchSize: INDEXER_STREAM.batchSize,
        retryAttempts: INDEXER_STREAM.retryAttempts,
        maxRecordAge: INDEXER_STREAM.maxRecordAge,
        bisectBatchOnError: true,
        reportBatchItemFailures: true,
        onFailure: new SqsDlq(this.deadLetterQueue),
      }),
    );
  }
}
