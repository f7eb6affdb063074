import { randomUUID } from 'node:crypto';
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { LocalDiskBlobStore } from '../../shared/adapters/blob/local-disk-blob-store.js';
import { AesGcmSecretCipher } from '../../shared/adapters/crypto/aes-gcm-cipher.js';
import { DynamoChangeFeed } from '../../shared/adapters/dynamodb/dynamo-change-feed.js';
import { DynamoImportStore } from '../../shared/adapters/dynamodb/dynamo-import-store.js';
import { DynamoWebhookStore } from '../../shared/adapters/dynamodb/dynamo-webhook-store.js';
import { FetchWebhookSender } from '../../shared/adapters/webhooks/fetch-webhook-sender.js';
import type { Clock } from '../../shared/ports/clock.js';
import type { WebhookSender } from '../../shared/ports/webhook-store.js';
import { DEFAULT_IMPORT_SETTINGS, type ImportSettings } from '../../shared/use-cases/bulk/import-jobs.js';
import type { ExchangeDeps } from '../../shared/use-cases/exchange-deps.js';
import {
  DEFAULT_WEBHOOK_SETTINGS,
  type WebhookSettings,
} from '../../shared/use-cases/webhooks/subscriptions.js';

export interface LocalExchangeOptions {
  /** Where import uploads are kept; default a fresh temp directory. */
  readonly blobDir?: string | undefined;
  readonly importSettings?: Partial<ImportSettings> | undefined;
  readonly webhookSettings?: Partial<WebhookSettings> | undefined;
  readonly sender?: WebhookSender | undefined;
  /** The change feed's abandonment delay and lease (tests shorten them). */
  readonly feed?: { readonly abandonAfterMs?: number; readonly leaseMs?: number } | undefined;
}

/**
 * The exchange's adapters for local runs and tests: the table on dynalite, uploads on disk,
 * deliveries over HTTP. Receivers on 127.0.0.1 over plain http are allowed (local only).
 */
export async function buildLocalExchange(
  db: DynamoDBDocumentClient,
  tableName: string,
  clock: Clock,
  options: LocalExchangeOptions = {},
): Promise<Omit<ExchangeDeps, 'onImportQueued'>> {
  const workerId = `local-${process.pid}-${randomUUID().slice(0, 8)}`;
  const blobDir = options.blobDir ?? (await mkdtemp(path.join(tmpdir(), 'concentric-blobs-')));
  return {
    feed: new DynamoChangeFeed(db, tableName, { clock, ...options.feed }),
    imports: new DynamoImportStore(db, tableName),
    blobs: new LocalDiskBlobStore(blobDir),
    importSettings: { ...DEFAULT_IMPORT_SETTINGS, workerId, ...options.importSettings },
    // Webhook secrets encrypted at rest locally too (WEBHOOK_SECRET_KEY, or a key per process).
    webhooks: new DynamoWebhookStore(
      db,
      tableName,
      AesGcmSecretCipher.fromConfig(process.env.WEBHOOK_SECRET_KEY),
    ),
    sender: options.sender ?? new FetchWebhookSender(),
    webhookSettings: {
      ...DEFAULT_WEBHOOK_SETTINGS,
      allowHttp: true,
      allowPrivateHosts: true,
      workerId,
      ...options.webhookSettings,
    },
  };
}
