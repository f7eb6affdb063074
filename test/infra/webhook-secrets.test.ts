import type { Template } from 'aws-cdk-lib/assertions';
import { beforeAll, describe, expect, it } from 'vitest';
import { WEBHOOK_SECRET_PURPOSE } from '../../infra/stacks/stateless-stack.js';
import { secretContext } from '../../shared/adapters/dynamodb/dynamo-webhook-subscriptions.js';
import { asArray, type CfnJson, type PolicyStatementJson, resources, synthesize } from './support.js';

const FUNCTIONS = ['ApiFunction', 'IndexerFunction', 'RetentionFunction', 'ExchangeWorkerFunction'] as const;

/** The KMS statements of each function's role, by function prefix. */
function kmsStatements(template: Template, fn: string): PolicyStatementJson[] {
  return resources(template, 'AWS::IAM::Policy')
    .filter(([id]) => id.startsWith(fn))
    .flatMap(([, policy]) => policy.Properties.PolicyDocument.Statement as PolicyStatementJson[])
    .filter((s) => asArray(s.Action).some((a) => a.startsWith('kms:')));
}

describe.each(['dev', 'prod'] as const)('webhook secret key (%s)', (env) => {
  let stateful: Template;
  let stateless: Template;
  let keyId: string;
  let key: CfnJson;
  beforeAll(() => {
    ({ stateful, stateless } = synthesize(env).templates);
    const found = resources(stateful, 'AWS::KMS::Key').filter(
      ([, k]) => k.Properties.Description === 'Concentric webhook signing secrets',
    );
    expect(found).toHaveLength(1);
    [keyId, key] = found[0] as [string, CfnJson];
  });

  it('is a rotating customer managed key in the stateful stack, kept when the stack goes in prod', () => {
    expect(key.Properties.EnableKeyRotation).toBe(true);
    expect(key.DeletionPolicy).toBe(env === 'prod' ? 'Retain' : 'Delete');
  });

  it('is reachable from the isolated subnets through a KMS interface endpoint', () => {
    const endpoints = resources(stateful, 'AWS::EC2::VPCEndpoint').filter(([, e]) =>
      JSON.stringify(e.Properties.ServiceName).includes('.kms'),
    );
    expect(endpoints).toHaveLength(1);
    const [, endpoint] = endpoints[0] as [string, CfnJson];
    expect(endpoint.Properties.VpcEndpointType).toBe('Interface');
    expect(endpoint.Properties.PrivateDnsEnabled).toBe(true);
    // Its own security group, open on 443 to the functions' security group and nothing else.
    const groups = endpoint.Properties.SecurityGroupIds as { 'Fn::GetAtt': [string, string] }[];
    expect(groups).toHaveLength(1);
    const groupId = (groups[0] as { 'Fn::GetAtt': [string, string] })['Fn::GetAtt'][0];
    const ingress = [
      ...asArray(stateful.toJSON().Resources[groupId].Properties.SecurityGroupIngress as CfnJson[]),
      ...resources(stateful, 'AWS::EC2::SecurityGroupIngress')
        .filter(([, r]) => JSON.stringify(r.Properties.GroupId).includes(groupId))
        .map(([, r]) => r.Properties),
    ];
    expect(ingress).toHaveLength(1);
    expect(ingress[0]).toMatchObject({ IpProtocol: 'tcp', FromPort: 443, ToPort: 443 });
    expect(JSON.stringify(ingress[0].SourceSecurityGroupId)).toContain('FunctionSecurityGroup');
  });

  it('is named to the API and the exchange worker only, by the ARN of the stateful key', () => {
    for (const fn of FUNCTIONS) {
      const [, found] = resources(stateless, 'AWS::Lambda::Function').find(
        ([id]) => id.startsWith(fn) && !id.startsWith(`${fn}LogGroup`),
      ) as [string, CfnJson];
      const value = found.Properties.Environment.Variables.WEBHOOK_SECRET_KMS_KEY;
      if (fn === 'ApiFunction' || fn === 'ExchangeWorkerFunction') {
        expect(JSON.stringify(value), fn).toContain(keyId);
        expect(JSON.stringify(value), fn).toContain('Arn');
      } else {
        expect(value, fn).toBeUndefined();
      }
    }
  });

  it('lets the API only encrypt and the exchange worker only decrypt, under the webhook-secret context', () => {
    const expected: Record<string, string[]> = {
      ApiFunction: ['kms:Encrypt'],
      ExchangeWorkerFunction: ['kms:Decrypt'],
      IndexerFunction: [],
      RetentionFunction: [],
    };
    for (const fn of FUNCTIONS) {
      const statements = kmsStatements(stateless, fn);
      expect(
        statements.flatMap((s) => asArray(s.Action)),
        fn,
      ).toEqual(expected[fn]);
      for (const statement of statements) {
        expect(statement.Effect).toBe('Allow');
        expect(JSON.stringify(statement.Resource)).toContain(keyId);
        expect(statement.Condition).toEqual({
          StringEquals: { 'kms:EncryptionContext:purpose': WEBHOOK_SECRET_PURPOSE },
          'ForAllValues:StringEquals': { 'kms:EncryptionContextKeys': ['purpose', 'subscription'] },
        });
      }
    }
  });

  it('grants under exactly the context the webhook store encrypts with', () => {
    const context = secretContext('sub-1');
    expect(context.purpose).toBe(WEBHOOK_SECRET_PURPOSE);
    expect(Object.keys(context).sort()).toEqual(['purpose', 'subscription']);
  });
});
