import { RemovalPolicy } from 'aws-cdk-lib';
import { RetentionDays } from 'aws-cdk-lib/aws-logs';
import type { Node } from 'constructs';

export const ENV_NAMES = ['dev', 'prod'] as const;
export type EnvName = (typeof ENV_NAMES)[number];

/** Context keys read by the app (`-c key=value` or cdk.json). */
export const CONTEXT = {
  env: 'concentric:env',
  jwtIssuer: 'concentric:jwtIssuer',
  jwtAudience: 'concentric:jwtAudience',
  jwksUrl: 'concentric:jwksUrl',
  alarmEmail: 'concentric:alarmEmail',
} as const;

/**
 * Dev-only placeholders so `cdk synth` works with no context at all. API Gateway accepts any https
 * issuer at deploy time; requests are simply rejected (401) until a real issuer/audience is passed.
 * Prod refuses to synthesize with placeholders (see `loadConfig`).
 */
export const DEV_PLACEHOLDERS = {
  jwtIssuer: 'https://auth.dev.concentric.example',
  jwtAudience: 'concentric-api-dev',
} as const;

export interface SearchConfig {
  /** Data node instance type; see docs/deploy.md for the cost reasoning. */
  readonly dataNodeInstanceType: string;
  /** Data nodes, spread over two AZs with zone awareness, so an even number. */
  readonly dataNodes: number;
  /** gp3 volume per data node, GiB. */
  readonly volumeSizeGiB: number;
  /** Dedicated cluster-manager nodes; undefined = none (cost, see docs/deploy.md). */
  readonly dedicatedMasterNodes?: { readonly instanceType: string; readonly count: number };
  /** Alarm when the cluster turns yellow (a replica unassigned), not only red. */
  readonly alarmOnYellow: boolean;
}

export interface EnvironmentConfig {
  readonly envName: EnvName;
  readonly search: SearchConfig;
  readonly apiThrottle: { readonly rateLimit: number; readonly burstLimit: number };
  readonly logRetention: RetentionDays;
  /** Applied to data-bearing resources (table, domain, key, log groups). */
  readonly removalPolicy: RemovalPolicy;
  readonly tableDeletionProtection: boolean;
  /**
   * NAT gateways for the API's internet egress. The API verifies JWTs in-process against
   * `JWKS_URL` (jose `createRemoteJWKSet`, shared/adapters/identity/jwt-identity.ts), so it must
   * reach the identity provider. One gateway, not one per AZ: ~$35/month plus data; an AZ outage
   * only delays key refreshes (jose caches the key set). Set 0 if the JWKS becomes reachable
   * without internet or the API stops fetching it.
   */
  readonly natGateways: number;
  readonly jwtIssuer: string;
  readonly jwtAudience: string;
  /** @default `${jwtIssuer}/.well-known/jwks.json` */
  readonly jwksUrl?: string;
  /** When set, an SNS topic with this e-mail subscription receives alarm notifications. */
  readonly alarmEmail?: string;
}

type EnvDefaults = Omit<
  EnvironmentConfig,
  'envName' | 'jwtIssuer' | 'jwtAudience' | 'jwksUrl' | 'alarmEmail'
>;

const DEFAULTS: Record<EnvName, EnvDefaults> = {
  dev: {
    // t3.small.search: cheapest type that still supports encryption at rest and node-to-node
    // encryption (t2 does not). Burstable, fine for a seeded dev corpus.
    search: {
      dataNodeInstanceType: 't3.small.search',
      dataNodes: 2,
      volumeSizeGiB: 10,
      alarmOnYellow: false,
    },
    apiThrottle: { rateLimit: 20, burstLimit: 40 },
    logRetention: RetentionDays.TWO_WEEKS,
    removalPolicy: RemovalPolicy.DESTROY,
    tableDeletionProtection: false,
    natGateways: 1,
  },
  prod: {
    // m7g.large.search (Graviton3, 8 GiB): the candidate pool is small text documents, so the
    // general-purpose family is enough; r7g doubles memory for ~30% more per hour.
    search: {
      dataNodeInstanceType: 'm7g.large.search',
      dataNodes: 2,
      volumeSizeGiB: 20,
      alarmOnYellow: true,
    },
    apiThrottle: { rateLimit: 100, burstLimit: 200 },
    logRetention: RetentionDays.THREE_MONTHS,
    removalPolicy: RemovalPolicy.RETAIN,
    tableDeletionProtection: true,
    natGateways: 1,
  },
};

function isEnvName(value: unknown): value is EnvName {
  return typeof value === 'string' && (ENV_NAMES as readonly string[]).includes(value);
}

function optionalString(node: Node, key: string): string | undefined {
  const value: unknown = node.tryGetContext(key);
  if (value === undefined || value === null || value === '') return undefined;
  if (typeof value !== 'string') throw new Error(`Context ${key} must be a string`);
  return value;
}

/** Reads `concentric:*` context and returns the settings for the selected environment. */
export function loadConfig(node: Node): EnvironmentConfig {
  const envName: unknown = node.tryGetContext(CONTEXT.env) ?? 'dev';
  if (!isEnvName(envName)) {
    throw new Error(`Context ${CONTEXT.env} must be one of ${ENV_NAMES.join(', ')}, got ${String(envName)}`);
  }
  const jwtIssuer = optionalString(node, CONTEXT.jwtIssuer);
  const jwtAudience = optionalString(node, CONTEXT.jwtAudience);
  if (envName === 'prod' && (!jwtIssuer || !jwtAudience)) {
    // Deploying prod with the dev placeholders would leave every protected route returning 401.
    throw new Error(`prod needs -c ${CONTEXT.jwtIssuer}=... and -c ${CONTEXT.jwtAudience}=...`);
  }
  const issuer = jwtIssuer ?? DEV_PLACEHOLDERS.jwtIssuer;
  if (!issuer.startsWith('https://')) throw new Error(`${CONTEXT.jwtIssuer} must be an https URL`);
  return {
    envName,
    ...DEFAULTS[envName],
    jwtIssuer: issuer,
    jwtAudience: jwtAudience ?? DEV_PLACEHOLDERS.jwtAudience,
    jwksUrl: optionalString(node, CONTEXT.jwksUrl),
    alarmEmail: optionalString(node, CONTEXT.alarmEmail),
  };
}
