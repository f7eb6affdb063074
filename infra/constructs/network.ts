import type { RemovalPolicy } from 'aws-cdk-lib';
import {
  FlowLogDestination,
  FlowLogTrafficType,
  type GatewayVpcEndpoint,
  GatewayVpcEndpointAwsService,
  InterfaceVpcEndpointAwsService,
  IpAddresses,
  Peer,
  Port,
  SecurityGroup,
  type SubnetSelection,
  SubnetType,
  Vpc,
} from 'aws-cdk-lib/aws-ec2';
import { LogGroup, type RetentionDays } from 'aws-cdk-lib/aws-logs';
import { Construct } from 'constructs';

export interface NetworkProps {
  readonly logRetention: RetentionDays;
  readonly removalPolicy: RemovalPolicy;
  /**
   * NAT gateways for function egress to the internet (the API fetches its JWKS, the exchange
   * worker posts webhooks). 0 keeps everything isolated.
   */
  readonly natGateways: number;
}

/**
 * Two-AZ VPC. Isolated subnets hold the domain, the indexer, the retention sweep and the
 * search-security custom resource: DynamoDB and S3 are reached through free gateway endpoints,
 * OpenSearch inside the VPC, and stream polling, schedules and DLQ delivery are done by AWS
 * services, so they need no internet. With `natGateways > 0` there are also private
 * subnets with egress (public subnets + NAT, ~$35/month per gateway plus data) for what must call
 * out: the API, which fetches the identity provider's JWKS, and the exchange worker (webhooks).
 */
export class Network extends Construct {
  readonly vpc: Vpc;
  /** No route out of the VPC. */
  readonly isolatedSubnets: SubnetSelection = { subnetType: SubnetType.PRIVATE_ISOLATED };
  /** Private subnets routed through NAT; undefined without NAT gateways. */
  readonly egressSubnets?: SubnetSelection;
  /** Attached to the OpenSearch domain; accepts 443 from `functionSecurityGroup` only. */
  readonly domainSecurityGroup: SecurityGroup;
  /** Attached to the Lambda functions. */
  readonly functionSecurityGroup: SecurityGroup;
  /**
   * S3 from the isolated subnets: a custom resource in the VPC answers CloudFormation through a
   * pre-signed S3 URL. Gateway endpoints cost nothing.
   */
  readonly s3Endpoint: GatewayVpcEndpoint;

  constructor(scope: Construct, id: string, props: NetworkProps) {
    super(scope, id);

    this.vpc = new Vpc(this, 'Vpc', {
      ipAddresses: IpAddresses.cidr('10.40.0.0/16'),
      maxAzs: 2,
      natGateways: props.natGateways,
      subnetConfiguration: [
        { name: 'isolated', subnetType: SubnetType.PRIVATE_ISOLATED, cidrMask: 24 },
        ...(props.natGateways > 0
          ? [
              { name: 'public', subnetType: SubnetType.PUBLIC, cidrMask: 24 },
              { name: 'egress', subnetType: SubnetType.PRIVATE_WITH_EGRESS, cidrMask: 24 },
            ]
          : []),
      ],
      gatewayEndpoints: { DynamoDb: { service: GatewayVpcEndpointAwsService.DYNAMODB } },
      // Nothing uses the default security group; restricting it would need a Lambda-backed
      // custom resource for no gain.
      restrictDefaultSecurityGroup: false,
    });

    this.s3Endpoint = this.vpc.addGatewayEndpoint('S3', { service: GatewayVpcEndpointAwsService.S3 });
    if (props.natGateways > 0) this.egressSubnets = { subnetType: SubnetType.PRIVATE_WITH_EGRESS };

    // Rejected flows only: that is the signal needed to debug security groups, and it keeps
    // CloudWatch ingestion (the flow-log cost) near zero.
    this.vpc.addFlowLog('RejectedFlows', {
      trafficType: FlowLogTrafficType.REJECT,
      destination: FlowLogDestination.toCloudWatchLogs(
        new LogGroup(this, 'FlowLogs', { retention: props.logRetention, removalPolicy: props.removalPolicy }),
      ),
    });

    this.functionSecurityGroup = new SecurityGroup(this, 'FunctionSecurityGroup', {
      vpc: this.vpc,
      description: 'Concentric Lambda functions',
      allowAllOutbound: false,
    });
    // HTTPS only. Without NAT, "anywhere" means the VPC (OpenSearch) and the DynamoDB gateway
    // endpoint, whose prefix list id is region-specific and cannot be looked up by an
    // environment-agnostic stack at synth time.
    this.functionSecurityGroup.addEgressRule(
      Peer.anyIpv4(),
      Port.tcp(443),
      'HTTPS to OpenSearch and DynamoDB',
    );

    this.domainSecurityGroup = new SecurityGroup(this, 'DomainSecurityGroup', {
      vpc: this.vpc,
      description: 'Concentric OpenSearch domain',
      allowAllOutbound: false,
    });
    this.domainSecurityGroup.addIngressRule(
      this.functionSecurityGroup,
      Port.tcp(443),
      'HTTPS from the Concentric functions',
    );

    // KMS has no gateway endpoint: the functions encrypt and decrypt webhook secrets through an
    // interface endpoint, reachable from the functions' security group only, with or without NAT.
    const kmsEndpointSecurityGroup = new SecurityGroup(this, 'KmsEndpointSecurityGroup', {
      vpc: this.vpc,
      description: 'Concentric KMS interface endpoint',
      allowAllOutbound: false,
    });
    kmsEndpointSecurityGroup.addIngressRule(
      this.functionSecurityGroup,
      Port.tcp(443),
      'HTTPS from the Concentric functions',
    );
    this.vpc.addInterfaceEndpoint('Kms', {
      service: InterfaceVpcEndpointAwsService.KMS,
      subnets: this.isolatedSubnets,
      securityGroups: [kmsEndpointSecurityGroup],
      open: false,
    });
  }
}
