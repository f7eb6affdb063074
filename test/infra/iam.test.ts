import type { Template } from 'aws-cdk-lib/assertions';
import { beforeAll, describe, expect, it } from 'vitest';
import { SEARCH_HTTP_VERBS, type SearchClient } from '../../infra/constructs/search-access.js';
import { asArray, type PolicyStatementJson, resources, synthesize } from './support.js';

interface Document {
  Statement: PolicyStatementJson[];
}

/** Actions allowed on `Resource: "*"`: none of them support resource-level permissions. */
const STAR_RESOURCE_ACTIONS = new Set([
  'xray:PutTraceSegments',
  'xray:PutTelemetryRecords',
  'ec2:CreateNetworkInterface',
  'ec2:DescribeNetworkInterfaces',
  'ec2:DescribeSubnets',
  'ec2:DeleteNetworkInterface',
  'ec2:AssignPrivateIpAddresses',
  'ec2:UnassignPrivateIpAddresses',
]);

/** Every identity-policy statement in a template: policies and roles' inline policies. */
function identityStatements(template: Template): { source: string; statement: PolicyStatementJson }[] {
  const found: { source: string; statement: PolicyStatementJson }[] = [];
  for (const [id, policy] of resources(template, 'AWS::IAM::Policy')) {
    for (const statement of (policy.Properties.PolicyDocument as Document).Statement) {
      found.push({ source: id, statement });
    }
  }
  for (const [id, role] of resources(template, 'AWS::IAM::Role')) {
    for (const inline of asArray(role.Properties.Policies as { PolicyDocument: Document }[])) {
      for (const statement of inline.PolicyDocument.Statement) found.push({ source: id, statement });
    }
  }
  return found;
}

describe.each(['dev', 'prod'] as const)('IAM (%s)', (env) => {
  let templates: Template[];
  let statements: ReturnType<typeof identityStatements>;
  beforeAll(() => {
    const { stateful, stateless } = synthesize(env).templates;
    templates = [stateful, stateless];
    statements = templates.flatMap(identityStatements);
  });

  it('finds the function policies to check', () => {
    expect(statements.length).toBeGreaterThan(10);
  });

  it('grants no `*` or `service:*` action anywhere', () => {
    for (const { source, statement } of statements) {
      for (const action of asArray(statement.Action)) {
        expect(action, source).not.toBe('*');
        expect(action, source).not.toMatch(/^[a-z0-9-]+:\*$/);
      }
    }
  });

  it('uses Resource "*" only for actions without resource-level permissions', () => {
    for (const { source, statement } of statements) {
      if (!asArray(statement.Resource).includes('*')) continue;
      for (const action of asArray(statement.Action))
        expect(STAR_RESOURCE_ACTIONS, `${source} ${action}`).toContain(action);
    }
  });

  it('grants each function only the OpenSearch HTTP verbs its code sends, scoped to the domain', () => {
    const esStatements = statements.filter(({ statement }) =>
      asArray(statement.Action).some((action) => action.startsWith('es:')),
    );
    const byPrefix: Record<string, SearchClient> = {
      ApiFunctionRole: 'api',
      IndexerFunctionRole: 'indexer',
      RetentionFunctionRole: 'retention',
      ExchangeWorkerFunctionRole: 'exchangeWorker',
    };
    const functionStatements = esStatements.filter(({ source }) => !source.startsWith('SearchSecurity'));
    expect(functionStatements).toHaveLength(4);
    for (const { source, statement } of functionStatements) {
      const client = Object.entries(byPrefix).find(([prefix]) => source.startsWith(prefix))?.[1];
      expect(client, source).toBeDefined();
      expect(asArray(statement.Action).sort(), source).toEqual(
        [...SEARCH_HTTP_VERBS[client as SearchClient]].sort(),
      );
      const targets = asArray(statement.Resource).map((resource) => JSON.stringify(resource));
      expect(targets).toHaveLength(2);
      for (const target of targets) expect(target).toContain('SearchDomain');
    }
  });

  it('lets the master role PUT only to the security API and index templates of its domain', () => {
    const admin = statements.filter(
      ({ source, statement }) =>
        source.startsWith('SearchSecurity') && asArray(statement.Action).some((a) => a.startsWith('es:')),
    );
    expect(admin).toHaveLength(1);
    const statement = admin[0]?.statement as PolicyStatementJson;
    expect(asArray(statement.Action)).toEqual(['es:ESHttpPut']);
    const targets = asArray(statement.Resource).map((resource) => JSON.stringify(resource));
    expect(targets).toHaveLength(2);
    expect(targets.some((t) => t.includes(`:domain/concentric-${env}/_plugins/_security/api/*`))).toBe(true);
    expect(targets.some((t) => t.includes(`:domain/concentric-${env}/_index_template/*`))).toBe(true);
  });

  it('gives DynamoDB write actions to the API, the retention sweep and the exchange worker, never the indexer', () => {
    const writers = statements
      .filter(({ statement }) => asArray(statement.Action).includes('dynamodb:PutItem'))
      .map(({ source }) => source.replace(/[0-9A-F]{8}$/, ''));
    expect(writers.sort()).toEqual(
      [
        'ApiFunctionRoleDefaultPolicy',
        'ExchangeWorkerFunctionRoleDefaultPolicy',
        'RetentionFunctionRoleDefaultPolicy',
      ].sort(),
    );
  });

  it('attaches no AWS managed policies to the function roles', () => {
    for (const template of templates) {
      for (const [id, role] of resources(template, 'AWS::IAM::Role')) {
        if (!id.includes('Function')) continue;
        expect(role.Properties.ManagedPolicyArns, id).toBeUndefined();
      }
    }
  });
});
