import { Duration, RemovalPolicy } from 'aws-cdk-lib';
import { SubnetType } from 'aws-cdk-lib/aws-ec2';
import { RetentionDays } from 'aws-cdk-lib/aws-logs';
import type { Construct } from 'constructs';
import { BUILT_IN_TAXONOMY_FILE, entryPath } from '../constructs/bundling.js';
import { ConcentricFunction } from '../constructs/concentric-function.js';
import { TAXONOMY_KEY } from '../constructs/taxonomy-bucket.js';
import type { StatelessStackProps } from './stateless-stack-props.js';

/** The four Lambda functions of the stateless stack. */
export interface ServiceFunctions {
  readonly api: ConcentricFunction;
  readonly indexer: ConcentricFunction;
  readonly retention: ConcentricFunction;
  readonly exchangeWorker: ConcentricFunction;
}

/** Retention and removal policy of every log group of the stack (functions and API access logs). */
export function logSettings(props: StatelessStackProps): {
  logRetention: RetentionDays;
  logRemovalPolicy: RemovalPolicy;
} {
  return {
    logRetention: props.logRetention ?? RetentionDays.ONE_MONTH,
    logRemovalPolicy: props.logRemovalPolicy ?? RemovalPolicy.RETAIN,
  };
}

/**
 * Defines the functions directly in `scope` (the stack), so their construct ids, and with them
 * the CloudFormation logical ids, are those of the stack itself.
 */
export function defineServiceFunctions(scope: Construct, props: StatelessStackProps): ServiceFunctions {
  const [audience] = props.jwtAudience;
  if (!audience) throw new Error('jwtAudience needs at least one audience');
  const { logRetention, logRemovalPolicy } = logSettings(props);
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
  // The API and the exchange worker resolve skills and occupations: both load the artifact
  // (shared/composition/taxonomy-loading.ts). The indexer writes resolved concept ids and needs none.
  const taxonomy = {
    TAXONOMY_BUCKET: props.taxonomyBucket.bucketName,
    TAXONOMY_KEY: props.taxonomyKey ?? TAXONOMY_KEY,
    // Served until an import is uploaded to the key; bundled beside each function's code.
    TAXONOMY_DEFAULT_PATH: `/var/task/${BUILT_IN_TAXONOMY_FILE}`,
  };
  // Read by shared/composition/aws-exchange.ts: the API encrypts webhook secrets, the worker decrypts.
  const webhookSecrets = { WEBHOOK_SECRET_KMS_KEY: props.webhookSecretKey.keyArn };
  const functionSubnets = props.functionSubnets ?? { subnetType: SubnetType.PRIVATE_ISOLATED };
  const egressSubnets = props.apiSubnets ?? functionSubnets;
  const placement = { vpc: props.vpc, securityGroups: [props.functionSecurityGroup] };
  const roleNames = props.functionRoleNames ?? {};

  const api = new ConcentricFunction(scope, 'ApiFunction', {
    entry: entryPath('api'),
    description: 'Concentric HTTP API (Hono)',
    // More memory = more CPU = shorter cold starts on the request path.
    memorySize: 1024,
    timeout: Duration.seconds(10),
    environment: {
      ...environment,
      ...taxonomy,
      ...webhookSecrets,
      POWERTOOLS_SERVICE_NAME: 'concentric-api',
    },
    logRetention,
    logRemovalPolicy,
    ...placement,
    vpcSubnets: egressSubnets,
    roleName: roleNames.api,
  });

  const indexer = new ConcentricFunction(scope, 'IndexerFunction', {
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
  const retention = new ConcentricFunction(scope, 'RetentionFunction', {
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
  const exchangeWorker = new ConcentricFunction(scope, 'ExchangeWorkerFunction', {
    entry: entryPath('exchangeWorker'),
    description: 'Concentric exchange worker: change feed, webhooks, import jobs (scheduled)',
    memorySize: 1024,
    // An import job runs to its end or until the function stops; a stopped job is resumed from
    // its checkpoint by a later round (lease 30 s). Rounds may overlap: jobs are leased,
    // deliveries keyed by (subscription, event).
    timeout: Duration.minutes(5),
    environment: {
      ...environment,
      ...taxonomy,
      ...webhookSecrets,
      POWERTOOLS_SERVICE_NAME: 'concentric-exchange-worker',
    },
    logRetention,
    logRemovalPolicy,
    ...placement,
    vpcSubnets: egressSubnets,
    roleName: roleNames.exchangeWorker,
    // The next tick is the retry: a failed or throttled round is not run again later.
    retryAttempts: 0,
    maxEventAge: Duration.minutes(1),
  });

  return { api, indexer, retention, exchangeWorker };
}
