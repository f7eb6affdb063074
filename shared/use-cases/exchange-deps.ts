import type { BlobStore } from '../ports/blob-store.js';
import type { ChangeFeed } from '../ports/change-feed.js';
import type { ImportStore } from '../ports/import-store.js';
import type { WebhookSender, WebhookStore } from '../ports/webhook-store.js';
import type { ImportSettings } from './bulk/import-jobs.js';
import type { WebhookSettings } from './webhooks/subscriptions.js';

/** The ports and settings of the exchange (bulk uploads, imports, change feed, webhooks). */
export interface ExchangeDeps {
  readonly feed: ChangeFeed;
  readonly imports: ImportStore;
  readonly blobs: BlobStore;
  readonly importSettings: ImportSettings;
  readonly webhooks: WebhookStore;
  readonly sender: WebhookSender;
  readonly webhookSettings: WebhookSettings;
  /** Called when an import job is queued: locally it runs at once, in-process; unset in AWS. */
  readonly onImportQueued?: ((jobId: string) => void) | undefined;
}
