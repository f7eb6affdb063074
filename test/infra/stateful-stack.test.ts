import { App } from 'aws-cdk-lib';
import { Match, Template } from 'aws-cdk-lib/assertions';
import { SubnetType } from 'aws-cdk-lib/aws-ec2';
import { beforeAll, describe, expect, it } from 'vitest';
import { statefulStackProps } from '../../infra/concentric.js';
import { CONTEXT, loadConfig } from '../../infra/config.js';
import { StatefulStack } from '../../infra/stacks/stateful-stack.js';
import {
  ALARMED_METRICS,
  alarms,
  byMetric,
  ENCRYPTED_DOMAIN,
  RECOMMENDED_THRESHOLDS,
  SINGLE_TABLE,
  SSL_ONLY_TOPIC_POLICY,
  VPC_ENDPOINTS,
} from './stateful-stack-support.js';
import {
  asArray,
  type CfnJson,
  only,
  type PolicyStatementJson,
  resources,
  statefulTemplate,
} from './support.js';

describe('stateful stack', () => {
  let dev: Template;
  let prod: Template;
  beforeAll(() => {
    dev = statefulTemplate('dev');
    prod = statefulTemplate('prod');
  });

  describe('DynamoDB table', () => {
    it('has the single-table keys, both GSIs, on-demand billing and the TTL attribute', () => {
      dev.hasResourceProperties('AWS::DynamoDB::GlobalTable', SINGLE_TABLE);
    });

    it('streams new and old images', () => {
      dev.hasResourceProperties('AWS::DynamoDB::GlobalTable', {
        StreamSpecification: { StreamViewType: 'NEW_AND_OLD_IMAGES' },
      });
    });

    it('has point-in-time recovery and KMS server-side encryption', () => {
      for (const template of [dev, prod]) {
        template.hasResourceProperties('AWS::DynamoDB::GlobalTable', {
          SSESpecification: { SSEEnabled: true, SSEType: 'KMS' },
          Replicas: [
            Match.objectLike({ PointInTimeRecoverySpecification: { PointInTimeRecoveryEnabled: true } }),
          ],
        });
      }
    });

    it('is deletion-protected and retained in prod, disposable in dev', () => {
      prod.hasResource('AWS::DynamoDB::GlobalTable', {
        DeletionPolicy: 'Retain',
        Properties: Match.objectLike({ Replicas: [Match.objectLike({ DeletionProtectionEnabled: true })] }),
      });
      dev.hasResource('AWS::DynamoDB::GlobalTable', {
        DeletionPolicy: 'Delete',
        Properties: Match.objectLike({ Replicas: [Match.objectLike({ DeletionProtectionEnabled: false })] }),
      });
    });
  });

  describe('network', () => {
    it('spans two AZs, with one NAT gateway for the API and DynamoDB and S3 gateway endpoints', () => {
      const subnets = resources(dev, 'AWS::EC2::Subnet');
      // isolated, public and private-with-egress, one of each per AZ
      expect(subnets).toHaveLength(6);
      const azs = subnets.map(([, subnet]) => JSON.stringify(subnet.Properties.AvailabilityZone));
      expect(new Set(azs).size).toBe(2);
      dev.resourceCountIs('AWS::EC2::NatGateway', 1);
      // DynamoDB and S3 gateways, a KMS interface endpoint.
      for (const endpoint of VPC_ENDPOINTS) dev.hasResourceProperties('AWS::EC2::VPCEndpoint', endpoint);
      dev.resourceCountIs('AWS::EC2::VPCEndpoint', 3);
    });

    it('logs rejected flows to a log group with retention', () => {
      dev.hasResourceProperties('AWS::EC2::FlowLog', {
        TrafficType: 'REJECT',
        LogDestinationType: 'cloud-watch-logs',
      });
    });

    it('lets only the function security group reach the domain and the KMS endpoint, on 443', () => {
      const ingress = resources(dev, 'AWS::EC2::SecurityGroupIngress');
      expect(ingress).toHaveLength(2);
      const targets = new Set<string>();
      for (const [, rule] of ingress) {
        expect(rule.Properties).toMatchObject({ IpProtocol: 'tcp', FromPort: 443, ToPort: 443 });
        expect(JSON.stringify(rule.Properties.SourceSecurityGroupId)).toContain('FunctionSecurityGroup');
        targets.add(JSON.stringify(rule.Properties.GroupId));
      }
      expect(targets.size).toBe(2);
      // No open ingress anywhere.
      for (const [, group] of resources(dev, 'AWS::EC2::SecurityGroup')) {
        for (const rule of asArray(group.Properties.SecurityGroupIngress as unknown[])) {
          expect(JSON.stringify(rule)).not.toContain('0.0.0.0/0');
        }
      }
    });

    it('has isolated subnets only, and no egress subnets, without NAT gateways', () => {
      const app = new App({ context: { [CONTEXT.env]: 'dev' } });
      const config = { ...loadConfig(app.node), natGateways: 0 };
      const stack = new StatefulStack(app, 'NoNat', statefulStackProps(config));
      const template = Template.fromStack(stack);
      template.resourceCountIs('AWS::EC2::Subnet', 2);
      template.resourceCountIs('AWS::EC2::NatGateway', 0);
      template.resourceCountIs('AWS::EC2::InternetGateway', 0);
      expect(stack.egressSubnets).toBeUndefined();
      expect(stack.isolatedSubnets.subnetType).toBe(SubnetType.PRIVATE_ISOLATED);
    });
  });

  describe('OpenSearch domain', () => {
    it('runs OpenSearch 2.19 encrypted at rest, node to node, HTTPS only with TLS 1.2+', () => {
      dev.hasResourceProperties('AWS::OpenSearchService::Domain', ENCRYPTED_DOMAIN);
    });

    it('has two data nodes with zone awareness, placed in isolated subnets of two different AZs', () => {
      const domain = only(dev, 'AWS::OpenSearchService::Domain').Properties as CfnJson;
      expect(domain.ClusterConfig).toMatchObject({
        InstanceCount: 2,
        ZoneAwarenessEnabled: true,
        ZoneAwarenessConfig: { AvailabilityZoneCount: 2 },
      });
      const subnetIds = domain.VPCOptions.SubnetIds as { Ref: string }[];
      expect(subnetIds).toHaveLength(2);
      const subnets = dev.toJSON().Resources as Record<string, CfnJson>;
      const azs = subnetIds.map(({ Ref }) => JSON.stringify(subnets[Ref].Properties.AvailabilityZone));
      expect(new Set(azs).size).toBe(2);
      // Isolated subnets: the domain has no route out of the VPC even with NAT on.
      for (const { Ref } of subnetIds) {
        expect(subnets[Ref].Properties.Tags).toContainEqual({
          Key: 'aws-cdk:subnet-type',
          Value: 'Isolated',
        });
      }
      expect(domain.VPCOptions.SecurityGroupIds).toHaveLength(1);
    });

    it('uses t3.small.search in dev and m7g.large.search in prod, on gp3', () => {
      dev.hasResourceProperties('AWS::OpenSearchService::Domain', {
        ClusterConfig: Match.objectLike({ InstanceType: 't3.small.search', DedicatedMasterEnabled: false }),
        EBSOptions: { EBSEnabled: true, VolumeType: 'gp3', VolumeSize: 10 },
      });
      prod.hasResourceProperties('AWS::OpenSearchService::Domain', {
        ClusterConfig: Match.objectLike({ InstanceType: 'm7g.large.search' }),
      });
    });

    it('publishes slow search, slow index, application and audit logs to log groups with retention', () => {
      const domain = only(dev, 'AWS::OpenSearchService::Domain').Properties as CfnJson;
      for (const kind of ['SEARCH_SLOW_LOGS', 'INDEX_SLOW_LOGS', 'ES_APPLICATION_LOGS', 'AUDIT_LOGS']) {
        expect(domain.LogPublishingOptions[kind]).toMatchObject({ Enabled: true });
      }
      for (const [, group] of resources(dev, 'AWS::Logs::LogGroup')) {
        expect(group.Properties.RetentionInDays).toBeGreaterThan(0);
      }
    });

    it('creates the log-group resource policy itself, for all four log groups, before the domain', () => {
      // The one Lambda is the search-security custom resource, not CDK's log-policy provider.
      dev.resourceCountIs('AWS::Lambda::Function', 1);
      const [[policyId, policy]] = resources(dev, 'AWS::Logs::ResourcePolicy') as [[string, CfnJson]];
      dev.hasResource('AWS::OpenSearchService::Domain', { DependsOn: Match.arrayWith([policyId]) });
      // The policy document is a joined string (it embeds ARNs); every published log group is in it.
      const document = JSON.stringify(policy.Properties.PolicyDocument);
      const domain = only(dev, 'AWS::OpenSearchService::Domain').Properties as CfnJson;
      const published = Object.values(domain.LogPublishingOptions as Record<string, CfnJson>).map(
        (option) => option.CloudWatchLogsLogGroupArn['Fn::GetAtt'][0] as string,
      );
      expect(published).toHaveLength(4);
      for (const logGroupId of published) expect(document).toContain(`"${logGroupId}"`);
    });

    it('has an account-scoped access policy: signed principals of this account, named HTTP verbs, no wildcard principal', () => {
      const domain = only(dev, 'AWS::OpenSearchService::Domain').Properties as CfnJson;
      const statements = domain.AccessPolicies.Statement as PolicyStatementJson[];
      expect(statements).toHaveLength(1);
      for (const statement of statements) {
        expect(JSON.stringify(statement.Principal)).not.toContain('*');
        expect(JSON.stringify(statement.Principal)).toContain(':root');
        expect(asArray(statement.Action).sort()).toEqual(
          ['es:ESHttpDelete', 'es:ESHttpGet', 'es:ESHttpHead', 'es:ESHttpPost', 'es:ESHttpPut'].sort(),
        );
      }
    });

    it('keeps the domain in prod and drops it in dev', () => {
      prod.hasResource('AWS::OpenSearchService::Domain', { DeletionPolicy: 'Retain' });
      dev.hasResource('AWS::OpenSearchService::Domain', { DeletionPolicy: 'Delete' });
    });
  });

  describe('OpenSearch alarms', () => {
    it('alarms on red status, low storage, JVM pressure, blocked writes and failed snapshots in both environments', () => {
      for (const template of [dev, prod]) {
        for (const metric of ALARMED_METRICS) {
          const found = byMetric(template, metric);
          expect(found, metric).toHaveLength(1);
          expect(found[0].Dimensions).toEqual(
            expect.arrayContaining([
              { Name: 'ClientId', Value: { Ref: 'AWS::AccountId' } },
              { Name: 'DomainName', Value: { Ref: expect.stringMatching(/^SearchDomain/) } },
            ]),
          );
        }
      }
    });

    it('alarms on yellow status in prod only', () => {
      expect(byMetric(prod, 'ClusterStatus.yellow')).toHaveLength(1);
      expect(byMetric(dev, 'ClusterStatus.yellow')).toHaveLength(0);
    });

    it('uses the recommended thresholds', () => {
      for (const [env, metric, alarm] of RECOMMENDED_THRESHOLDS) {
        expect(byMetric(env === 'dev' ? dev : prod, metric)[0]).toMatchObject(alarm);
      }
    });

    it('notify the alarm topic when there is one', () => {
      for (const alarm of alarms(dev)) expect(alarm.AlarmActions).toBeUndefined();
      const template = statefulTemplate('dev', { [CONTEXT.alarmEmail]: 'ops@concentric.example' });
      const [[topicId]] = resources(template, 'AWS::SNS::Topic') as [[string, unknown]];
      expect(alarms(template)).toHaveLength(5);
      for (const alarm of alarms(template)) {
        expect(alarm.AlarmActions).toEqual([{ Ref: topicId }]);
        expect(alarm.OKActions).toEqual([{ Ref: topicId }]);
      }
    });
  });

  it('creates an SSL-only alarm topic with an e-mail subscription only when an address is given', () => {
    dev.resourceCountIs('AWS::SNS::Topic', 0);
    const template = statefulTemplate('dev', { [CONTEXT.alarmEmail]: 'ops@concentric.example' });
    template.resourceCountIs('AWS::SNS::Topic', 1);
    template.hasResourceProperties('AWS::SNS::Subscription', {
      Protocol: 'email',
      Endpoint: 'ops@concentric.example',
    });
    template.hasResourceProperties('AWS::SNS::TopicPolicy', SSL_ONLY_TOPIC_POLICY);
  });
});
