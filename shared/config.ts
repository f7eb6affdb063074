import * as z from 'zod';

/**
 * Configuration, read once at cold start and validated: a missing or malformed value stops the
 * process with a message that names it, instead of failing on the first request.
 */
const ConfigSchema = z.object({
  TABLE_NAME: z.string().min(3).default('concentric'),
  AWS_REGION: z.string().default('eu-west-1'),
  DYNAMODB_ENDPOINT: z.url().optional(),
  SEARCH_ENGINE: z.enum(['opensearch', 'embedded']).default('embedded'),
  /** A plain HTTP(S) OpenSearch URL (local node); requests are not signed. */
  OPENSEARCH_URL: z.url().optional(),
  /** The Amazon OpenSearch Service endpoint; requests are SigV4-signed. */
  OPENSEARCH_ENDPOINT: z.url().optional(),
  CANDIDATE_INDEX_ALIAS: z.string().min(1).default('candidates'),
  IDENTITY: z.enum(['headers', 'jwt']).default('jwt'),
  JWT_ISSUER: z.string().optional(),
  JWT_AUDIENCE: z.string().optional(),
  JWKS_URL: z.url().optional(),
  /** A taxonomy artifact on disk (`scripts/esco-import.ts` writes it); local runs. */
  TAXONOMY_PATH: z.string().min(1).optional(),
  /**
   * The S3 bucket holding the taxonomy artifact; in AWS. One of the two must be set: no bundle
   * holds a taxonomy (shared/composition/taxonomy-loading.ts).
   */
  TAXONOMY_BUCKET: z.string().min(3).optional(),
  TAXONOMY_KEY: z.string().min(1).default('taxonomy/current.json'),
  /**
   * The artifact served while the bucket holds no object at `TAXONOMY_KEY`: a fresh deployment,
   * before any ESCO import is uploaded. The CDK ships the built-in artifact beside each bundle
   * that loads a taxonomy (infra/constructs/bundling.ts) and points this at it.
   */
  TAXONOMY_DEFAULT_PATH: z.string().min(1).optional(),
  /** The KMS key (id, ARN or alias) that encrypts webhook secrets in AWS. */
  WEBHOOK_SECRET_KMS_KEY: z.string().min(1).optional(),
  /** Local runs: the AES-256-GCM key of webhook secrets, 32 bytes in base64 (default: one per process). */
  WEBHOOK_SECRET_KEY: z.base64().optional(),
});
export type Config = z.infer<typeof ConfigSchema>;

export function readConfig(env: Record<string, string | undefined> = process.env): Config {
  const parsed = ConfigSchema.safeParse(env);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ');
    throw new Error(`Invalid configuration: ${problems}`);
  }
  const config = parsed.data;
  if (config.SEARCH_ENGINE === 'opensearch' && !config.OPENSEARCH_URL && !config.OPENSEARCH_ENDPOINT) {
    throw new Error(
      'Invalid configuration: SEARCH_ENGINE=opensearch needs OPENSEARCH_URL or OPENSEARCH_ENDPOINT',
    );
  }
  return config;
}
