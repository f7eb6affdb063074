import { Duration } from 'aws-cdk-lib';
import { Alarm, ComparisonOperator, type IMetric, TreatMissingData } from 'aws-cdk-lib/aws-cloudwatch';
import { SnsAction } from 'aws-cdk-lib/aws-cloudwatch-actions';
import type { IDomain } from 'aws-cdk-lib/aws-opensearchservice';
import type { ITopic } from 'aws-cdk-lib/aws-sns';
import { Construct } from 'constructs';

export interface SearchAlarmsProps {
  readonly domain: IDomain;
  /** EBS volume per data node, GiB: the free-storage alarm fires below a quarter of it. */
  readonly volumeSizeGiB: number;
  /**
   * Alarm on ClusterStatus.yellow (a replica unassigned). Worth a page in prod; in dev a node
   * replacement or blue/green update passes through yellow and is not worth one.
   */
  readonly alarmOnYellow: boolean;
  readonly topic?: ITopic;
}

const ONE_MINUTE = Duration.minutes(1);

/**
 * The domain's alarms, after Amazon OpenSearch Service's recommended CloudWatch alarms. Domain
 * metrics arrive every minute, so missing data is left as INSUFFICIENT_DATA rather than OK.
 */
export class SearchAlarms extends Construct {
  readonly alarms: Alarm[] = [];

  constructor(scope: Construct, id: string, props: SearchAlarmsProps) {
    super(scope, id);
    const { domain } = props;

    this.add('ClusterRed', domain.metricClusterStatusRed({ period: ONE_MINUTE }), {
      threshold: 1,
      evaluationPeriods: 1,
      description: 'OpenSearch cluster is red: a primary shard is unassigned; searches and writes fail',
    });
    if (props.alarmOnYellow) {
      // Five minutes: a replica being reallocated after a node restart passes through yellow.
      this.add('ClusterYellow', domain.metricClusterStatusYellow({ period: ONE_MINUTE }), {
        threshold: 1,
        evaluationPeriods: 5,
        description: 'OpenSearch cluster is yellow: a replica shard is unassigned; one node loss from red',
      });
    }
    // Minimum over the nodes, in MiB: the fullest node decides when writes get blocked.
    const lowStorageMiB = Math.floor(props.volumeSizeGiB * 1024 * 0.25);
    this.add('FreeStorageLow', domain.metricFreeStorageSpace({ period: ONE_MINUTE }), {
      threshold: lowStorageMiB,
      evaluationPeriods: 1,
      comparisonOperator: ComparisonOperator.LESS_THAN_OR_EQUAL_TO_THRESHOLD,
      description: `An OpenSearch data node has at most ${lowStorageMiB} MiB (25%) of storage left`,
    });
    this.add('JvmMemoryPressure', domain.metricJVMMemoryPressure({ period: ONE_MINUTE }), {
      threshold: 95,
      evaluationPeriods: 3,
      description: 'OpenSearch JVM memory pressure at 95%+ for 3 minutes: out-of-memory errors ahead',
    });
    this.add('IndexWritesBlocked', domain.metricClusterIndexWritesBlocked({ period: Duration.minutes(5) }), {
      threshold: 1,
      evaluationPeriods: 1,
      description: 'OpenSearch blocks index writes: the indexer fails and the search index falls behind',
    });
    this.add('SnapshotFailed', domain.metricAutomatedSnapshotFailure({ period: ONE_MINUTE }), {
      threshold: 1,
      evaluationPeriods: 1,
      description: 'An automated OpenSearch snapshot failed',
    });

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
    options: {
      threshold: number;
      evaluationPeriods: number;
      description: string;
      comparisonOperator?: ComparisonOperator;
    },
  ): void {
    this.alarms.push(
      new Alarm(this, id, {
        metric,
        threshold: options.threshold,
        evaluationPeriods: options.evaluationPeriods,
        datapointsToAlarm: options.evaluationPeriods,
        comparisonOperator:
          options.comparisonOperator ?? ComparisonOperator.GREATER_THAN_OR_EQUAL_TO_THRESHOLD,
        alarmDescription: options.description,
        treatMissingData: TreatMissingData.MISSING,
      }),
    );
  }
}
