/**
 * Saved searches delivered by webhook: subscriptions, and an outbox of deliveries in the table,
 * so a receiver that is down loses nothing — the dispatcher retries every pending delivery with
 * exponential backoff until it is taken, and any delivery can be replayed.
 */

export const SUBSCRIPTION_KINDS = ['vacancy-matches', 'bottleneck-vacancies'] as const;
export type SubscriptionKind = (typeof SUBSCRIPTION_KINDS)[number];

export interface WebhookSubscription {
  readonly id: string;
  readonly ownerRole: 'employer' | 'pes';
  readonly ownerOrg: string;
  /**
   * vacancy-matches: an employer, new candidates matching one of its vacancies at `minScore` or
   * more; bottleneck-vacancies: an employment service, new bottleneck vacancies that at least
   * one of its candidates matches at `minScore` or more.
   */
  readonly kind: SubscriptionKind;
  readonly url: string;
  /** HMAC-SHA256 key of the signatures; shown once, when the subscription is created. */
  readonly secret: string;
  readonly vacancyId?: string | undefined;
  readonly minScore: number;
  readonly createdAt: string;
}

/** A subscription as lists return it: without its secret (only getSubscription decrypts that). */
export type StoredSubscription = Omit<WebhookSubscription, 'secret'>;

export type DeliveryStatus = 'pending' | 'delivered' | 'failed';

export interface DeliveryAttempt {
  readonly at: string;
  /** The receiver's HTTP status, when it answered. */
  readonly httpStatus?: number | undefined;
  readonly error?: string | undefined;
  readonly durationMs: number;
}

export interface WebhookDelivery {
  readonly id: string;
  readonly subscriptionId: string;
  readonly ownerRole: WebhookSubscription['ownerRole'];
  readonly ownerOrg: string;
  readonly event: string;
  /** The exact body sent (and signed) on every attempt. */
  readonly body: string;
  readonly status: DeliveryStatus;
  readonly attempts: number;
  readonly nextAttemptAt?: string | undefined;
  readonly createdAt: string;
  readonly deliveredAt?: string | undefined;
  readonly replays: number;
  /** The latest attempts, newest last. */
  readonly history: readonly DeliveryAttempt[];
}

export interface WebhookOwner {
  readonly role: WebhookSubscription['ownerRole'];
  readonly org: string;
}

export interface WebhookStore {
  /** Stores the subscription with its secret encrypted. */
  createSubscription(subscription: WebhookSubscription): Promise<void>;
  /** The subscription with its secret decrypted, for signing a delivery. */
  getSubscription(id: string): Promise<WebhookSubscription | undefined>;
  /**
   * The owner is a role *and* an organisation: org ids are not unique across roles, so an
   * employer and a service that share one must never see or remove each other's webhooks.
   */
  listSubscriptions(owner: WebhookOwner): Promise<StoredSubscription[]>;
  deleteSubscription(owner: WebhookOwner, id: string): Promise<boolean>;
  subscriptionsOfKind(kind: SubscriptionKind): Promise<StoredSubscription[]>;

  /** Adds a delivery unless one with its id exists (ids follow from the event): false then. */
  enqueue(delivery: WebhookDelivery): Promise<boolean>;
  getDelivery(id: string): Promise<WebhookDelivery | undefined>;
  listDeliveries(owner: WebhookOwner, limit: number): Promise<WebhookDelivery[]>;
  /** Pending deliveries whose next attempt is due. */
  due(now: Date, limit: number): Promise<WebhookDelivery[]>;
  /** Takes a due delivery for one attempt; undefined if it is not due or another dispatcher has it. */
  claim(id: string, owner: string, now: Date, leaseMs: number): Promise<WebhookDelivery | undefined>;
  /** Records an attempt's outcome and what happens next (conditional on holding the claim). */
  settle(
    id: string,
    owner: string,
    outcome: {
      status: DeliveryStatus;
      attempt: DeliveryAttempt;
      nextAttemptAt?: string | undefined;
      deliveredAt?: string | undefined;
    },
  ): Promise<void>;
  /** Queues a delivery again, now, whatever its status. */
  replay(id: string, now: Date): Promise<WebhookDelivery | undefined>;

  /** A feed consumer's position (the notifier's). */
  getCursor(consumer: string): Promise<string | undefined>;
  setCursor(consumer: string, cursor: string): Promise<void>;
}

/** How deliveries go out: one HTTP POST, no redirects followed. */
export interface WebhookSender {
  send(request: {
    url: string;
    headers: Record<string, string>;
    body: string;
    timeoutMs: number;
  }): Promise<{ status: number }>;
}
