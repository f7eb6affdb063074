import { isIP } from 'node:net';
import { z } from 'zod';
import { VACANCY_ID_PATTERN } from '../../domain/vacancy.js';
import { ForbiddenError, NotFoundError, ValidationError } from '../../errors.js';
import { newWebhookSecret } from '../../exchange/signature.js';
import type { Clock } from '../../ports/clock.js';
import type { IdGenerator } from '../../ports/id-generator.js';
import type { Caller } from '../../ports/identity.js';
import type { Telemetry } from '../../ports/telemetry.js';
import type { VacancyStore } from '../../ports/vacancy-store.js';
import type {
  StoredSubscription,
  WebhookDelivery,
  WebhookOwner,
  WebhookSender,
  WebhookStore,
  WebhookSubscription,
} from '../../ports/webhook-store.js';
import { ownedVacancy, requireRole } from '../access.js';

export interface WebhookSettings {
  /** Plain http:// receivers (local runs and tests only). */
  readonly allowHttp: boolean;
  /** Receivers on loopback or private addresses (local runs and tests only: SSRF otherwise). */
  readonly allowPrivateHosts: boolean;
  readonly timeoutMs: number;
  /** Attempts before a delivery is marked failed (it can still be replayed). */
  readonly maxAttempts: number;
  /** The first retry's backoff ceiling, doubling each time up to `backoffMaxMs` (full jitter under it). */
  readonly backoffBaseMs: number;
  readonly backoffMaxMs: number;
  /** How long a dispatcher holds a delivery for one attempt. */
  readonly claimMs: number;
  readonly workerId: string;
}

export const DEFAULT_WEBHOOK_SETTINGS: Omit<WebhookSettings, 'workerId'> = {
  allowHttp: false,
  allowPrivateHosts: false,
  timeoutMs: 5_000,
  maxAttempts: 15,
  backoffBaseMs: 10_000,
  backoffMaxMs: 6 * 3600_000,
  claimMs: 60_000,
};

export interface WebhookDeps {
  readonly webhooks: WebhookStore;
  readonly sender: WebhookSender;
  readonly webhookSettings: WebhookSettings;
  readonly clock: Clock;
  readonly ids: IdGenerator;
  /** Deliveries per status as metrics. */
  readonly telemetry?: Telemetry | undefined;
}

export const SubscriptionInputSchema = z.discriminatedUnion('kind', [
  z
    .object({
      kind: z.literal('vacancy-matches'),
      url: z.url(),
      vacancyId: z.string().regex(VACANCY_ID_PATTERN),
      minScore: z.number().min(0).max(1).default(0.5),
    })
    .strict(),
  z
    .object({
      kind: z.literal('bottleneck-vacancies'),
      url: z.url(),
      minScore: z.number().min(0).max(1).default(0.5),
    })
    .strict(),
]);
export type SubscriptionInput = z.infer<typeof SubscriptionInputSchema>;

/** A subscription as its owner reads it: the secret is shown only once, at creation. */
export type SubscriptionView = Omit<WebhookSubscription, 'secret'>;
export const viewOf = ({
  secret: _secret,
  ...rest
}: StoredSubscription & { secret?: string }): SubscriptionView => rest;

/**
 * Refuses receivers the dispatcher must not call: anything but https (unless allowed), and
 * loopback, link-local and private addresses (the API would otherwise probe its own network).
 * Host names are not resolved here; in AWS the dispatcher runs outside the VPC's private ranges.
 */
export function checkReceiverUrl(url: string, settings: WebhookSettings): void {
  const parsed = new URL(url);
  const fail = (message: string) => {
    throw new ValidationError([{ field: 'url', message }]);
  };
  if (parsed.protocol !== 'https:' && !(parsed.protocol === 'http:' && settings.allowHttp)) {
    fail('must be an https:// URL');
  }
  if (parsed.username || parsed.password) fail('must not carry credentials');
  const host = parsed.hostname.replace(/^\[|\]$/g, '');
  if (
    !settings.allowPrivateHosts &&
    (host === 'localhost' || host.endsWith('.localhost') || isPrivateIp(host))
  ) {
    fail('must not point at a loopback, link-local or private address');
  }
}

function isPrivateIp(host: string): boolean {
  const version = isIP(host);
  if (version === 4) {
    const [a = 0, b = 0] = host.split('.').map(Number);
    return (
      a === 10 ||
      a === 127 ||
      a === 0 ||
      (a === 172 && b >= 16 && b <= 31) ||
      (a === 192 && b === 168) ||
      (a === 169 && b === 254) ||
      (a === 100 && b >= 64 && b <= 127)
    );
  }
  if (version === 6) {
    const h = host.toLowerCase();
    return (
      h === '::1' ||
      h === '::' ||
      h.startsWith('fc') ||
      h.startsWith('fd') ||
      h.startsWith('fe80') ||
      h.startsWith('::ffff:')
    );
  }
  return false;
}

/**
 * Subscribe: an employer to new matches of one of its own vacancies; an employment service to
 * new bottleneck vacancies its candidates fit. Check the caller and the receiver → store →
 * return the subscription with its signing secret (the only time it is shown).
 */
export async function createSubscription(
  deps: WebhookDeps & { readonly vacancies: VacancyStore },
  caller: Caller,
  input: SubscriptionInput,
): Promise<{ subscription: SubscriptionView; secret: string }> {
  requireRole(caller, 'employer', 'pes');
  if (input.kind === 'vacancy-matches') {
    if (caller.role !== 'employer') throw new ForbiddenError('Match subscriptions are for employers.');
    if (!ownedVacancy(caller.org, await deps.vacancies.get(caller.org, input.vacancyId))) {
      throw new NotFoundError(`Vacancy ${input.vacancyId} not found.`);
    }
  } else if (caller.role !== 'pes') {
    throw new ForbiddenError('Bottleneck-vacancy subscriptions are for employment services.');
  }
  checkReceiverUrl(input.url, deps.webhookSettings);
  const secret = newWebhookSecret();
  const subscription: WebhookSubscription = {
    id: deps.ids.next('whs'),
    ownerRole: caller.role,
    ownerOrg: caller.org,
    kind: input.kind,
    url: input.url,
    secret,
    ...(input.kind === 'vacancy-matches' ? { vacancyId: input.vacancyId } : {}),
    minScore: input.minScore,
    createdAt: deps.clock.now().toISOString(),
  };
  await deps.webhooks.createSubscription(subscription);
  return { subscription: viewOf(subscription), secret };
}

/** Webhooks belong to a role and an organisation together (requireRole has narrowed the role). */
const ownerOf = (caller: Caller): WebhookOwner => ({
  role: caller.role as WebhookOwner['role'],
  org: caller.org,
});

export async function listSubscriptions(deps: WebhookDeps, caller: Caller): Promise<SubscriptionView[]> {
  requireRole(caller, 'employer', 'pes');
  return (await deps.webhooks.listSubscriptions(ownerOf(caller))).map(viewOf);
}

export async function deleteSubscription(deps: WebhookDeps, caller: Caller, id: string): Promise<void> {
  requireRole(caller, 'employer', 'pes');
  if (!(await deps.webhooks.deleteSubscription(ownerOf(caller), id))) {
    throw new NotFoundError(`Subscription ${id} not found.`);
  }
}

export async function listDeliveries(
  deps: WebhookDeps,
  caller: Caller,
  limit: number,
): Promise<WebhookDelivery[]> {
  requireRole(caller, 'employer', 'pes');
  return deps.webhooks.listDeliveries(ownerOf(caller), limit);
}

export async function getDelivery(deps: WebhookDeps, caller: Caller, id: string): Promise<WebhookDelivery> {
  requireRole(caller, 'employer', 'pes');
  const delivery = await deps.webhooks.getDelivery(id);
  const owner = ownerOf(caller);
  if (!delivery || delivery.ownerOrg !== owner.org || delivery.ownerRole !== owner.role) {
    throw new NotFoundError(`Delivery ${id} not found.`);
  }
  return delivery;
}

/** Queues a delivery again now (delivered, failed or pending alike): the same body, freshly signed. */
export async function replayDelivery(
  deps: WebhookDeps,
  caller: Caller,
  id: string,
): Promise<WebhookDelivery> {
  await getDelivery(deps, caller, id);
  const replayed = await deps.webhooks.replay(id, deps.clock.now());
  if (!replayed) throw new NotFoundError(`Delivery ${id} not found.`);
  return replayed;
}
