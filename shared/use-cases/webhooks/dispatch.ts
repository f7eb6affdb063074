import { mapLimit } from '../../concurrency/map-limit.js';
import { fullJitterDelayMs } from '../../concurrency/retry.js';
import { webhookHeaders } from '../../exchange/signature.js';
import type { DeliveryAttempt, WebhookDelivery } from '../../ports/webhook-store.js';
import { countDelivery } from '../business-metrics.js';
import type { WebhookDeps, WebhookSettings } from './subscriptions.js';

export interface DispatchResult {
  readonly attempted: number;
  readonly delivered: number;
  readonly retrying: number;
  readonly failed: number;
}

/**
 * When a failed delivery is tried again: the bounded retry helper's full jitter (a uniform draw
 * under base·2^(attempt−1), capped), so the deliveries of a receiver that was down spread out
 * instead of arriving together when it is back. The outbox keeps the attempts across rounds; the
 * attempt limit is `maxAttempts` (then the delivery is failed, and can be replayed).
 */
export function backoffMs(attempt: number, settings: WebhookSettings, random = Math.random): number {
  const policy = {
    maxAttempts: settings.maxAttempts,
    baseDelayMs: settings.backoffBaseMs,
    maxDelayMs: settings.backoffMaxMs,
  };
  return fullJitterDelayMs(attempt, policy, random);
}

/**
 * The dispatcher's round: every due delivery gets one attempt. Claim it (so two dispatchers never
 * send it at once) → sign the stored body with the subscription's secret and a fresh timestamp →
 * POST → record the attempt: delivered on 2xx, otherwise retried later with backoff, or failed
 * after the last attempt (replayable). Nothing is ever dropped: a delivery leaves the outbox only
 * as delivered or failed, and both stay readable.
 */
export async function dispatchDue(deps: WebhookDeps, limit = 50): Promise<DispatchResult> {
  const settings = deps.webhookSettings;
  const due = await deps.webhooks.due(deps.clock.now(), limit);
  const outcomes = await mapLimit(due, 8, async (delivery) => {
    const outcome = await attempt(deps, settings, delivery);
    if (outcome !== 'skipped') countDelivery(deps, outcome === 'pending' ? 'retrying' : outcome);
    return outcome;
  });
  const count = (s: string) => outcomes.filter((o) => o === s).length;
  return {
    attempted: outcomes.filter((o) => o !== 'skipped').length,
    delivered: count('delivered'),
    retrying: count('pending'),
    failed: count('failed'),
  };
}

async function attempt(deps: WebhookDeps, settings: WebhookSettings, due: WebhookDelivery) {
  const now = deps.clock.now();
  const delivery = await deps.webhooks.claim(due.id, settings.workerId, now, settings.claimMs);
  if (!delivery) return 'skipped';
  const subscription = await deps.webhooks.getSubscription(delivery.subscriptionId);
  const started = performance.now();
  let httpStatus: number | undefined;
  let error: string | undefined;
  if (!subscription) {
    error = 'the subscription was deleted';
  } else {
    const timestamp = Math.floor(now.getTime() / 1000);
    try {
      ({ status: httpStatus } = await deps.sender.send({
        url: subscription.url,
        headers: {
          'content-type': 'application/json',
          'user-agent': 'Concentric-Webhooks/1',
          ...webhookHeaders(subscription.secret, delivery.id, timestamp, delivery.body),
          'Concentric-Event': delivery.event,
        },
        body: delivery.body,
        timeoutMs: settings.timeoutMs,
      }));
      if (httpStatus < 200 || httpStatus > 299) error = `receiver answered ${httpStatus}`;
    } catch (failure) {
      error = (failure as Error).message || 'request failed';
    }
  }
  const record: DeliveryAttempt = {
    at: now.toISOString(),
    ...(httpStatus !== undefined ? { httpStatus } : {}),
    ...(error ? { error } : {}),
    durationMs: Math.round(performance.now() - started),
  };
  if (!error) {
    await deps.webhooks.settle(delivery.id, settings.workerId, {
      status: 'delivered',
      attempt: record,
      deliveredAt: deps.clock.now().toISOString(),
    });
    return 'delivered';
  }
  const attempts = delivery.attempts + 1;
  // A replay grants a fresh budget of attempts.
  if (!subscription || attempts >= settings.maxAttempts * (delivery.replays + 1)) {
    await deps.webhooks.settle(delivery.id, settings.workerId, { status: 'failed', attempt: record });
    return 'failed';
  }
  const next = new Date(now.getTime() + backoffMs(attempts, settings)).toISOString();
  await deps.webhooks.settle(delivery.id, settings.workerId, {
    status: 'pending',
    attempt: record,
    nextAttemptAt: next,
  });
  return 'pending';
}
