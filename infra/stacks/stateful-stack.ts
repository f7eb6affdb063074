import { type RemovalPolicy, Stack, type StackProps } from 'aws-cdk-lib';
import type { ITableV2 } from 'aws-cdk-lib/aws-dynamodb';
import type { ISecurityGroup, IVpc, SubnetSelection } from 'aws-cdk-lib/aws-ec2';
import { type IKey, Key } from 'aws-cdk-lib/aws-kms';
import type { RetentionDays } from 'aws-cdk-lib/aws-logs';
import type { IDomain } from 'aws-cdk-lib/aws-opensearchservice';
import type { IBucket } from 'aws-cdk-lib/aws-s3';
import { type ITopic, Topic } from 'aws-cdk-lib/aws-sns';
import { EmailSubscription } from 'aws-cdk-lib/aws-sns-subscriptions';
import type { Construct } from 'constructs';
import type { SearchConfig } from '../config.js';
import { DataTable } from '../constructs/data-table.js';
import { Network } from '../constructs/network.js';
import {
  SEARCH_CLIENTS,
  SEARCH_ROLE_NAMES,
  type SearchClient,
  searchSecurityRoles,
} from '../constructs/search-access.js';
import { SearchAlarms } from '../constructs/search-alarms.js';
import { SearchDomain, searchDomainArn } from '../constructs/search-domain.js';
import { SearchSecurity, slowLogTemplate } from '../constructs/search-security.js';
import { TaxonomyBucket } from '../constructs/taxonomy-bucket.js';

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
  /**
   * IAM role names of the functions that call the domain, each mapped to its OpenSearch role
   * (infra/constructs/search-access.ts). Names, not roles: the stateless stack creates the roles.
   */
  readonly functionRoleNames: Record<SearchClient, string>;
  /**
   * Alias the candidate index is reached through; the OpenSearch roles are scoped to it.
   * @default 'candidates'
   */
  readonly candidateIndexAlias?: string;
}

/**
 * Everything that holds data or would be costly to recreate: table, VPC, search domain, and the
 * domain's security configuration (master user, OpenSearch roles and their mappings) and alarms.
 */
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
  /** The IAM role that is the domain's master user (the search-security custom resource's). */
  readonly searchMasterRoleArn: string;
  /** Holds the taxonomy artifact the API and exchange worker load at cold start. */
  readonly taxonomyBucket: IBucket;
  /** Encrypts the webhook signing secrets (shared/adapters/kms/kms-secret-cipher.ts). */
  readonly webhookSecretKey: IKey;

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

    this.taxonomyBucket = new TaxonomyBucket(this, 'Taxonomy', { removalPolicy: props.removalPolicy }).bucket;

    // Stateful: the secrets it encrypted are in the table; losing the key loses them.
    this.webhookSecretKey = new Key(this, 'WebhookSecretKey', {
      description: 'Concentric webhook signing secrets',
      enableKeyRotation: true,
      removalPolicy: props.removalPolicy,
    });

    // Created before the domain: its role is the domain's master user.
    const searchSecurity = new SearchSecurity(this, 'SearchSecurity', {
      domainArn: searchDomainArn(this, props.domainName),
      vpc: network.vpc,
      vpcSubnets: network.isolatedSubnets,
      securityGroup: network.functionSecurityGroup,
      logRetention: props.logRetention,
      logRemovalPolicy: props.removalPolicy,
    });
    this.searchMasterRoleArn = searchSecurity.masterRoleArn;

    this.domain = new SearchDomain(this, 'Search', {
      domainName: props.domainName,
      search: props.search,
      vpc: network.vpc,
      securityGroup: network.domainSecurityGroup,
      logRetention: props.logRetention,
      removalPolicy: props.removalPolicy,
      masterUserArn: searchSecurity.masterRoleArn,
    }).domain;

    const alias = props.candidateIndexAlias ?? 'candidates';
    const roles = searchSecurityRoles(alias);
    searchSecurity.configure(this.domain, {
      roles: Object.fromEntries(SEARCH_CLIENTS.map((client) => [SEARCH_ROLE_NAMES[client], roles[client]])),
      roleMappings: Object.fromEntries(
        SEARCH_CLIENTS.map((client) => [
          SEARCH_ROLE_NAMES[client],
          [
            this.formatArn({
              service: 'iam',
              region: '',
              resource: 'role',
              resourceName: props.functionRoleNames[client],
            }),
          ],
        ]),
      ),
      indexTemplates: { [`${alias}-slow-logs`]: slowLogTemplate(alias) },
      // The response to CloudFormation leaves the isolated subnets through the S3 endpoint.
      dependsOn: [network.s3Endpoint],
    });

    if (props.alarmEmail) {
      const topic = new Topic(this, 'AlarmTopic', { displayName: 'Concentric alarms', enforceSSL: true });
      topic.addSubscription(new EmailSubscription(props.alarmEmail));
      this.alarmTopic = topic;
    }

    new SearchAlarms(this, 'SearchAlarms', {
      domain: this.domain,
      volumeSizeGiB: props.search.volumeSizeGiB,
      alarmOnYellow: props.search.alarmOnYellow,
      topic: this.alarmTopic,
    });
  }
}
