import type { Duration, RemovalPolicy, StackProps } from 'aws-cdk-lib';
import type { ITableV2 } from 'aws-cdk-lib/aws-dynamodb';
import type { ISecurityGroup, IVpc, SubnetSelection } from 'aws-cdk-lib/aws-ec2';
import type { IKey } from 'aws-cdk-lib/aws-kms';
import type { RetentionDays } from 'aws-cdk-lib/aws-logs';
import type { IDomain } from 'aws-cdk-lib/aws-opensearchservice';
import type { IBucket } from 'aws-cdk-lib/aws-s3';
import type { ITopic } from 'aws-cdk-lib/aws-sns';
import type { SearchClient } from '../constructs/search-access.js';

export interface StatelessStackProps extends StackProps {
  /** The single table (stream enabled; GSI1, GSI2). */
  readonly table: ITableV2;
  /** The KMS key of the webhook signing secrets (the API encrypts, the exchange worker decrypts). */
  readonly webhookSecretKey: IKey;
  /** The OpenSearch domain the functions query and index into. */
  readonly domain: IDomain;
  /** VPC the domain lives in; the functions run in its isolated subnets. */
  readonly vpc: IVpc;
  /**
   * The bucket of the taxonomy artifact (`TaxonomyBucket`): the API, the exchange worker and
   * the indexer read `taxonomyKey` from it at cold start. No function bundles a taxonomy, so
   * the object must be there before they start (docs/taxonomy.md, "Loading the artifact").
   */
  readonly taxonomyBucket: IBucket;
  /** @default TAXONOMY_KEY ('taxonomy/current.json') */
  readonly taxonomyKey?: string;
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
