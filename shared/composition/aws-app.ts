import { DynamoIdempotencyStore } from '../adapters/dynamodb/dynamo-idempotency-store.js';
import { OpenSearchInsightEngine } from '../adapters/opensearch/opensearch-insight-engine.js';
import { type AppDeps, createApp } from '../app/create-app.js';
import { readConfig } from '../config.js';
import { rulesVacancyPolicy } from '../use-cases/rules-policy.js';
import { awsDocumentClient, awsMatchingPorts, awsSearchClient } from './aws-clients.js';
import { awsExchange } from './aws-exchange.js';
import { lambdaIdentity } from './lambda-identity.js';
import { lambdaTelemetry } from './lambda-telemetry.js';
import { loadTaxonomy } from './taxonomy-loading.js';

/**
 * The composition root of the API Lambda: config read and clients created once per cold start,
 * at module level.
 */
const config = readConfig();

/** Logs, metrics and traces (Powertools); exported for the handlers that wrap themselves in it. */
export const observed = lambdaTelemetry(process.env.POWERTOOLS_SERVICE_NAME ?? 'concentric-api');
const identity = lambdaIdentity(config);

// Every DynamoDB and OpenSearch call is a subsegment of the invocation's trace.
const db = awsDocumentClient(config, observed.tracer);
const searchClient = awsSearchClient(config, observed.tracer);
// Read before the first request is served: a configured artifact that cannot be read fails the cold start.
const taxonomy = await loadTaxonomy(config);

export const deps: AppDeps = {
  ...awsMatchingPorts(config, db, searchClient, taxonomy),
  insight: new OpenSearchInsightEngine({ client: searchClient, index: config.CANDIDATE_INDEX_ALIAS }),
  policy: rulesVacancyPolicy(),
  identity,
  exchange: awsExchange(db, config),
  telemetry: observed.telemetry,
  idempotency: new DynamoIdempotencyStore(db, config.TABLE_NAME),
};

export const app = createApp(deps);
