import { deps, observed, worker } from '../../shared/composition/aws-exchange-worker.js';
import { observedHandler } from '../../shared/composition/lambda-telemetry.js';

/** Scheduled (every minute): sequence the change feed, notify, dispatch webhooks, run imports. */
export const handler = observedHandler(observed, async () => {
  const round = await worker.runOnce();
  deps.telemetry?.log.info('exchange round', { ...round });
  return round;
});
