import type { Tracer } from '@aws-lambda-powertools/tracer';
import { DynamoAuditLog } from '../adapters/dynamodb/dynamo-audit-log.js';
import { DynamoCandidateStore } from '../adapters/dynamodb/dynamo-candidate-store.js';
import { OpenSearchCandidateSearch } from '../adapters/opensearch/opensearch-candidate-search.js';
import { readConfig } from '../config.js';
import { systemClock } from '../ports/clock.js';
import type { ErasureDeps } from '../use-cases/erasure-use-cases.js';
import { awsDocumentClient, awsSearchClient } from './aws-clients.js';

/**
 * The composition root of the retention sweep (a scheduled Lambda, or `scripts/expire-candidates.ts`
 * against any table). The table stream removes expired profiles from the index; when an
 * OpenSearch endpoint is configured the sweep also removes them at once. With a tracer (Lambda),
 * every DynamoDB and OpenSearch call is a trace subsegment.
 */
export function retentionDeps(
  env: Record<string, string | undefined> = process.env,
  tracer?: Tracer,
): ErasureDeps {
  const config = readConfig(env);
  const db = awsDocumentClient(config, tracer);
  const searchConfigured = config.OPENSEARCH_URL !== undefined || config.OPENSEARCH_ENDPOINT !== undefined;
  return {
    candidates: new DynamoCandidateStore(db, config.TABLE_NAME, { clock: systemClock }),
    audit: new DynamoAuditLog(db, config.TABLE_NAME),
    clock: systemClock,
    search: searchConfigured
      ? new OpenSearchCandidateSearch(awsSearchClient(config, tracer), config.CANDIDATE_INDEX_ALIAS)
      : undefined,
  };
}
