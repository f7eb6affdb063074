import { type App, Tags, Validations } from 'aws-cdk-lib';
import { AwsSolutionsChecks } from 'cdk-nag';
import { type EnvironmentConfig, loadConfig } from './config.js';
import { functionRoleNames } from './constructs/search-access.js';
import { StatefulStack, type StatefulStackProps } from './stacks/stateful-stack.js';
import { StatelessStack, type StatelessStackProps } from './stacks/stateless-stack.js';

export interface ConcentricStacks {
  readonly config: EnvironmentConfig;
  readonly stateful: StatefulStack;
  readonly stateless: StatelessStack;
}

/** Alias the candidate index is reached through (the functions' CANDIDATE_INDEX_ALIAS). */
export const CANDIDATE_INDEX_ALIAS = 'candidates';

export function stackName(config: EnvironmentConfig, part: 'Stateful' | 'Stateless'): string {
  return `Concentric-${config.envName}-${part}`;
}

export function statefulStackProps(config: EnvironmentConfig): StatefulStackProps {
  return {
    description: `Concentric ${config.envName}: table, VPC, OpenSearch domain and its security`,
    domainName: `concentric-${config.envName}`,
    search: config.search,
    logRetention: config.logRetention,
    removalPolicy: config.removalPolicy,
    tableDeletionProtection: config.tableDeletionProtection,
    natGateways: config.natGateways,
    alarmEmail: config.alarmEmail,
    functionRoleNames: functionRoleNames(config.envName),
    candidateIndexAlias: CANDIDATE_INDEX_ALIAS,
  };
}

export function statelessStackProps(config: EnvironmentConfig, stateful: StatefulStack): StatelessStackProps {
  return {
    description: `Concentric ${config.envName}: API, functions, schedules, alarms`,
    table: stateful.table,
    webhookSecretKey: stateful.webhookSecretKey,
    domain: stateful.domain,
    vpc: stateful.vpc,
    functionSecurityGroup: stateful.functionSecurityGroup,
    taxonomyBucket: stateful.taxonomyBucket,
    functionSubnets: stateful.isolatedSubnets,
    apiSubnets: stateful.egressSubnets,
    jwtIssuer: config.jwtIssuer,
    jwtAudience: [config.jwtAudience],
    jwksUrl: config.jwksUrl,
    throttlingRateLimit: config.apiThrottle.rateLimit,
    throttlingBurstLimit: config.apiThrottle.burstLimit,
    logRetention: config.logRetention,
    logRemovalPolicy: config.removalPolicy,
    alarmTopic: stateful.alarmTopic,
    functionRoleNames: functionRoleNames(config.envName),
    candidateIndexAlias: CANDIDATE_INDEX_ALIAS,
  };
}

/**
 * Builds both stacks for the environment selected by `concentric:env` and registers cdk-nag.
 * Shared by `infra/app.ts` and the tests. The stacks are environment-agnostic (no account or
 * region), so synth needs neither credentials nor network.
 */
export function createConcentricStacks(app: App): ConcentricStacks {
  const config = loadConfig(app.node);
  const stateful = new StatefulStack(app, stackName(config, 'Stateful'), statefulStackProps(config));
  const stateless = new StatelessStack(
    app,
    stackName(config, 'Stateless'),
    statelessStackProps(config, stateful),
  );

  Tags.of(app).add('project', 'concentric');
  Tags.of(app).add('environment', config.envName);
  // cdk-nag v3 is a policy-validation plugin: synth fails on any unacknowledged finding.
  Validations.of(app).addPlugins(new AwsSolutionsChecks(app, { verbose: true }));

  return { config, stateful, stateless };
}
