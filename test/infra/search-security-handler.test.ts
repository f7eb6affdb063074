import type { CloudFormationCustomResourceEvent } from 'aws-lambda';
import { describe, expect, it } from 'vitest';
import {
  applyConfig,
  handleEvent,
  type SearchSecurityConfig,
  type SecurityRequest,
  securityRequests,
} from '../../functions/search-security/apply.js';
import { asArray } from './support.js';

// The handler of the stateful stack's Custom::OpenSearchSecurity (functions/search-security/apply.ts).

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
