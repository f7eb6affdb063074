import { Duration } from 'aws-cdk-lib';
import type { HttpApi } from 'aws-cdk-lib/aws-apigatewayv2';
import { Alarm, ComparisonOperator, type IMetric, Stats, TreatMissingData } from 'aws-cdk-lib/aws-cloudwatch';
import { SnsAction } from 'aws-cdk-lib/aws-cloudwatch-actions';
import type { IFunction } from 'aws-cdk-lib/aws-lambda';
import type { ITopic } from 'aws-cdk-lib/aws-sns';
import type { IQueue } from 'aws-cdk-lib/aws-sqs';
import { Construct } from 'constructs';

export interface ServiceAlarmsProps {
  readonly api: HttpApi;
  readonly apiFunction: IFunction;
  readonly indexerFunction: IFunction;
  /** Scheduled (EventBridge) functions: an error means a run failed or timed out. */
  readonly retentionFunction?: IFunction;
  readonly exchangeWorkerFunction?: IFunction;
  readonly deadLetterQueue: IQueue;
  /** 5xx responses per 5 minutes that raise the alarm. */
  readonly api5xxThreshold: number;
  readonly topic?: ITopic;
}

const PERIOD = Duration.minutes(5);

/** The few alarms that mean "someone should look": ~$0.10 each per month. */
export class ServiceAlarms extends Construct {
  readonly alarms: Alarm[] = [];

  constructor(scope: Construct, id: string, props: ServiceAlarmsProps) {
    super(scope, id);

    this.add('Api5xx', props.api.metricServerError({ period: PERIOD, statistic: Stats.SUM }), {
      threshold: props.api5xxThreshold,
      description: 'HTTP API returned 5xx responses',
    });
    this.add('ApiThrottles', props.apiFunction.metricThrottles({ period: PERIOD, statistic: Stats.SUM }), {
      threshold: 1,
      description: 'API function invocations were throttled',
    });
    this.add(
      'IndexerThrottles',
      props.indexerFunction.metricThrottles({ period: PERIOD, statistic: Stats.SUM }),
      { threshold: 1, description: 'Indexer invocations were throttled' },
    );
    // Whole-batch failures only; per-record failures are reported back and end up in the DLQ.
    this.add('IndexerErrors', props.indexerFunction.metricErrors({ period: PERIOD, statistic: Stats.SUM }), {
      threshold: 1,
      description: 'Indexer invocations failed',
    });
    this.add(
      'IndexerIteratorAge',
      props.indexerFunction.metric('IteratorAge', { period: PERIOD, statistic: Stats.MAXIMUM }),
      {
        threshold: Duration.minutes(15).toMilliseconds(),
        description: 'Search index lags the table by 15+ min',
      },
    );
    this.add(
      'IndexerDlqDepth',
      props.deadLetterQueue.metricApproximateNumberOfMessagesVisible({
        period: Duration.minutes(1),
        statistic: Stats.MAXIMUM,
      }),
      {
        threshold: 0,
        comparisonOperator: ComparisonOperator.GREATER_THAN_THRESHOLD,
        description: 'Stream batches gave up and were parked in the indexer DLQ; reindex them',
      },
    );

    if (props.retentionFunction) {
      this.add(
        'RetentionErrors',
        props.retentionFunction.metricErrors({ period: PERIOD, statistic: Stats.SUM }),
        { threshold: 1, description: 'A retention sweep failed: expired profiles may be kept too long' },
      );
    }
    if (props.exchangeWorkerFunction) {
      // A round logs a failing step and goes on; the function itself fails only on a crash or a
      // timeout, so this means rounds are not completing.
      this.add(
        'ExchangeWorkerErrors',
        props.exchangeWorkerFunction.metricErrors({ period: PERIOD, statistic: Stats.SUM }),
        { threshold: 1, description: 'An exchange worker round crashed or timed out' },
      );
    }

    if (props.topic) {
      const action = new SnsAction(props.topic);
      for (const alarm of this.alarms) {
        alarm.addAlarmAction(action);
        alarm.addOkAction(action);
      }
    }
  }

  private add(
    id: string,
    metric: IMetric,
    options: { threshold: number; description: string; comparisonOperator?: ComparisonOperator },
  ): void {
    this.alarms.push(
      new Alarm(this, id, {
        metric,
        threshold: options.threshold,
        comparisonOperator:
          options.comparisonOperator ?? ComparisonOperator.GREATER_THAN_OR_EQUAL_TO_THRESHOLD,
        evaluationPeriods: 1,
        alarmDescription: options.description,
        // No traffic is not a failure.
        treatMissingData: TreatMissingData.NOT_BREACHING,
      }),
    );
  }
}
