import { type RemovalPolicy, Stack, type StackProps } from 'aws-cdk-lib';
import type { ITableV2 } from 'aws-cdk-lib/aws-dynamodb';
import type { ISecurityGroup, IVpc, SubnetSelection } from 'aws-cdk-lib/aws-ec2';
import type { RetentionDays } from 'aws-cdk-lib/aws-logs';
import type { IDomain } from 'aws-cdk-lib/aws-opensearchservice';
import { type ITopic, Topic } from 'aws-cdk-lib/aws-sns';
import { EmailSubscription } from 'aws-cdk-lib/aws-sns-subscriptions';
import type { Construct } from 'constructs';
import type { SearchConfig } from '../config.js';
import { DataTable } from '../constructs/data-table.js';
import { Network } from '../constructs/network.js';
import { SearchDomain } from '../constructs/search-domain.js';

export interface StatefulStackProps extends StackProps {
  /** OpenSearch domain name: 3-28 chars, lowercase letters, digits and hyphens. */
  readonly domainName: string;
  readonly search: SearchConfig;
  readonly logRetention: RetentionDays;
  /** For the table, domain and log groups. RETAIN outside throwaway environments. */
  readonly removalPolicy: RemovalPolicy;
  readonly tableDeletionProtection: boolean;
  /**
   * NAT gateways behind `egressSubnets`.
   * @default 0 - isolated subnets only
   */
  readonly natGateways?: number;
  /**
   * Subscribe this address to an alarm topic. The topic lives here because the subscription's
   * confirmation is state: recreating it would silently stop notifications.
   * @default - no topic
   */
  readonly alarmEmail?: string;
}

/** Everything that holds data or would be costly to recreate: table, VPC, search domain. */
export class StatefulStack extends Stack {
  readonly table: ITableV2;
  readonly domain: IDomain;
  readonly vpc: IVpc;
  /** Subnets without any route out of the VPC. */
  readonly isolatedSubnets: SubnetSelection;
  /** Private subnets with internet egress through NAT; undefined when `natGateways` is 0. */
  readonly egressSubnets?: SubnetSelection;
  readonly domainSecurityGroup: ISecurityGroup;
  readonly functionSecurityGroup: ISecurityGroup;
  readonly alarmTopic?: ITopic;

  constructor(scope: Construct, id: string, props: StatefulStackProps) {
    super(scope, id, props);

    const network = new Network(this, 'Network', {
      logRetention: props.logRetention,
      removalPolicy: props.removalPolicy,
      natGateways: props.natGateways ?? 0,
    });
    this.vpc = network.vpc;
    this.isolatedSubnets = network.isolatedSubnets;
    this.egressSubnets = network.egressSubnets;
    this.domainSecurityGroup = network.domainSecurityGroup;
    this.functionSecurityGroup = network.functionSecurityGroup;

    this.table = new DataTable(this, 'Data', {
      removalPolicy: props.removalPolicy,
      deletionProtection: props.tableDeletionProtection,
    }).table;

    this.domain = new SearchDomain(this, 'Search', {
      domainName: props.domainName,
      search: props.search,
      vpc: network.vpc,
      securityGroup: network.domainSecurityGroup,
      logRetention: props.logRetention,
      removalPolicy: props.removalPolicy,
    }).domain;

    if (props.alarmEmail) {
      const topic = new Topic(this, 'AlarmTopic', { displayName: 'Concentric alarms', enforceSSL: true });
      topic.addSubscription(new EmailSubscription(props.alarmEmail));
      this.alarmTopic = topic;
    }
  }
}
