import type { Tracer } from '@aws-lambda-powertools/tracer';
import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import type { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import type { Client } from '@opensearch-project/opensearch';
import { DynamoAuditLog } from '../adapters/dynamodb/dynamo-audit-log.js';
import { DynamoCandidateStore } from '../adapters/dynamodb/dynamo-candidate-store.js';
import { DynamoVacancyStore } from '../adapters/dynamodb/dynamo-vacancy-store.js';
import { documentClient } from '../adapters/dynamodb/table.js';
import { createOpenSearchClient } from '../adapters/opensearch/client.js';
import { OpenSearchCandidateSearch } from '../adapters/opensearch/opensearch-candidate-search.js';
import { OpenSearchMatchEngine } from '../adapters/opensearch/opensearch-match-engine.js';
import { OpenSearchStartCounts } from '../adapters/opensearch/opensearch-start-counts.js';
import { tracerSubsegments } from '../adapters/telemetry/tracing.js';
import type { Config } from '../config.js';
import type { CandidateStore } from '../ports/candidate-store.js';
import { systemClock } from '../ports/clock.js';
import { type IdGenerator, randomIds } from '../ports/id-generator.js';
import { defaultReferenceData } from '../rules/reference-data.js';
import type { Taxonomy } from '../taxonomy/taxonomy.js';
import type { MatchDeps } from '../use-cases/match-vacancy.js';

/**
 * The DynamoDB document client of a Lambda (a local endpoint when DYNAMODB_ENDPOINT is set); with
 * a tracer, every call is an X-Ray subsegment.
 */
export function awsDocumentClient(config: Config, tracer?: Tracer): DynamoDBDocumentClient {
  const client = new DynamoDBClient({
    region: config.AWS_REGION,
    ...(config.DYNAMODB_ENDPOINT ? { endpoint: config.DYNAMODB_ENDPOINT } : {}),
  });
  return documentClient(tracer ? tracer.captureAWSv3Client(client) : client);
}

/** The OpenSearch client of a Lambda: SigV4-signed to OPENSEARCH_ENDPOINT, or plain to OPENSEARCH_URL. */
export function awsSearchClient(config: Config, tracer?: Tracer): Client {
  return createOpenSearchClient({
    url: config.OPENSEARCH_URL,
    endpoint: config.OPENSEARCH_ENDPOINT,
    region: config.AWS_REGION,
    ...(tracer ? { subsegments: tracerSubsegments(tracer) } : {}),
  });
}

/** What matching a vacancy reads, plus the candidate store and ids: shared by the API and the exchange worker. */
export interface AwsMatchingPorts extends MatchDeps {
  readonly candidates: CandidateStore;
  readonly ids: IdGenerator;
}

/**
 * The stores and engines on DynamoDB and OpenSearch. In AWS the table stream feeds the indexer,
 * so the stores publish nothing themselves.
 */
export function awsMatchingPorts(
  config: Config,
  db: DynamoDBDocumentClient,
  client: Client,
  taxonomy: Taxonomy,
): AwsMatchingPorts {
  const index = config.CANDIDATE_INDEX_ALIAS;
  return {
    vacancies: new DynamoVacancyStore(db, config.TABLE_NAME, { clock: systemClock }),
    candidates: new DynamoCandidateStore(db, config.TABLE_NAME, { clock: systemClock }),
    search: new OpenSearchCandidateSearch(client, index),
    matcher: new OpenSearchMatchEngine({ client, index }),
    startCounts: new OpenSearchStartCounts({ client, index }),
    referenceData: defaultReferenceData,
    taxonomy,
    audit: new DynamoAuditLog(db, config.TABLE_NAME),
    clock: systemClock,
    ids: randomIds,
  };
}
