import { App } from 'aws-cdk-lib';
import { Template } from 'aws-cdk-lib/assertions';
import type { CloudFormationCustomResourceEvent } from 'aws-lambda';
import { beforeAll, describe, expect, it } from 'vitest';
import {
  applyConfig,
  handleEvent,
  type SearchSecurityConfig,
  type SecurityRequest,
  securityRequests,
} from '../../functions/search-security/apply.js';
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
import { asArray, type CfnJson, only, type PolicyStatementJson, resources } from './support.js';

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

describe('OpenSearch roles', () => {
  const roles = searchSecurityRoles('candidates');
  const actionsOf = (client: keyof typeof roles) =>
    roles[client].index_permissions.flatMap((permission) => permission.allowed_actions);

  it('touch the candidate alias and its indices only (alias lookups aside)', () => {
    for (const client of SEARCH_CLIENTS) {
      for (const permission of roles[client].index_permissions) {
        if (permission.index_patterns.includes('*')) {
          expect(client).toBe('indexer');
          expect(permission.allowed_actions).toEqual(['indices:admin/aliases/get']);
          continue;
        }
        expect(permission.index_patterns, client).toEqual(['candidates', 'candidates-v*']);
      }
    }
  });

  it('grant no action group or wildcard over a whole family of actions', () => {
    for (const client of SEARCH_CLIENTS) {
      const all = [...roles[client].cluster_permissions, ...actionsOf(client)];
      for (const action of all) {
        expect(action, client).toMatch(/^(indices|cluster):/);
        expect(action, client).not.toMatch(
          /^(indices|cluster):\*|^indices:(data|admin)\/\*$|^indices:data\/(read|write)\*$/,
        );
      }
    }
  });

  it('let only the indexer create indices or move aliases, and nobody delete an index', () => {
    for (const client of SEARCH_CLIENTS) {
      const actions = actionsOf(client);
      expect(actions.includes('indices:admin/create'), client).toBe(client === 'indexer');
      expect(actions.includes('indices:admin/aliases'), client).toBe(client === 'indexer');
      expect(
        actions.some((a) => a.startsWith('indices:admin/delete')),
        client,
      ).toBe(false);
    }
  });

  it('keep the exchange worker read-only and the retention sweep delete-only', () => {
    expect(actionsOf('exchangeWorker').every((a) => a.startsWith('indices:data/read/'))).toBe(true);
    expect(roles.exchangeWorker.cluster_permissions).toEqual([]);
    expect(actionsOf('retention').sort()).toEqual(['indices:data/write/bulk*', 'indices:data/write/delete']);
    expect(actionsOf('retention').some((a) => a.startsWith('indices:data/read'))).toBe(false);
  });

  it('let the writers take a first-seen language code (dynamic mapping update)', () => {
    for (const client of ['api', 'indexer'] as const) {
      expect(actionsOf(client)).toEqual(expect.arrayContaining(['indices:admin/mapping/auto_put']));
    }
  });

  it('check _bulk and _msearch as cluster actions where the code sends them', () => {
    expect(roles.api.cluster_permissions).toEqual(['indices:data/write/bulk', 'indices:data/read/msearch']);
    expect(roles.indexer.cluster_permissions).toEqual(['indices:data/write/bulk']);
    expect(roles.retention.cluster_permissions).toEqual(['indices:data/write/bulk']);
  });
});

describe('search-security custom resource handler', () => {
  const config: SearchSecurityConfig = {
    roles: { concentric_api: { cluster_permissions: [], index_permissions: [] } },
    roleMappings: { concentric_api: ['arn:aws:iam::123456789012:role/concentric-dev-api-eu-west-1'] },
    auditConfig: { enabled: true },
    indexTemplates: { 'candidates-slow-logs': { index_patterns: ['candidates-v*'] } },
  };
  const properties = {
    ServiceToken: 'arn:aws:lambda:eu-west-1:123456789012:function:x',
    Endpoint: 'https://vpc-concentric-dev-abc.eu-west-1.es.amazonaws.com',
    Roles: JSON.stringify(config.roles),
    RoleMappings: config.roleMappings,
    AuditConfig: JSON.stringify(config.auditConfig),
    IndexTemplates: JSON.stringify(config.indexTemplates),
  };
  const common = {
    ServiceToken: properties.ServiceToken,
    ResponseURL: 'https://s3.example/response',
    StackId: 'arn:aws:cloudformation:eu-west-1:123456789012:stack/Concentric-dev-Stateful/1',
    RequestId: 'request-1',
    LogicalResourceId: 'SearchSecurityConfiguration',
    ResourceType: 'Custom::OpenSearchSecurity',
    ResourceProperties: properties,
  };
  const create = { ...common, RequestType: 'Create' } as CloudFormationCustomResourceEvent;
  const update = {
    ...common,
    RequestType: 'Update',
    PhysicalResourceId: 'search-security:old-host',
    OldResourceProperties: properties,
  } as CloudFormationCustomResourceEvent;
  const remove = {
    ...common,
    RequestType: 'Delete',
    PhysicalResourceId: 'search-security:old-host',
  } as CloudFormationCustomResourceEvent;

  it('PUTs roles, then their mappings, then the audit config and the index templates', () => {
    expect(securityRequests(config)).toEqual([
      {
        method: 'PUT',
        path: '/_plugins/_security/api/roles/concentric_api',
        body: config.roles.concentric_api,
      },
      {
        method: 'PUT',
        path: '/_plugins/_security/api/rolesmapping/concentric_api',
        body: { backend_roles: config.roleMappings.concentric_api, hosts: [], users: [] },
      },
      { method: 'PUT', path: '/_plugins/_security/api/audit/config', body: { enabled: true } },
      {
        method: 'PUT',
        path: '/_index_template/candidates-slow-logs',
        body: { index_patterns: ['candidates-v*'] },
      },
    ]);
  });

  it('refuses a mapping for a role it does not define, and names that cannot be paths', () => {
    expect(() => securityRequests({ ...config, roleMappings: { all_access: ['arn'] } })).toThrow(
      /all_access/,
    );
    expect(() => securityRequests({ ...config, roles: { '../x': {} }, roleMappings: {} })).toThrow(
      /Invalid role/,
    );
  });

  it('stops at the first refusal and says which request it was', async () => {
    const sent: SecurityRequest[] = [];
    const failing = async (request: SecurityRequest) => {
      sent.push(request);
      return sent.length === 2
        ? { statusCode: 403, body: { status: 'FORBIDDEN' } }
        : { statusCode: 200, body: { status: 'OK' } };
    };
    await expect(applyConfig(failing, config)).rejects.toThrow(
      /PUT \/_plugins\/_security\/api\/rolesmapping\/concentric_api answered 403/,
    );
    expect(sent).toHaveLength(2);
  });

  it('is idempotent: applying twice sends the same requests', async () => {
    const sent: SecurityRequest[] = [];
    const ok = async (request: SecurityRequest) => {
      sent.push(request);
      return { statusCode: 200, body: {} };
    };
    expect(await applyConfig(ok, config)).toBe(4);
    expect(await applyConfig(ok, config)).toBe(4);
    expect(sent.slice(0, 4)).toEqual(sent.slice(4));
  });

  it('applies on Create with a physical id named after the domain endpoint', async () => {
    const applied: string[] = [];
    const response = await handleEvent(create, async (endpoint, parsed) => {
      applied.push(endpoint);
      expect(parsed).toEqual(config);
      return 4;
    });
    expect(applied).toEqual([properties.Endpoint]);
    expect(response).toMatchObject({
      Status: 'SUCCESS',
      PhysicalResourceId: 'search-security:vpc-concentric-dev-abc.eu-west-1.es.amazonaws.com',
      RequestId: 'request-1',
      LogicalResourceId: 'SearchSecurityConfiguration',
      StackId: common.StackId,
      Data: { requests: '4' },
    });
  });

  it('applies again on Update and keeps the physical id', async () => {
    let calls = 0;
    const response = await handleEvent(update, async () => {
      calls++;
      return 4;
    });
    expect(calls).toBe(1);
    expect(response).toMatchObject({ Status: 'SUCCESS', PhysicalResourceId: 'search-security:old-host' });
  });

  it('does nothing on Delete', async () => {
    let calls = 0;
    const response = await handleEvent(remove, async () => {
      calls++;
      return 0;
    });
    expect(calls).toBe(0);
    expect(response).toMatchObject({ Status: 'SUCCESS', PhysicalResourceId: 'search-security:old-host' });
  });

  it('answers FAILED with the reason instead of throwing', async () => {
    const response = await handleEvent(create, async () => {
      throw new Error('PUT /_plugins/_security/api/roles/concentric_api answered 403: {}');
    });
    expect(response.Status).toBe('FAILED');
    expect(response.Reason).toContain('answered 403');
    expect(asArray(response.PhysicalResourceId)).toHaveLength(1);
  });
});
