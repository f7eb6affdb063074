import { App } from 'aws-cdk-lib';
import { Template } from 'aws-cdk-lib/assertions';
import { beforeAll, describe, expect, it } from 'vitest';
import { CANDIDATE_INDEX_ALIAS, stackName, statefulStackProps } from '../../infra/concentric.js';
import { CONTEXT, loadConfig } from '../../infra/config.js';
import {
  functionRoleNames,
  SEARCH_CLIENTS,
  SEARCH_ROLE_NAMES,
  searchSecurityRoles,
} from '../../infra/constructs/search-access.js';
import { AUDIT_CONFIG, slowLogTemplate } from '../../infra/constructs/search-security.js';
import { StatefulStack } from '../../infra/stacks/stateful-stack.js';
import { type CfnJson, only, type PolicyStatementJson, resources } from './support.js';

// The roles themselves: search-roles.test.ts; the custom resource's handler:
// search-security-handler.test.ts.

describe('OpenSearch fine-grained access control (stateful stack)', () => {
  let stack: StatefulStack;
  let template: Template;
  let domain: CfnJson;
  let configuration: CfnJson;
  beforeAll(() => {
    const app = new App({ context: { [CONTEXT.env]: 'dev' } });
    const config = loadConfig(app.node);
    stack = new StatefulStack(app, stackName(config, 'Stateful'), statefulStackProps(config));
    template = Template.fromStack(stack);
    domain = only(template, 'AWS::OpenSearchService::Domain').Properties;
    configuration = only(template, 'Custom::OpenSearchSecurity');
  });

  const adminFunction = () => only(template, 'AWS::Lambda::Function');
  const adminRoleId = () =>
    (adminFunction().Properties.Role as { 'Fn::GetAtt': [string, string] })['Fn::GetAtt'][0];

  it('turns fine-grained access control on, with an IAM master user and no internal users', () => {
    expect(domain.AdvancedSecurityOptions).toEqual({
      Enabled: true,
      InternalUserDatabaseEnabled: false,
      MasterUserOptions: { MasterUserARN: { 'Fn::GetAtt': [adminRoleId(), 'Arn'] } },
    });
  });

  it('publishes audit logs (which need fine-grained access control)', () => {
    expect(domain.LogPublishingOptions.AUDIT_LOGS).toMatchObject({
      Enabled: true,
      CloudWatchLogsLogGroupArn: { 'Fn::GetAtt': [expect.stringMatching(/^SearchAuditLogs/), 'Arn'] },
    });
  });

  it('makes the master user a role only Lambda can assume: the custom resource function, in the isolated subnets', () => {
    const role = resources(template, 'AWS::IAM::Role').find(([id]) => id === adminRoleId())?.[1] as CfnJson;
    const trust = role.Properties.AssumeRolePolicyDocument.Statement as PolicyStatementJson[];
    expect(trust).toEqual([
      { Action: 'sts:AssumeRole', Effect: 'Allow', Principal: { Service: 'lambda.amazonaws.com' } },
    ]);
    const fn = adminFunction().Properties;
    expect(fn).toMatchObject({ Runtime: 'nodejs22.x', Architectures: ['arm64'] });
    expect(JSON.stringify(fn.VpcConfig.SubnetIds)).toMatch(/isolatedSubnet1.*isolatedSubnet2/);
    expect(fn.VpcConfig.SecurityGroupIds).toEqual([
      { 'Fn::GetAtt': [expect.stringMatching(/^NetworkFunctionSecurityGroup/), 'GroupId'] },
    ]);
  });

  it('keeps the domain access policy to signed principals of this account', () => {
    const statements = domain.AccessPolicies.Statement as PolicyStatementJson[];
    expect(statements).toHaveLength(1);
    expect(JSON.stringify(statements[0]?.Principal)).toMatch(/:root"/);
  });

  it('applies the configuration through a custom resource served by the master function', () => {
    expect(configuration.Properties).toMatchObject({
      ServiceToken: { 'Fn::GetAtt': [expect.stringMatching(/^SearchSecurityAdminFunction/), 'Arn'] },
      ServiceTimeout: '300',
      Endpoint: {
        'Fn::Join': [
          '',
          ['https://', { 'Fn::GetAtt': [expect.stringMatching(/^SearchDomain/), 'DomainEndpoint'] }],
        ],
      },
    });
    // The answer to CloudFormation leaves the isolated subnets through the S3 gateway endpoint.
    expect(configuration.DependsOn).toEqual(expect.arrayContaining([expect.stringMatching(/^NetworkVpcS3/)]));
  });

  it('defines one least-privilege OpenSearch role per function', () => {
    const roles = JSON.parse(configuration.Properties.Roles as string) as Record<string, unknown>;
    const expected = searchSecurityRoles(CANDIDATE_INDEX_ALIAS);
    expect(roles).toEqual(
      Object.fromEntries(SEARCH_CLIENTS.map((client) => [SEARCH_ROLE_NAMES[client], expected[client]])),
    );
  });

  it('maps each OpenSearch role to exactly the IAM role the stateless stack gives that function', () => {
    const mappings = configuration.Properties.RoleMappings as Record<string, unknown[]>;
    const names = functionRoleNames('dev');
    expect(Object.keys(mappings).sort()).toEqual(Object.values(SEARCH_ROLE_NAMES).sort());
    for (const client of SEARCH_CLIENTS) {
      const arn = stack.formatArn({
        service: 'iam',
        region: '',
        resource: 'role',
        resourceName: names[client],
      });
      expect(mappings[SEARCH_ROLE_NAMES[client]], client).toEqual([stack.resolve(arn)]);
    }
    // The role names are fixed per environment and region, never a reference to the other stack.
    expect(JSON.stringify(mappings)).not.toContain('Fn::ImportValue');
    expect(JSON.stringify(mappings)).toContain('concentric-dev-exchange-worker-');
  });

  it('turns audit logging on in the cluster: failures only, never request bodies', () => {
    const audit = JSON.parse(configuration.Properties.AuditConfig as string);
    expect(audit).toEqual(AUDIT_CONFIG);
    expect(audit).toMatchObject({
      enabled: true,
      audit: { enable_rest: true, enable_transport: true, log_request_body: false },
      compliance: { enabled: true, internal_config: true },
    });
    expect(audit.audit.disabled_rest_categories).toEqual(['AUTHENTICATED', 'GRANTED_PRIVILEGES']);
  });

  it('sets slow-log thresholds on every candidate index through an index template', () => {
    const templates = JSON.parse(configuration.Properties.IndexTemplates as string);
    expect(templates).toEqual({ 'candidates-slow-logs': slowLogTemplate('candidates') });
    expect(templates['candidates-slow-logs'].index_patterns).toEqual(['candidates-v*']);
    // A candidate document is personal data: the index slow log must not copy it.
    expect(templates['candidates-slow-logs'].template.settings['index.indexing.slowlog.source']).toBe(false);
  });
});
