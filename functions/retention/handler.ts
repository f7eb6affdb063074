import { retentionDeps } from '../../shared/composition/aws-retention.js';
import { expireCandidates } from '../../shared/use-cases/erasure-use-cases.js';

const deps = retentionDeps();

/** Scheduled (e.g. hourly): erases candidate profiles whose retention period has run out. */
export const handler = async () => {
  const result = await expireCandidates(deps, { batchSize: 100, maxBatches: 50 });
  console.log(JSON.stringify({ level: 'info', message: 'retention sweep', ...result }));
  return result;
};
