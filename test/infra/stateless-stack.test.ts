import { Match, Template } from 'aws-cdk-lib/assertions';
import { beforeAll, describe, expect, it } from 'vitest';
import { CONTEXT, DEV_PLACEHOLDERS } from '../../infra/config.js';
import { PUBLIC_ROUTES } from '../../infra/constructs/http-api.js';
import { functionRoleNames } from '../../infra/constructs/search-access.js';
import type { StatelessStack } from '../../infra/stacks/stateless-stack.js';
import { buildApp, type CfnJson, only, resources, synthesize } from './support.js';

/** What every function's composition root reads at cold start (shared/config.ts). */
const SEARCH_ENVIRONMENT = [
  'TABLE_NAME',
  'SEARCH_ENGINE',
  'OPENSEARCH_ENDPOINT',
  'CANDIDATE_INDEX_ALIAS',
  'NODE_OPTIONS',
];
/** Also read by the functions built on the API's composition root (identity is built at load). */
const IDENTITY_ENVIRONMENT = ['JWT_ISSUER', 'JWT_AUDIENCE', 'JWKS_URL', 'IDENTITY'];
const FUNCTION_PREFIXES = ['ApiFunction', 'IndexerFunction', 'RetentionFunction', 'ExchangeWorkerFunction'];

describe('stateless stack', () => {
  let stack: StatelessStack;
  let template: Template;
  beforeAll(() => {
    const built = synthesize('dev');
    stack = built.stateless;
    template = built.templates.stateless;
  });

  const functionNamed = (prefix: string): CfnJson => {
    const found = resources(template, 'AWS::Lambda::Function').filter(
      ([id]) => id.startsWith(prefix) && !id.startsWith(`${prefix}LogGroup`),
    );
    expect(found, prefix).toHaveLength(1);
    return (found[0] as [string, CfnJson])[1];
  };

  describe('functions', () => {
    it('builds exactly the API, the indexer, the retention sweep and the exchange worker', () => {
      template.resourceCountIs('AWS::Lambda::Function', 4);
      for (const prefix of FUNCTION_PREFIXES) functionNamed(prefix);
    });

    it('run Node.js 22 on arm64 with active tracing, ESM bundles and their own log groups', () => {
      const functions = resources(template, 'AWS::Lambda::Function');
      for (const [, fn] of functions) {
        expect(fn.Properties).toMatchObject({
          Runtime: 'nodejs22.x',
          Architectures: ['arm64'],
          TracingConfig: { Mode: 'Active' },
          Handler: 'index.handler',
          LoggingConfig: { LogGroup: { Ref: expect.any(String) } },
        });
      }
      const logGroups = resources(template, 'AWS::Logs::LogGroup');
      for (const [, group] of logGroups) expect(group.Properties.RetentionInDays).toBeGreaterThan(0);
    });

    it('get the configuration the code validates at cold start', () => {
      for (const prefix of FUNCTION_PREFIXES) {
        const fn = functionNamed(prefix);
        const variables = (fn.Properties.Environment as { Variables: Record<string, unknown> }).Variables;
        for (const name of SEARCH_ENVIRONMENT) expect(variables, `${prefix} ${name}`).toHaveProperty(name);
        expect(variables).toMatchObject({
          SEARCH_ENGINE: 'opensearch',
          CANDIDATE_INDEX_ALIAS: 'candidates',
          NODE_OPTIONS: '--enable-source-maps',
        });
        expect(JSON.stringify(variables.OPENSEARCH_ENDPOINT)).toContain('https://');
        if (prefix === 'RetentionFunction') {
          // It serves no requests: no identity configuration at all.
          for (const name of IDENTITY_ENVIRONMENT) expect(variables, name).not.toHaveProperty(name);
          continue;
        }
        expect(variables).toMatchObject({
          IDENTITY: 'jwt',
          JWT_ISSUER: DEV_PLACEHOLDERS.jwtIssuer,
          JWT_AUDIENCE: DEV_PLACEHOLDERS.jwtAudience,
          JWKS_URL: `${DEV_PLACEHOLDERS.jwtIssuer}/.well-known/jwks.json`,
        });
      }
    });

    it('give each function role the fixed name the stateful stack maps to its OpenSearch role', () => {
      const names = functionRoleNames('dev');
      const expected: Record<string, string> = {
        ApiFunction: names.api,
        IndexerFunction: names.indexer,
        RetentionFunction: names.retention,
        ExchangeWorkerFunction: names.exchangeWorker,
      };
      const roles = resources(template, 'AWS::IAM::Role');
      for (const prefix of FUNCTION_PREFIXES) {
        const fn = functionNamed(prefix);
        const roleId = (fn.Properties.Role as { 'Fn::GetAtt': [string, string] })['Fn::GetAtt'][0];
        const [, role] = roles.find(([id]) => id === roleId) as [string, CfnJson];
        expect(role.Properties.RoleName, prefix).toEqual(stack.resolve(expected[prefix]));
      }
    });

    it('run in the VPC with the function security group: API and exchange worker with egress, the others isolated', () => {
      const subnetsOf = (prefix: string) => {
        const fn = functionNamed(prefix);
        expect(fn.Properties.VpcConfig.SecurityGroupIds).toHaveLength(1);
        const ids = fn.Properties.VpcConfig.SubnetIds as unknown[];
        expect(ids).toHaveLength(2);
        return JSON.stringify(ids);
      };
      expect(subnetsOf('ApiFunction')).toMatch(/egressSubnet1.*egressSubnet2/);
      expect(subnetsOf('IndexerFunction')).toMatch(/isolatedSubnet1.*isolatedSubnet2/);
      // Webhooks go to receivers on the internet.
      expect(subnetsOf('ExchangeWorkerFunction')).toMatch(/egressSubnet1.*egressSubnet2/);
      expect(subnetsOf('RetentionFunction')).toMatch(/isolatedSubnet1.*isolatedSubnet2/);
    });
  });

  describe('schedules', () => {
    const ruleFor = (prefix: string) => {
      const rules = resources(template, 'AWS::Events::Rule').filter(([, rule]) =>
        JSON.stringify(rule.Properties.Targets).includes(`"${prefix}`),
      );
      expect(rules, prefix).toHaveLength(1);
      return (rules[0] as [string, CfnJson])[1].Properties as CfnJson;
    };

    it('runs the exchange worker every minute and the retention sweep every hour', () => {
      template.resourceCountIs('AWS::Events::Rule', 2);
      expect(ruleFor('ExchangeWorkerFunction')).toMatchObject({
        ScheduleExpression: 'rate(1 minute)',
        State: 'ENABLED',
        Targets: [expect.objectContaining({ RetryPolicy: { MaximumRetryAttempts: 0 } })],
      });
      expect(ruleFor('RetentionFunction')).toMatchObject({
        ScheduleExpression: 'rate(1 hour)',
        State: 'ENABLED',
      });
    });

    it('lets EventBridge invoke each scheduled function from its own rule only', () => {
      const permissions = resources(template, 'AWS::Lambda::Permission').filter(
        ([, p]) => p.Properties.Principal === 'events.amazonaws.com',
      );
      expect(permissions).toHaveLength(2);
      for (const [, permission] of permissions) {
        expect(permission.Properties).toMatchObject({
          Action: 'lambda:InvokeFunction',
          SourceArn: { 'Fn::GetAtt': [expect.stringMatching(/Schedule/), 'Arn'] },
        });
      }
    });

    it('does not retry or queue a missed exchange round: the next tick is the retry', () => {
      template.hasResourceProperties('AWS::Lambda::EventInvokeConfig', {
        FunctionName: { Ref: Match.stringLikeRegexp('^ExchangeWorkerFunction') },
        MaximumRetryAttempts: 0,
        MaximumEventAgeInSeconds: 60,
      });
    });

    it('stops a round before the next few ticks pile up', () => {
      expect(functionNamed('ExchangeWorkerFunction').Properties.Timeout).toBe(300);
      expect(functionNamed('RetentionFunction').Properties.Timeout).toBe(300);
    });
  });

  describe('HTTP API', () => {
    it('defines the JWT authorizer with issuer and audience', () => {
      template.hasResourceProperties('AWS::ApiGatewayV2::Authorizer', {
        AuthorizerType: 'JWT',
        IdentitySource: ['$request.header.Authorization'],
        JwtConfiguration: { Issuer: DEV_PLACEHOLDERS.jwtIssuer, Audience: [DEV_PLACEHOLDERS.jwtAudience] },
      });
    });

    it('requires the JWT on every route except the public GET routes', () => {
      const [[authorizerId]] = resources(template, 'AWS::ApiGatewayV2::Authorizer') as [[string, unknown]];
      const routes = resources(template, 'AWS::ApiGatewayV2::Route');
      const routeKeys = routes.map(([, route]) => route.Properties.RouteKey).sort();
      expect(routeKeys).toEqual(['ANY /{proxy+}', ...PUBLIC_ROUTES.map((path) => `GET ${path}`)].sort());
      const publicKeys = new Set(PUBLIC_ROUTES.map((path) => `GET ${path}`));
      for (const [, route] of routes) {
        const key = route.Properties.RouteKey as string;
        if (publicKeys.has(key)) {
          expect(route.Properties.AuthorizationType, key).toBe('NONE');
          expect(route.Properties.AuthorizerId, key).toBeUndefined();
        } else {
          expect(route.Properties.AuthorizationType, key).toBe('JWT');
          expect(route.Properties.AuthorizerId, key).toEqual({ Ref: authorizerId });
        }
      }
    });

    it('throttles the default stage and writes JSON access logs', () => {
      const stage = only(template, 'AWS::ApiGatewayV2::Stage').Properties as CfnJson;
      expect(stage).toMatchObject({
        StageName: '$default',
        AutoDeploy: true,
        DefaultRouteSettings: { ThrottlingRateLimit: 20, ThrottlingBurstLimit: 40 },
      });
      const format = JSON.parse(stage.AccessLogSettings.Format as string) as Record<string, string>;
      expect(format).toMatchObject({ requestId: '$context.requestId', status: '$context.status' });
      expect(stage.AccessLogSettings.DestinationArn).toEqual({ 'Fn::GetAtt': [expect.any(String), 'Arn'] });
    });
  });

  describe('indexer stream', () => {
    it('reads the table stream from the start, 100 at a time, bisecting and reporting item failures', () => {
      const [[dlqId]] = resources(template, 'AWS::SQS::Queue') as [[string, unknown]];
      const mapping = only(template, 'AWS::Lambda::EventSourceMapping').Properties as CfnJson;
      expect(mapping).toMatchObject({
        StartingPosition: 'TRIM_HORIZON',
        BatchSize: 100,
        BisectBatchOnFunctionError: true,
        MaximumRetryAttempts: 5,
        MaximumRecordAgeInSeconds: 86_400,
        FunctionResponseTypes: ['ReportBatchItemFailures'],
        DestinationConfig: { OnFailure: { Destination: { 'Fn::GetAtt': [dlqId, 'Arn'] } } },
      });
      expect(JSON.stringify(mapping.EventSourceArn)).toContain('StreamArn');
    });

    it('parks failures in an encrypted, SSL-only dead-letter queue', () => {
      template.hasResourceProperties('AWS::SQS::Queue', { SqsManagedSseEnabled: true });
      template.hasResourceProperties('AWS::SQS::QueuePolicy', {
        PolicyDocument: Match.objectLike({
          Statement: Match.arrayWith([
            Match.objectLike({ Effect: 'Deny', Condition: { Bool: { 'aws:SecureTransport': 'false' } } }),
          ]),
        }),
      });
    });
  });

  describe('alarms', () => {
    const alarm = (namespace: string, metricName: string) =>
      resources(template, 'AWS::CloudWatch::Alarm').filter(
        ([, a]) => a.Properties.Namespace === namespace && a.Properties.MetricName === metricName,
      );

    it('alarms on API 5xx', () => {
      expect(alarm('AWS/ApiGateway', '5xx')).toHaveLength(1);
    });

    it('alarms on throttles of the API and the indexer', () => {
      expect(alarm('AWS/Lambda', 'Throttles')).toHaveLength(2);
    });

    it('alarms on errors of the indexer and the scheduled functions, and on iterator age', () => {
      const errors = alarm('AWS/Lambda', 'Errors').map(([, a]) => JSON.stringify(a.Properties.Dimensions));
      expect(errors).toHaveLength(3);
      for (const prefix of ['IndexerFunction', 'RetentionFunction', 'ExchangeWorkerFunction']) {
        expect(errors.filter((dimensions) => dimensions.includes(`"${prefix}`))).toHaveLength(1);
      }
      expect(alarm('AWS/Lambda', 'IteratorAge')).toHaveLength(1);
    });

    it('alarms as soon as the DLQ holds a message', () => {
      const [dlqAlarm] = alarm('AWS/SQS', 'ApproximateNumberOfMessagesVisible');
      expect(dlqAlarm?.[1].Properties).toMatchObject({
        ComparisonOperator: 'GreaterThanThreshold',
        Threshold: 0,
      });
    });

    it('have no actions unless an alarm topic is configured', () => {
      for (const [, a] of resources(template, 'AWS::CloudWatch::Alarm')) {
        expect(a.Properties.AlarmActions).toBeUndefined();
      }
      const withTopic = Template.fromStack(
        buildApp('dev', { [CONTEXT.alarmEmail]: 'ops@concentric.example' }).stateless,
      );
      const alarms = resources(withTopic, 'AWS::CloudWatch::Alarm');
      expect(alarms).toHaveLength(8);
      for (const [, a] of alarms) expect(a.Properties.AlarmActions).toHaveLength(1);
    });
  });
});
