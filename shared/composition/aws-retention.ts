import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { DynamoAuditLog } from '../adapters/dynamodb/dynamo-audit-log.js';
import { DynamoCandidateStore } from '../adapters/dynamodb/dynamo-candidate-store.js';
import { documentClient } from '../adapters/dynamodb/table.js';
import { createOpenSearchClient } from '../adapters/opensearch/client.js';
import { OpenSearchCandidateSearch } from '../adapters/opensearch/opensearch-candidate-search.js';
import { readConfig } from '../config.js';
import { systemClock } from '../ports/clock.js';
import type { ErasureDeps } from '../use-cases/erasure-use-cases.js';

/**
 * The composition root of the retention sweep (a scheduled Lambda, or `scripts/expire-candidates.ts`
 * against any table). The table stream removes expired profiles from the index; when an
 * OpenSearch endpoint is configured the sweep also removes them at once.
 */
export function retentionDeps(env: Record<string, string | undefined> = process.env): ErasureDeps {
  const config = readConfig(env);
  const db = documentClient(
    new DynamoDBClient({
      region: config.AWS_REGION,
      ...(config.DYNAMODB_ENDPOINT ? { endpoint: config.DYNAMODB_ENDPOINT } : {}),
    }),
  );
  const searchConfigured = config.OPENSEARCH_URL !== undefined || config.OPENSEARCH_ENDPOINT !== undefined;
  return {
    candidates: new DynamoCandidateStore(db, config.TABLE_NAME, { clock: systemClock }),
    audit: new DynamoAuditLog(db, config.TABLE_NAME),
    clock: systemClock,
    search: searchConfigured
      ? new OpenSearchCandidateSearch(
          createOpenSearchClient({
            url: config.OPENSEARCH_URL,
            endpoint: config.OPENSEARCH_ENDPOINT,
            region: config.AWS_REGION,
          }),
          config.CANDIDATE_INDEX_ALIAS,
        )
      : undefined,
  };
}
