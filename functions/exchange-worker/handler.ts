import { deps } from '../../shared/composition/aws-app.js';
import { exchangeWorker } from '../../shared/use-cases/exchange-worker.js';

/** Scheduled (every minute): sequence the change feed, notify, dispatch webhooks, run imports. */
const worker = exchangeWorker(deps);

export const handler = async () => worker.runOnce();
