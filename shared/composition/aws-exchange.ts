import { randomUUID } from 'node:crypto';
import { KMSClient } from '@aws-sdk/client-kms';
import type { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { AesGcmSecretCipher } from '../adapters/crypto/aes-gcm-cipher.js';
import { DynamoBlobStore } from '../adapters/dynamodb/dynamo-blob-store.js';
import { DynamoChangeFeed } from '../adapters/dynamodb/dynamo-change-feed.js';
import { DynamoImportStore } from '../adapters/dynamodb/dynamo-import-store.js';
import { DynamoWebhookStore } from '../adapters/dynamodb/dynamo-webhook-store.js';
import { KmsSecretCipher } from '../adapters/kms/kms-secret-cipher.js';
import { FetchWebhookSender } from '../adapters/webhooks/fetch-webhook-sender.js';
import type { Config } from '../config.js';
import { systemClock } from '../ports/clock.js';
import type { SecretCipher } from '../ports/secret-cipher.js';
import { DEFAULT_IMPORT_SETTINGS } from '../use-cases/bulk/import-jobs.js';
import type { ExchangeDeps } from '../use-cases/exchange-deps.js';
import { DEFAULT_WEBHOOK_SETTINGS } from '../use-cases/webhooks/subscriptions.js';

/**
 * The exchange in AWS: everything in the one table (uploads in 300 KB parts until an S3 bucket is
 * added behind the BlobStore port), deliveries over HTTPS to public receivers only. Nothing runs
 * in-process after a request: the scheduled exchange worker (functions/exchange-worker) sequences
 * the feed, notifies, dispatches and runs queued imports.
 *
 * A synchronous bulk request is bounded by API Gateway and Lambda (10 MB / 6 MB payloads, 29 s),
 * so in AWS the limit that bites first is theirs: larger files go through import jobs.
 */
export function awsExchange(db: DynamoDBDocumentClient, config: Config): ExchangeDeps {
  const tableName = config.TABLE_NAME;
  const workerId = process.env.AWS_LAMBDA_LOG_STREAM_NAME ?? `lambda-${randomUUID()}`;
  return {
    feed: new DynamoChangeFeed(db, tableName, { clock: systemClock }),
    imports: new DynamoImportStore(db, tableName),
    blobs: new DynamoBlobStore(db, tableName),
    importSettings: { ...DEFAULT_IMPORT_SETTINGS, syncMaxBytes: 6 * 1024 * 1024, workerId },
    webhooks: new DynamoWebhookStore(db, tableName, awsSecretCipher(config)),
    sender: new FetchWebhookSender(),
    webhookSettings: { ...DEFAULT_WEBHOOK_SETTINGS, workerId },
  };
}

/**
 * Webhook secrets are encrypted with the stack's KMS key (WEBHOOK_SECRET_KMS_KEY). Without one,
 * the configured AES-GCM key (tests of the handlers); in a real Lambda a key of its own would
 * leave the secrets it stored unreadable to every other instance, so that is refused.
 */
function awsSecretCipher(config: Config): SecretCipher {
  if (config.WEBHOOK_SECRET_KMS_KEY) {
    return new KmsSecretCipher(new KMSClient({ region: config.AWS_REGION }), config.WEBHOOK_SECRET_KMS_KEY);
  }
  if (!config.WEBHOOK_SECRET_KEY && process.env.AWS_LAMBDA_FUNCTION_NAME) {
    throw new Error('Invalid configuration: WEBHOOK_SECRET_KMS_KEY must name the KMS key of webhook secrets');
  }
  return AesGcmSecretCipher.fromConfig(config.WEBHOOK_SECRET_KEY);
}
