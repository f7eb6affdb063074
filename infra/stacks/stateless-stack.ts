import {
  CfnOutput,
  CrossStackReferences,
  Duration,
  ReferenceStrength,
  RemovalPolicy,
  Stack,
  type StackProps,
} from 'aws-cdk-lib';
import type { ITableV2 } from 'aws-cdk-lib/aws-dynamodb';
import { type ISecurityGroup, type IVpc, type SubnetSelection, SubnetType } from 'aws-cdk-lib/aws-ec2';
import { Rule, Schedule } from 'aws-cdk-lib/aws-events';
import { LambdaFunction as LambdaTarget } from 'aws-cdk-lib/aws-events-targets';
import { PolicyStatement } from 'aws-cdk-lib/aws-iam';
import { RetentionDays } from 'aws-cdk-lib/aws-logs';
import type { IDomain } from 'aws-cdk-lib/aws-opensearchservice';
import type { ITopic } from 'aws-cdk-lib/aws-sns';
import type { Construct } from 'constructs';
import { ServiceAlarms } from '../constructs/alarms.js';
import { entryPath } from '../constructs/bundling.js';
import { ConcentricFunction } from '../constructs/concentric-function.js';
import { MatchingHttpApi } from '../constructs/http-api.js';
import { IndexerSource } from '../constructs/indexer-source.js';
import { SEARCH_HTTP_VERBS, type SearchClient } from '../constructs/search-access.js';
import { acknowledgeWildcardResources } from '../nag.js';

export interface StatelessStackProps extends StackProps {
  /** The single table (stream enabled; GSI1, GSI2). */
  readonly table: ITableV2;
  /** The OpenSearch domain the functions query and index into. */
  readonly domain: IDomain;
  /** VPC the domain lives in; the functions run in its isolated subnets. */
  readonly vpc: IVpc;
  /** Security group the domain accepts 443 from. */
  readonly functionSecurityGroup: ISecurityGroup;
  /** JWT issuer URL (`iss`), https. */
  readonly jwtIssuer: string;
  /**
   * Accepted JWT audiences (`aud`) at the API Gateway authorizer. The API function checks the
   * token again in-process (`JWT_AUDIENCE`, a single value) against the first one.
   */
  readonly jwtAudience: string[];
  /**
   * JWKS the API reads (config `JWKS_URL`).
   * @default `${jwtIssuer}/.well-known/jwks.json`
   */
  readonly jwksUrl?: string;
  /**
   * Subnets for the functions.
   * @default - the VPC's private isolated subnets
   */
  readonly functionSubnets?: SubnetSelection;
  /**
   * Subnets for the API function, which verifies JWTs against `jwksUrl` and so needs a route to
   * the identity provider (private subnets with NAT), unless the JWKS is reachable privately.
   * @default - `functionSubnets`
   */
  readonly apiSubnets?: SubnetSelection;
  /**
   * Alias the candidate index is reached through.
   * @default 'candidates'
   */
  readonly candidateIndexAlias?: string;
  /**
   * Steady-state requests per second for the default stage.
   * @default 50
   */
  readonly throttlingRateLimit?: number;
  /**
   * Burst capacity (requests) for the default stage.
   * @default 100
   */
  readonly throttlingBurstLimit?: number;
  /**
   * 5xx responses in 5 minutes that raise the API alarm.
   * @default 5
   */
  readonly api5xxAlarmThreshold?: number;
  /**
   * Retention of function and access log groups.
   * @default RetentionDays.ONE_MONTH
   */
  readonly logRetention?: RetentionDays;
  /**
   * Removal policy of the log groups.
   * @default RemovalPolicy.RETAIN
   */
  readonly logRemovalPolicy?: RemovalPolicy;
  /**
   * `LOG_LEVEL` for both functions.
   * @default 'INFO'
   */
  readonly logLevel?: string;
  /**
   * Topic notified when an alarm changes state.
   * @default - alarms have no actions
   */
  readonly alarmTopic?: ITopic;
  /**
   * Fixed IAM role names of the functions that call OpenSearch: the stateful stack maps these
   * names to OpenSearch roles (fine-grained access control), so they must match.
   * @default - generated names (the functions then get no OpenSearch permissions)
   */
  readonly functionRoleNames?: Partial<Record<SearchClient, string>>;
  /**
   * How often the exchange worker runs a round (feed, webhooks, imports).
   * @default Duration.minutes(1)
   */
  readonly exchangeWorkerInterval?: Duration;
  /**
   * How often the retention sweep runs.
   * @default Duration.hours(1)
   */
  readonly retentionInterval?: Duration;
}

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

    const [audience] = props.jwtAudience;
    if (!audience) throw new Error('jwtAudience needs at least one audience');
    const logRetention = props.logRetention ?? RetentionDays.ONE_MONTH;
    const logRemovalPolicy = props.logRemovalPolicy ?? RemovalPolicy.RETAIN;
    const environment = {
      TABLE_NAME: props.table.tableName,
      SEARCH_ENGINE: 'opensearch',
      OPENSEARCH_ENDPOINT: `https://${props.domain.domainEndpoint}`,
      CANDIDATE_INDEX_ALIAS: props.candidateIndexAlias ?? 'candidates',
      JWT_ISSUER: props.jwtIssuer,
      JWT_AUDIENCE: audience,
      JWKS_URL: props.jwksUrl ?? `${props.jwtIssuer.replace(/\/+$/, '')}/.well-known/jwks.json`,
      // Never trust caller headers in AWS: identity comes from the verified JWT.
      IDENTITY: 'jwt',
      LOG_LEVEL: props.logLevel ?? 'INFO',
    };
    const functionSubnets = props.functionSubnets ?? { subnetType: SubnetType.PRIVATE_ISOLATED };
    const egressSubnets = props.apiSubnets ?? functionSubnets;
    const placement = { vpc: props.vpc, securityGroups: [props.functionSecurityGroup] };
    const roleNames = props.functionRoleNames ?? {};

    this.apiFunction = new ConcentricFunction(this, 'ApiFunction', {
      entry: entryPath('api'),
      description: 'Concentric HTTP API (Hono)',
      // More memory = more CPU = shorter cold starts on the request path.
      memorySize: 1024,
      timeout: Duration.seconds(10),
      environment: { ...environment, POWERTOOLS_SERVICE_NAME: 'concentric-api' },
      logRetention,
      logRemovalPolicy,
      ...placement,
      vpcSubnets: egressSubnets,
      roleName: roleNames.api,
    });

    this.indexerFunction = new ConcentricFunction(this, 'IndexerFunction', {
      entry: entryPath('indexer'),
      description: 'Concentric DynamoDB stream to OpenSearch indexer',
      memorySize: 512,
      // A 100-record batch becomes one bulk request; leave room for retries inside the client.
      timeout: Duration.seconds(60),
      environment: { ...environment, POWERTOOLS_SERVICE_NAME: 'concentric-indexer' },
      logRetention,
      logRemovalPolicy,
      ...placement,
      vpcSubnets: functionSubnets,
      roleName: roleNames.indexer,
    });

    // Erases profiles whose retention period ran out (functions/retention). Table and OpenSearch
    // only, so isolated subnets; no identity configuration (it serves no requests).
    this.retentionFunction = new ConcentricFunction(this, 'RetentionFunction', {
      entry: entryPath('retention'),
      description: 'Concentric retention sweep: erases expired candidate profiles (scheduled)',
      memorySize: 512,
      // At most 50 batches of 100 erasures a run (functions/retention/handler.ts).
      timeout: Duration.minutes(5),
      environment: {
        TABLE_NAME: environment.TABLE_NAME,
        SEARCH_ENGINE: environment.SEARCH_ENGINE,
        OPENSEARCH_ENDPOINT: environment.OPENSEARCH_ENDPOINT,
        CANDIDATE_INDEX_ALIAS: environment.CANDIDATE_INDEX_ALIAS,
        LOG_LEVEL: environment.LOG_LEVEL,
        POWERTOOLS_SERVICE_NAME: 'concentric-retention',
      },
      logRetention,
      logRemovalPolicy,
      ...placement,
      vpcSubnets: functionSubnets,
      roleName: roleNames.retention,
    });

    // One exchange round per tick (functions/exchange-worker): sequence the change feed, notify
    // and deliver webhooks, run import jobs. It is built on the API's composition root, so it
    // takes the API's environment, and it posts webhooks to receivers on the internet, so it runs
    // where the API runs (private subnets behind NAT).
    this.exchangeWorkerFunction = new ConcentricFunction(this, 'ExchangeWorkerFunction', {
      entry: entryPath('exchangeWorker'),
      description: 'Concentric exchange worker: change feed, webhooks, import jobs (scheduled)',
      memorySize: 1024,
      // An import job runs to its end or until the function stops; a stopped job is resumed from
      // its checkpoint by a later round (lease 30 s). Rounds may overlap: jobs are leased,
      // deliveries keyed by (subscription, event).
      timeout: Duration.minutes(5),
      environment: { ...environment, POWERTOOLS_SERVICE_NAME: 'concentric-exchange-worker' },
      logRetention,
      logRemovalPolicy,
      ...placement,
      vpcSubnets: egressSubnets,
      roleName: roleNames.exchangeWorker,
      // The next tick is the retry: a failed or throttled round is not run again later.
      retryAttempts: 0,
      maxEventAge: Duration.minutes(1),
    });

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
    // Reads the table for full reindexing; the stream grant comes with the event source.
    props.table.grantReadData(this.indexerFunction.function);

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
