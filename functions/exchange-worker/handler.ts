import { worker } from '../../shared/composition/aws-exchange-worker.js';

/** Scheduled (every minute): sequence the change feed, notify, dispatch webhooks, run imports. */
export const handler = async () => worker.runOnce();
