/**
 * The retention sweep, once: erases every candidate profile whose PES's retention period has run
 * out, exactly as an erasure request would (store tombstone, index removal, audit tombstone with
 * reason `retention-expired`). The same use case runs in the local server on an interval and in
 * the scheduled Lambda (`functions/retention/handler.ts`).
 *
 *   DYNAMODB_ENDPOINT=http://127.0.0.1:8000 TABLE_NAME=concentric tsx scripts/expire-candidates.ts
 *
 * Configuration as for the Lambdas (shared/config.ts): TABLE_NAME, AWS_REGION, DYNAMODB_ENDPOINT,
 * and OPENSEARCH_URL or OPENSEARCH_ENDPOINT to remove documents from the index at once.
 */
import { retentionDeps } from '../shared/composition/aws-retention.js';
import { expireCandidates } from '../shared/use-cases/erasure-use-cases.js';

try {
  const result = await expireCandidates(retentionDeps());
  console.log(
    `expired ${result.expired} candidate profile(s); kept ${result.kept} changed since they were due`,
  );
} catch (error) {
  console.error(`retention sweep failed: ${error instanceof Error ? error.message : String(error)}`);
  process.exitCode = 1;
}
