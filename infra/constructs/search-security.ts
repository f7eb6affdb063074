import { CustomResource, Duration, type RemovalPolicy } from 'aws-cdk-lib';
import type { ISecurityGroup, IVpc, SubnetSelection } from 'aws-cdk-lib/aws-ec2';
import { PolicyStatement } from 'aws-cdk-lib/aws-iam';
import type { RetentionDays } from 'aws-cdk-lib/aws-logs';
import type { IDomain } from 'aws-cdk-lib/aws-opensearchservice';
import { Construct, type IDependable } from 'constructs';
import { acknowledgeWildcardResources } from '../nag.js';
import { entryPath } from './bundling.js';
import { ConcentricFunction } from './concentric-function.js';
import type { SearchSecurityRole } from './search-access.js';

/**
 * Audit logging inside the cluster (`PUT _plugins/_security/api/audit/config`). Publishing audit
 * logs to CloudWatch (the domain's AUDIT_LOGS option) only ships what the security plugin writes;
 * this decides what it writes. Failures only: authenticated requests and granted privileges are
 * not logged (that would be every search and every bulk), while failed logins, missing privileges,
 * bad headers and SSL errors are, on the REST and the transport layer (where index permissions are
 * checked). Request bodies are never logged: candidate documents are personal data. Compliance
 * logging records changes to the security configuration itself (roles, mappings, this config),
 * not reads or writes of documents.
 */
export const AUDIT_CONFIG = {
  enabled: true,
  audit: {
    enable_rest: true,
    enable_transport: true,
    disabled_rest_categories: ['AUTHENTICATED', 'GRANTED_PRIVILEGES'],
    disabled_transport_categories: ['AUTHENTICATED', 'GRANTED_PRIVILEGES'],
    ignore_users: [],
    ignore_requests: [],
    log_request_body: false,
    resolve_indices: true,
    resolve_bulk_requests: false,
    exclude_sensitive_headers: true,
  },
  compliance: {
    enabled: true,
    internal_config: true,
    external_config: false,
    read_metadata_only: true,
    read_watched_fields: {},
    read_ignore_users: [],
    write_metadata_only: true,
    write_log_diffs: false,
    write_watched_indices: [],
    write_ignore_users: [],
  },
} as const;

/**
 * Slow-log thresholds for every candidate index created from now on (the first index and each
 * reindex), as an index template: the domain publishes slow logs to CloudWatch, but OpenSearch
 * writes none until an index has thresholds. Settings in the create request still win.
 * The indexing slow log would copy the first 1,000 characters of the document by default; a
 * candidate document is personal data, so it logs none (`source: false`). The search slow log
 * carries the query (vacancy requirements), not candidate documents.
 */
export function slowLogTemplate(alias: string) {
  return {
    index_patterns: [`${alias}-v*`],
    priority: 10,
    template: {
      settings: {
        'index.search.slowlog.threshold.query.warn': '2s',
        'index.search.slowlog.threshold.query.info': '500ms',
        'index.search.slowlog.threshold.fetch.warn': '1s',
        'index.indexing.slowlog.threshold.index.warn': '2s',
        'index.indexing.slowlog.threshold.index.info': '500ms',
        'index.indexing.slowlog.source': false,
      },
    },
    _meta: { managed_by: 'concentric search-security custom resource' },
  };
}

export interface SearchSecurityProps {
  /** ARN of the domain, built from its fixed name (the domain names this role as its master). */
  readonly domainArn: string;
  readonly vpc: IVpc;
  /** Subnets that reach the domain and S3 (the custom resource's response goes to a pre-signed S3 URL). */
  readonly vpcSubnets: SubnetSelection;
  /** A security group the domain accepts 443 from. */
  readonly securityGroup: ISecurityGroup;
  readonly logRetention: RetentionDays;
  readonly logRemovalPolicy: RemovalPolicy;
}

export interface SearchSecurityConfiguration {
  /** OpenSearch security roles by name. */
  readonly roles: Record<string, SearchSecurityRole>;
  /** IAM role ARNs (backend roles) per security role. */
  readonly roleMappings: Record<string, string[]>;
  /** Index templates by name. */
  readonly indexTemplates: Record<string, unknown>;
  /** Resources the custom resource needs before it runs (and after it, on delete). */
  readonly dependsOn?: IDependable[];
}

/**
 * The domain's fine-grained access control, kept as code.
 *
 * The admin function's execution role is the domain's IAM master user (`masterRole`): the only
 * principal mapped to `all_access` and `security_manager`, assumable by Lambda only. `configure()`
 * adds the custom resource that makes this function apply the security roles, their mappings to
 * the function roles, the audit configuration and the index templates on every deployment that
 * changes them (idempotent PUTs; Delete does nothing, see functions/search-security/apply.ts).
 */
export class SearchSecurity extends Construct {
  readonly adminFunction: ConcentricFunction;

  constructor(scope: Construct, id: string, props: SearchSecurityProps) {
    super(scope, id);

    this.adminFunction = new ConcentricFunction(this, 'AdminFunction', {
      entry: entryPath('searchSecurity'),
      description: 'Concentric OpenSearch security configuration (custom resource, domain master user)',
      memorySize: 256,
      timeout: Duration.minutes(2),
      environment: { POWERTOOLS_SERVICE_NAME: 'concentric-search-security' },
      logRetention: props.logRetention,
      logRemovalPolicy: props.logRemovalPolicy,
      vpc: props.vpc,
      vpcSubnets: props.vpcSubnets,
      securityGroups: [props.securityGroup],
      // Invoked by CloudFormation only; a failure is reported to the stack, not retried.
      retryAttempts: 0,
    });

    // The master user may do anything inside the cluster; the IAM side only lets this role send
    // the PUTs it needs: the security REST API and index templates.
    const resources = [`${props.domainArn}/_plugins/_security/api/*`, `${props.domainArn}/_index_template/*`];
    // Built from the domain's fixed name, not its Arn attribute: the domain names this role as its
    // master user, so a reference back to the domain would be circular.
    this.adminFunction.role.addToPrincipalPolicy(
      new PolicyStatement({ actions: ['es:ESHttpPut'], resources }),
    );
    acknowledgeWildcardResources(
      this.adminFunction.role,
      resources,
      'The security REST API (roles, role mappings, audit config) and index templates of the one ' +
        'Concentric domain, PUT only; the paths end in names chosen by the custom resource.',
    );
  }

  get masterRoleArn(): string {
    return this.adminFunction.role.roleArn;
  }

  /** Applies `config` to `domain` on every deployment that changes it. */
  configure(domain: IDomain, config: SearchSecurityConfiguration): CustomResource {
    const resource = new CustomResource(this, 'Configuration', {
      serviceToken: this.adminFunction.function.functionArn,
      resourceType: 'Custom::OpenSearchSecurity',
      // Fail the deployment after 5 minutes instead of CloudFormation's default hour.
      serviceTimeout: Duration.minutes(5),
      properties: {
        Endpoint: `https://${domain.domainEndpoint}`,
        Roles: JSON.stringify(config.roles),
        RoleMappings: config.roleMappings,
        AuditConfig: JSON.stringify(AUDIT_CONFIG),
        IndexTemplates: JSON.stringify(config.indexTemplates),
      },
    });
    for (const dependency of config.dependsOn ?? []) resource.node.addDependency(dependency);
    return resource;
  }
}
