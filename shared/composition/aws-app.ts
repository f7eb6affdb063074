import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { DynamoAuditLog } from '../adapters/dynamodb/dynamo-audit-log.js';
import { DynamoCandidateStore } from '../adapters/dynamodb/dynamo-candidate-store.js';
import { DynamoVacancyStore } from '../adapters/dynamodb/dynamo-vacancy-store.js';
import { documentClient } from '../adapters/dynamodb/table.js';
import { HeaderIdentityProvider } from '../adapters/identity/header-identity.js';
import { JwtIdentityProvider } from '../adapters/identity/jwt-identity.js';
import { createOpenSearchClient } from '../adapters/opensearch/client.js';
import { OpenSearchCandidateSearch } from '../adapters/opensearch/opensearch-candidate-search.js';
import { OpenSearchInsightEngine } from '../adapters/opensearch/opensearch-insight-engine.js';
import { OpenSearchMatchEngine } from '../adapters/opensearch/opensearch-match-engine.js';
import { type AppDeps, createApp } from '../app/create-app.js';
import { readConfig } from '../config.js';
import { systemClock } from '../ports/clock.js';
import { randomIds } from '../ports/id-generator.js';
import type { IdentityProvider } from '../ports/identity.js';
import { defaultReferenceData } from '../rules/reference-data.js';
import { Taxonomy } from '../taxonomy/taxonomy.js';
import { rulesVacancyPolicy } from '../use-cases/rules-policy.js';
import { awsExchange } from './aws-exchange.js';

/**
 * The composition root in Lambda: config read and clients created once per cold start, at
 * module level. In AWS the table stream feeds the indexer, so the store publishes nothing itself.
 */
const config = readConfig();

function identity(): IdentityProvider {
  if (config.IDENTITY === 'headers') return new HeaderIdentityProvider();
  if (!config.JWT_ISSUER || !config.JWT_AUDIENCE || !config.JWKS_URL) {
    throw new Error('Invalid configuration: IDENTITY=jwt needs JWT_ISSUER, JWT_AUDIENCE and JWKS_URL');
  }
  return new JwtIdentityProvider({
    issuer: config.JWT_ISSUER,
    audience: config.JWT_AUDIENCE,
    keys: new URL(config.JWKS_URL),
  });
}

const db = documentClient(
  new DynamoDBClient({
    region: config.AWS_REGION,
    ...(config.DYNAMODB_ENDPOINT ? { endpoint: config.DYNAMODB_ENDPOINT } : {}),
  }),
);
const searchClient = createOpenSearchClient({
  url: config.OPENSEARCH_URL,
  endpoint: config.OPENSEARCH_ENDPOINT,
  region: config.AWS_REGION,
});
const search = new OpenSearchCandidateSearch(searchClient, config.CANDIDATE_INDEX_ALIAS);

/** Exported for the other Lambdas built on the same ports (the exchange worker). */
export const deps: AppDeps = {
  vacancies: new DynamoVacancyStore(db, config.TABLE_NAME, { clock: systemClock }),
  candidates: new DynamoCandidateStore(db, config.TABLE_NAME, { clock: systemClock }),
  search,
  matcher: new OpenSearchMatchEngine({ client: searchClient, index: config.CANDIDATE_INDEX_ALIAS }),
  insight: new OpenSearchInsightEngine({ client: searchClient, index: config.CANDIDATE_INDEX_ALIAS }),
  referenceData: defaultReferenceData,
  taxonomy: Taxonomy.builtIn(),
  policy: rulesVacancyPolicy(),
  identity: identity(),
  audit: new DynamoAuditLog(db, config.TABLE_NAME),
  clock: systemClock,
  ids: randomIds,
  exchange: awsExchange(db, config.TABLE_NAME),
};

export const app = createApp(deps);
