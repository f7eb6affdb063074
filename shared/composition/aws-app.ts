import { HeaderIdentityProvider } from '../adapters/identity/header-identity.js';
import { JwtIdentityProvider } from '../adapters/identity/jwt-identity.js';
import { OpenSearchInsightEngine } from '../adapters/opensearch/opensearch-insight-engine.js';
import { type AppDeps, createApp } from '../app/create-app.js';
import { readConfig } from '../config.js';
import type { IdentityProvider } from '../ports/identity.js';
import { rulesVacancyPolicy } from '../use-cases/rules-policy.js';
import { awsDocumentClient, awsMatchingPorts, awsSearchClient } from './aws-clients.js';
import { awsExchange } from './aws-exchange.js';
import { loadTaxonomy } from './taxonomy-loading.js';

/**
 * The composition root of the API Lambda: config read and clients created once per cold start,
 * at module level.
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

const db = awsDocumentClient(config);
const searchClient = awsSearchClient(config);
// Read before the first request is served: a configured artifact that cannot be read fails the cold start.
const taxonomy = await loadTaxonomy(config);

export const deps: AppDeps = {
  ...awsMatchingPorts(config, db, searchClient, taxonomy),
  insight: new OpenSearchInsightEngine({ client: searchClient, index: config.CANDIDATE_INDEX_ALIAS }),
  policy: rulesVacancyPolicy(),
  identity: identity(),
  exchange: awsExchange(db, config.TABLE_NAME),
};

export const app = createApp(deps);
