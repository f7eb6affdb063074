import { retentionDeps } from '../../shared/composition/aws-retention.js';
import { lambdaTelemetry, observedHandler } from '../../shared/composition/lambda-telemetry.js';
import { expireCandidates } from '../../shared/use-cases/erasure-use-cases.js';

const observed = lambdaTelemetry(process.env.POWERTOOLS_SERVICE_NAME ?? 'concentric-retention');
const deps = retentionDeps(process.env, observed.tracer);

/** Scheduled (e.g. hourly): erases candidate profiles whose retention period has run out. */
export const handler = observedHandler(observed, async () => {
  const result = await expireCandidates(deps, { batchSize: 100, maxBatches: 50 });
  observed.telemetry.log.info('retention sweep', { ...result });
  return result;
});
