import { CfnOutput, CrossStackReferences, Duration, ReferenceStrength, Stack } from 'aws-cdk-lib';
import { Rule, Schedule } from 'aws-cdk-lib/aws-events';
import { LambdaFunction as LambdaTarget } from 'aws-cdk-lib/aws-events-targets';
import { PolicyStatement } from 'aws-cdk-lib/aws-iam';
import type { Construct } from 'constructs';
import { ServiceAlarms } from '../constructs/alarms.js';
import type { ConcentricFunction } from '../constructs/concentric-function.js';
import { MatchingHttpApi } from '../constructs/http-api.js';
import { IndexerSource } from '../constructs/indexer-source.js';
import { SEARCH_HTTP_VERBS, type SearchClient } from '../constructs/search-access.js';
import { grantTaxonomyRead, TAXONOMY_KEY } from '../constructs/taxonomy-bucket.js';
import { acknowledgeWildcardResources } from '../nag.js';
import { defineServiceFunctions, logSettings } from './stateless-functions.js';
import type { StatelessStackProps } from './stateless-stack-props.js';

export type { StatelessStackProps } from './stateless-stack-props.js';

/**
 * Functions, API, stream wiring, schedules and alarms: everything that can be redeployed without
 * data loss.
 */
export class StatelessStack extends Stack {
  readonly apiFunction: ConcentricFunction;
  readonly indexerFunction: ConcentricFunction;
  readonly retentionFunction: ConcentricFunction;
  readonly exchangeWorkerFunction: ConcentricFunction;
  readonly httpApi: MatchingHttpApi;

  constructor(scope: Construct, id: string, props: StatelessStackProps) {
    super(scope, id, props);
    // Strong (Export/ImportValue), stated explicitly: CloudFormation then refuses to remove a
    // table or domain output from the stateful stack while this stack still uses it.
    CrossStackReferences.of(this).consume(ReferenceStrength.STRONG);

    const functions = defineServiceFunctions(this, props);
    this.apiFunction = functions.api;
    this.indexerFunction = functions.indexer;
    this.retentionFunction = functions.retention;
    this.exchangeWorkerFunction = functions.exchangeWorker;
    const { logRetention, logRemovalPolicy } = logSettings(props);

    this.grantAccess(props);
    this.schedule(props);

    const indexerSource = new IndexerSource(this, 'IndexerSource', {
      table: props.table,
      indexer: this.indexerFunction.function,
    });

    this.httpApi = new MatchingHttpApi(this, 'HttpApi', {
      handler: this.apiFunction.function,
      jwtIssuer: props.jwtIssuer,
      jwtAudience: props.jwtAudience,
      throttlingRateLimit: props.throttlingRateLimit ?? 50,
      throttlingBurstLimit: props.throttlingBurstLimit ?? 100,
      logRetention,
      logRemovalPolicy,
    });

    new ServiceAlarms(this, 'Alarms', {
      api: this.httpApi.api,
      apiFunction: this.apiFunction.function,
      indexerFunction: this.indexerFunction.function,
      retentionFunction: this.retentionFunction.function,
      exchangeWorkerFunction: this.exchangeWorkerFunction.function,
      deadLetterQueue: indexerSource.deadLetterQueue,
      api5xxThreshold: props.api5xxAlarmThreshold ?? 5,
      topic: props.alarmTopic,
    });

    new CfnOutput(this, 'ApiUrl', { value: this.httpApi.url });
  }

  /** EventBridge rules that run the scheduled functions. */
  private schedule(props: StatelessStackProps): void {
    new Rule(this, 'ExchangeWorkerSchedule', {
      description: 'Runs one exchange worker round (change feed, webhooks, import jobs)',
      schedule: Schedule.rate(props.exchangeWorkerInterval ?? Duration.minutes(1)),
      targets: [new LambdaTarget(this.exchangeWorkerFunction.function, { retryAttempts: 0 })],
    });
    new Rule(this, 'RetentionSchedule', {
      description: 'Runs the retention sweep (erases expired candidate profiles)',
      schedule: Schedule.rate(props.retentionInterval ?? Duration.hours(1)),
      targets: [new LambdaTarget(this.retentionFunction.function, { retryAttempts: 2 })],
    });
  }

  /**
   * Least privilege: named actions only, on the table, its indexes/stream and the domain. Each
   * function signs only the HTTP verbs its code sends (SEARCH_HTTP_VERBS); inside the cluster its
   * role is mapped to its own OpenSearch role (infra/constructs/search-access.ts).
   */
  private grantAccess(props: StatelessStackProps): void {
    const searchStatement = (client: SearchClient) =>
      new PolicyStatement({
        actions: [...SEARCH_HTTP_VERBS[client]],
        resources: [props.domain.domainArn, `${props.domain.domainArn}/*`],
      });
    const functions: [SearchClient, ConcentricFunction][] = [
      ['api', this.apiFunction],
      ['indexer', this.indexerFunction],
      ['retention', this.retentionFunction],
      ['exchangeWorker', this.exchangeWorkerFunction],
    ];

    // Requests, the retention sweep (tombstones, audit records) and the exchange worker (feed,
    // outbox, import jobs and their upserts) write the table.
    props.table.grantReadWriteData(this.apiFunction.function);
    props.table.grantReadWriteData(this.retentionFunction.function);
    props.table.grantReadWriteData(this.exchangeWorkerFunction.function);
    // Webhook secrets: the API encrypts a new one, the exchange worker decrypts it to sign. Only
    // under the encryption context the store binds to them
    // (shared/adapters/dynamodb/dynamo-webhook-subscriptions.ts), so the key serves nothing else.
    this.apiFunction.function.addToRolePolicy(webhookSecretStatement(props, 'kms:Encrypt'));
    this.exchangeWorkerFunction.function.addToRolePolicy(webhookSecretStatement(props, 'kms:Decrypt'));
    // Reads the table for full reindexing; the stream grant comes with the event source.
    props.table.grantReadData(this.indexerFunction.function);
    // The indexer needs none: the index holds concept ids, its settings no vocabulary.
    for (const fn of [this.apiFunction, this.exchangeWorkerFunction]) {
      grantTaxonomyRead(props.taxonomyBucket, props.taxonomyKey ?? TAXONOMY_KEY, fn.function);
    }

    for (const [client, fn] of functions) {
      fn.function.addToRolePolicy(searchStatement(client));
      acknowledgeWildcardResources(
        fn.role,
        [`${props.table.tableArn}/index/*`],
        'The table grants cover its global secondary indexes (GSI1, GSI2) as <table>/index/*.',
      );
      acknowledgeWildcardResources(
        fn.role,
        [`${props.domain.domainArn}/*`],
        'Named OpenSearch HTTP verbs on the paths of the one Concentric domain (<domain>/*); which ' +
          'indices and actions each role may use is decided by its OpenSearch role (FGAC).',
      );
    }
  }
}

/** The webhook-secret context's `purpose` (shared/adapters/dynamodb/dynamo-webhook-subscriptions.ts). */
export const WEBHOOK_SECRET_PURPOSE = 'webhook-signing-secret';

function webhookSecretStatement(props: StatelessStackProps, action: 'kms:Encrypt' | 'kms:Decrypt') {
  return new PolicyStatement({
    actions: [action],
    resources: [props.webhookSecretKey.keyArn],
    conditions: {
      StringEquals: { 'kms:EncryptionContext:purpose': WEBHOOK_SECRET_PURPOSE },
      'ForAllValues:StringEquals': { 'kms:EncryptionContextKeys': ['purpose', 'subscription'] },
    },
  });
}
