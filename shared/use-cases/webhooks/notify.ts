import type { Vacancy } from '../../domain/vacancy.js';
import { NotFoundError } from '../../errors.js';
import { toExchangeVacancy } from '../../exchange/exchange-format.js';
import type { ChangeFeed } from '../../ports/change-feed.js';
import type { Caller } from '../../ports/identity.js';
import type { StoredSubscription, WebhookDelivery } from '../../ports/webhook-store.js';
import { ownedVacancy } from '../access.js';
import { decodeFeedCursor, encodeFeedCursor } from '../change-feed.js';
import { sha256Hex } from '../digest.js';
import { type CandidateMatch, type MatchDeps, matchVacancy } from '../match-vacancy.js';
import type { WebhookDeps } from './subscriptions.js';

export interface NotifyDeps extends WebhookDeps, MatchDeps {
  readonly feed: ChangeFeed;
}

/** The notifier's position in the change feed. */
export const NOTIFIER = 'webhooks';
const TOP_K = 100;

/**
 * The notifier: a change-feed consumer that turns changes into deliveries in the outbox.
 * - a new or changed open bottleneck vacancy → each employment service subscribed gets one
 *   `vacancy.bottleneck` delivery if at least one of its own candidates matches it at its score;
 * - employers' match subscriptions are re-ranked every round (not only when a candidate changed:
 *   the index may lag the table a little, and a match found one round late is still found), and
 *   each candidate crossing the score is delivered once as `match.created`.
 * Deliveries are keyed by (subscription, event), so a round repeated after a crash enqueues
 * nothing twice; the cursor moves only after the round's deliveries are in the outbox.
 */
export async function notifyFromFeed(
  deps: NotifyDeps,
  known: KnownDeliveries = new KnownDeliveries(),
): Promise<{ enqueued: number; changes: number }> {
  const cursor = await deps.webhooks.getCursor(NOTIFIER);
  const page = await deps.feed.read({
    after: decodeFeedCursor(cursor),
    limit: 2_000,
    maxScan: 5_000,
    visible: (entry) => entry.type === 'vacancy',
    withCurrent: true,
  });
  let enqueued = 0;
  const vacancies = page.entries
    .map((e) => e.current as Vacancy | undefined)
    .filter((v): v is Vacancy => v !== undefined && v.status === 'open' && v.bottleneck);
  if (vacancies.length > 0) {
    const subscriptions = await deps.webhooks.subscriptionsOfKind('bottleneck-vacancies');
    for (const vacancy of vacancies) {
      for (const subscription of subscriptions)
        enqueued += await notifyBottleneckVacancy(deps, known, subscription, vacancy);
    }
  }
  for (const subscription of await deps.webhooks.subscriptionsOfKind('vacancy-matches')) {
    enqueued += await notifyNewMatches(deps, known, subscription);
  }
  await deps.webhooks.setCursor(NOTIFIER, encodeFeedCursor(page.next));
  return { enqueued, changes: page.entries.length };
}

function ownerOf(subscription: StoredSubscription): Caller {
  return {
    role: subscription.ownerRole,
    org: subscription.ownerOrg,
    subject: `webhook:${subscription.id}`,
    scopes: [],
  };
}

async function matchesAbove(deps: NotifyDeps, caller: Caller, vacancyId: string, minScore: number) {
  try {
    const result = await matchVacancy(deps, caller, vacancyId, {
      mode: 'parallel',
      topK: TOP_K,
      locale: 'en',
      wanted: TOP_K,
    });
    return result.rings.flatMap((r) => r.matches).filter((m) => m.score >= minScore);
  } catch (error) {
    // The vacancy is gone or no longer open to this subscriber: nothing to say.
    if (error instanceof NotFoundError) return [];
    throw error;
  }
}

async function notifyNewMatches(
  deps: NotifyDeps,
  known: KnownDeliveries,
  subscription: StoredSubscription,
): Promise<number> {
  if (!subscription.vacancyId) return 0;
  const vacancy = ownedVacancy(
    subscription.ownerOrg,
    await deps.vacancies.get(subscription.ownerOrg, subscription.vacancyId),
  );
  if (vacancy?.status !== 'open') return 0;
  let enqueued = 0;
  for (const match of await matchesAbove(deps, ownerOf(subscription), vacancy.id, subscription.minScore)) {
    const added = await enqueue(deps, known, subscription, `match:${match.candidateId}`, 'match.created', {
      vacancyId: vacancy.id,
      candidate: matchSummary(match),
    });
    if (added) enqueued++;
  }
  return enqueued;
}

async function notifyBottleneckVacancy(
  deps: NotifyDeps,
  known: KnownDeliveries,
  subscription: StoredSubscription,
  vacancy: Vacancy,
): Promise<number> {
  const matches = await matchesAbove(deps, ownerOf(subscription), vacancy.id, subscription.minScore);
  if (matches.length === 0) return 0;
  const added = await enqueue(deps, known, subscription, `vacancy:${vacancy.id}`, 'vacancy.bottleneck', {
    vacancy: toExchangeVacancy(vacancy),
    matchingCandidates: matches.map(matchSummary),
  });
  return added ? 1 : 0;
}

/** Pseudonymous facts only, as in the match list: no name, contact or free text. */
function matchSummary(match: CandidateMatch) {
  return {
    candidateId: match.candidateId,
    ring: match.ring,
    country: match.country,
    pes: match.pes,
    score: match.score,
  };
}

async function enqueue(
  deps: NotifyDeps,
  known: KnownDeliveries,
  subscription: StoredSubscription,
  eventKey: string,
  event: string,
  data: unknown,
): Promise<boolean> {
  const id = `whd_${sha256Hex(`${subscription.id}\u0000${eventKey}`).slice(0, 24)}`;
  if (known.has(id)) return false;
  const now = deps.clock.now().toISOString();
  const delivery: WebhookDelivery = {
    id,
    subscriptionId: subscription.id,
    ownerRole: subscription.ownerRole,
    ownerOrg: subscription.ownerOrg,
    event,
    body: JSON.stringify({ id, event, createdAt: now, subscriptionId: subscription.id, data }),
    status: 'pending',
    attempts: 0,
    nextAttemptAt: now,
    createdAt: now,
    replays: 0,
    history: [],
  };
  const added = await deps.webhooks.enqueue(delivery);
  known.add(id);
  return added;
}

/**
 * Deliveries this process knows are in the outbox, so a subscription re-ranked every round does
 * not write its old matches again (the outbox's conditional put would refuse them anyway).
 */
export class KnownDeliveries {
  private readonly ids = new Set<string>();

  constructor(private readonly max = 100_000) {}

  has(id: string): boolean {
    return this.ids.has(id);
  }

  add(id: string): void {
    if (this.ids.size >= this.max) this.ids.clear();
    this.ids.add(id);
  }
}
