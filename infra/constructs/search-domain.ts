import { type RemovalPolicy, Stack, Validations } from 'aws-cdk-lib';
import { EbsDeviceVolumeType, type ISecurityGroup, type IVpc, SubnetType } from 'aws-cdk-lib/aws-ec2';
import { AccountRootPrincipal, PolicyDocument, PolicyStatement, ServicePrincipal } from 'aws-cdk-lib/aws-iam';
import { LogGroup, ResourcePolicy, type RetentionDays } from 'aws-cdk-lib/aws-logs';
import { type CfnDomain, Domain, EngineVersion, TLSSecurityPolicy } from 'aws-cdk-lib/aws-opensearchservice';
import { Construct } from 'constructs';
import type { SearchConfig } from '../config.js';

/**
 * The HTTP verbs the domain access policy accepts (no `es:*`, no `es:ESHttpPatch`): what the
 * functions send (each role gets its own subset, SEARCH_HTTP_VERBS in search-access.ts), the
 * master user's PUTs, and an operator's reindex (DELETE of an old index, HEAD checks).
 */
export const SEARCH_HTTP_ACTIONS = [
  'es:ESHttpGet',
  'es:ESHttpHead',
  'es:ESHttpPost',
  'es:ESHttpPut',
  'es:ESHttpDelete',
] as const;

export interface SearchDomainProps {
  /** Fixed name, so the access policy can name the domain's own ARN (see below). */
  readonly domainName: string;
  readonly search: SearchConfig;
  readonly vpc: IVpc;
  readonly securityGroup: ISecurityGroup;
  readonly logRetention: RetentionDays;
  readonly removalPolicy: RemovalPolicy;
  /** IAM role that is the domain's master user (fine-grained access control). */
  readonly masterUserArn: string;
}

/** The ARN of the domain named `domainName` in the scope's stack, without referencing the domain. */
export function searchDomainArn(scope: Construct, domainName: string): string {
  return Stack.of(scope).formatArn({ service: 'es', resource: 'domain', resourceName: domainName });
}

/**
 * OpenSearch 2.19 in the VPC, two AZs, encrypted at rest (KMS) and in transit
 * (node-to-node, HTTPS only, TLS 1.2+ with forward secrecy).
 *
 * Access has three layers:
 * 1. network: only the function security group reaches port 443;
 * 2. the domain access policy: SigV4-signed requests from principals of this account, so a caller
 *    also needs an identity policy granting `es:ESHttp*` on this domain;
 * 3. fine-grained access control (FGAC): the IAM master user is `masterUserArn` (the role of the
 *    search-security custom resource), and every other principal gets only the OpenSearch role
 *    its IAM role is mapped to (infra/constructs/search-access.ts); an unmapped principal of the
 *    account is refused inside the cluster even with `es:*`.
 *
 * FGAC is also what lets the domain publish audit logs; they go to CloudWatch with the slow
 * search, slow index and application logs.
 */
export class SearchDomain extends Construct {
  readonly domain: Domain;

  constructor(scope: Construct, id: string, props: SearchDomainProps) {
    super(scope, id);
    const stack = Stack.of(this);
    const { search } = props;

    const logGroup = (name: string) =>
      new LogGroup(this, name, { retention: props.logRetention, removalPolicy: props.removalPolicy });
    const slowSearchLogGroup = logGroup('SlowSearchLogs');
    const slowIndexLogGroup = logGroup('SlowIndexLogs');
    const appLogGroup = logGroup('AppLogs');
    const auditLogGroup = logGroup('AuditLogs');

    // Built from the fixed name: referencing the domain's own Arn attribute in its access policy
    // would be a circular reference.
    const domainArn = searchDomainArn(this, props.domainName);

    // Our own CloudWatch Logs resource policy (scoped with SourceArn/SourceAccount against the
    // confused deputy) instead of the construct's Lambda-backed custom resource.
    const logsPolicy = new ResourcePolicy(this, 'LogsResourcePolicy', {
      resourcePolicyName: `${props.domainName}-opensearch-logs`,
      policyStatements: [
        new PolicyStatement({
          principals: [new ServicePrincipal('es.amazonaws.com')],
          actions: ['logs:CreateLogStream', 'logs:PutLogEvents'],
          resources: [slowSearchLogGroup, slowIndexLogGroup, appLogGroup, auditLogGroup].map(
            (group) => group.logGroupArn,
          ),
          conditions: {
            StringEquals: { 'aws:SourceAccount': stack.account },
            ArnLike: { 'aws:SourceArn': domainArn },
          },
        }),
      ],
    });

    this.domain = new Domain(this, 'Domain', {
      domainName: props.domainName,
      version: EngineVersion.openSearch('2.19'),
      capacity: {
        dataNodes: search.dataNodes,
        dataNodeInstanceType: search.dataNodeInstanceType,
        masterNodes: search.dedicatedMasterNodes?.count,
        masterNodeInstanceType: search.dedicatedMasterNodes?.instanceType,
        // Needs three AZs and no T3; zone awareness over two AZs is the cost-conscious choice.
        multiAzWithStandbyEnabled: false,
      },
      zoneAwareness: { enabled: true, availabilityZoneCount: 2 },
      ebs: { enabled: true, volumeSize: search.volumeSizeGiB, volumeType: EbsDeviceVolumeType.GP3 },
      vpc: props.vpc,
      vpcSubnets: [{ subnetType: SubnetType.PRIVATE_ISOLATED, onePerAz: true }],
      securityGroups: [props.securityGroup],
      // AWS-managed key (aws/es), like the table: the index is derived data, rebuilt from DynamoDB.
      encryptionAtRest: { enabled: true },
      nodeToNodeEncryption: true,
      enforceHttps: true,
      tlsSecurityPolicy: TLSSecurityPolicy.TLS_1_2_PFS,
      logging: {
        slowSearchLogEnabled: true,
        slowSearchLogGroup,
        slowIndexLogEnabled: true,
        slowIndexLogGroup,
        appLogEnabled: true,
        appLogGroup,
        // Needs fine-grained access control; what is written is set in the cluster (AUDIT_CONFIG).
        auditLogEnabled: true,
        auditLogGroup,
      },
      // IAM master user only: no internal user database, no passwords, no unsigned requests.
      fineGrainedAccessControl: { masterUserArn: props.masterUserArn },
      suppressLogsResourcePolicy: true,
      // A fixed-name domain cannot be replaced in place; upgrade it instead when the version moves.
      enableVersionUpgrade: true,
      enableAutoSoftwareUpdate: true,
      removalPolicy: props.removalPolicy,
    });

    const cfnDomain = this.domain.node.defaultChild as CfnDomain;
    // Set on the L1: the L2 `accessPolicies` prop applies the policy through a Lambda-backed
    // custom resource, which is avoidable here because the ARN is known.
    cfnDomain.accessPolicies = new PolicyDocument({
      statements: [
        new PolicyStatement({
          principals: [new AccountRootPrincipal()],
          actions: [...SEARCH_HTTP_ACTIONS],
          resources: [`${domainArn}/*`],
        }),
      ],
    }).toJSON();
    cfnDomain.node.addDependency(logsPolicy);

    Validations.of(this.domain).acknowledge({
      id: 'AwsSolutions-OS3',
      reason:
        'VPC domain: IP-based access policies do not apply inside a VPC. Access is limited by the ' +
        'security group (443 from the function security group only), SigV4/IAM and fine-grained ' +
        'access control (each function role mapped to its own OpenSearch role).',
    });
    if (!search.dedicatedMasterNodes) {
      Validations.of(this.domain).acknowledge({
        id: 'AwsSolutions-OS4',
        reason:
          'Two small data nodes; three dedicated cluster-manager nodes would roughly double the cost ' +
          'at rest, and the index can be rebuilt from DynamoDB. Enable search.dedicatedMasterNodes ' +
          'in infra/config.ts when the corpus grows.',
      });
    }
  }
}
