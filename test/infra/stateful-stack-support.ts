import { Match, type Template } from 'aws-cdk-lib/assertions';
import { type CfnJson, resources } from './support.js';

/** What stateful-stack.test.ts expects of the stateful stack's templates (infra/stacks/stateful-stack.ts). */

/** The single table: its keys, both GSIs, on-demand billing and the TTL attribute. */
export const SINGLE_TABLE = {
  KeySchema: [
    { AttributeName: 'PK', KeyType: 'HASH' },
    { AttributeName: 'SK', KeyType: 'RANGE' },
  ],
  BillingMode: 'PAY_PER_REQUEST',
  TimeToLiveSpecification: { AttributeName: 'expiresAt', Enabled: true },
  GlobalSecondaryIndexes: [
    Match.objectLike({
      IndexName: 'GSI1',
      KeySchema: [
        { AttributeName: 'GSI1PK', KeyType: 'HASH' },
        { AttributeName: 'GSI1SK', KeyType: 'RANGE' },
      ],
    }),
    Match.objectLike({
      IndexName: 'GSI2',
      KeySchema: [
        { AttributeName: 'GSI2PK', KeyType: 'HASH' },
        { AttributeName: 'GSI2SK', KeyType: 'RANGE' },
      ],
    }),
  ],
};

/** The VPC's endpoints, all it has. */
export const VPC_ENDPOINTS = [
  {
    VpcEndpointType: 'Gateway',
    ServiceName: Match.objectLike({ 'Fn::Join': Match.arrayWith([Match.arrayWith(['.dynamodb'])]) }),
  },
  // S3: the custom resource in the isolated subnets answers CloudFormation's pre-signed S3 URL.
  {
    VpcEndpointType: 'Gateway',
    ServiceName: Match.objectLike({ 'Fn::Join': Match.arrayWith([Match.arrayWith(['.s3'])]) }),
  },
  // KMS (webhook signing secrets) has no gateway endpoint: an interface endpoint, not open.
  {
    VpcEndpointType: 'Interface',
    ServiceName: Match.objectLike({
      'Fn::Join': Match.arrayWith([Match.arrayWith([Match.stringLikeRegexp('\\.kms$')])]),
    }),
    PrivateDnsEnabled: true,
  },
];

/** OpenSearch 2.19, encrypted at rest and node to node, HTTPS only with TLS 1.2 or later. */
export const ENCRYPTED_DOMAIN = {
  EngineVersion: 'OpenSearch_2.19',
  EncryptionAtRestOptions: { Enabled: true },
  NodeToNodeEncryptionOptions: { Enabled: true },
  DomainEndpointOptions: {
    EnforceHTTPS: true,
    TLSSecurityPolicy: Match.stringLikeRegexp('^Policy-Min-TLS-1-2'),
  },
};

export const alarms = (template: Template) =>
  resources(template, 'AWS::CloudWatch::Alarm').map(([, alarm]) => alarm.Properties as CfnJson);
export const byMetric = (template: Template, metricName: string) =>
  alarms(template).filter((a) => a.Namespace === 'AWS/ES' && a.MetricName === metricName);

/** The domain metrics alarmed on in both environments. */
export const ALARMED_METRICS = [
  'ClusterStatus.red',
  'FreeStorageSpace',
  'JVMMemoryPressure',
  'ClusterIndexWritesBlocked',
  'AutomatedSnapshotFailure',
];

/** The recommended thresholds: [environment, metric, what its alarm matches]. */
export const RECOMMENDED_THRESHOLDS: [env: 'dev' | 'prod', metric: string, alarm: object][] = [
  [
    'prod',
    'ClusterStatus.red',
    {
      Statistic: 'Maximum',
      Period: 60,
      Threshold: 1,
      ComparisonOperator: 'GreaterThanOrEqualToThreshold',
      EvaluationPeriods: 1,
    },
  ],
  // 25% of the per-node volume, in MiB: dev 10 GiB, prod 20 GiB.
  [
    'dev',
    'FreeStorageSpace',
    { Statistic: 'Minimum', Threshold: 2560, ComparisonOperator: 'LessThanOrEqualToThreshold' },
  ],
  ['prod', 'FreeStorageSpace', { Threshold: 5120 }],
  [
    'prod',
    'JVMMemoryPressure',
    { Statistic: 'Maximum', Threshold: 95, EvaluationPeriods: 3, DatapointsToAlarm: 3 },
  ],
  ['prod', 'ClusterStatus.yellow', { Period: 60, Threshold: 1, EvaluationPeriods: 5, DatapointsToAlarm: 5 }],
  ['prod', 'ClusterIndexWritesBlocked', { Period: 300, Threshold: 1 }],
  ['prod', 'AutomatedSnapshotFailure', { Threshold: 1 }],
];

/** The alarm topic's policy: it denies every request not made over TLS. */
export const SSL_ONLY_TOPIC_POLICY = {
  PolicyDocument: Match.objectLike({
    Statement: Match.arrayWith([
      Match.objectLike({ Effect: 'Deny', Condition: { Bool: { 'aws:SecureTransport': 'false' } } }),
    ]),
  }),
};
