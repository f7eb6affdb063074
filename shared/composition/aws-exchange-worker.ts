import { readConfig } from '../config.js';
import { type ExchangeWorkerDeps, exchangeWorker } from '../use-cases/exchange-worker.js';
import { awsDocumentClient, awsMatchingPorts, awsSearchClient } from './aws-clients.js';
import { awsExchange } from './aws-exchange.js';
import { loadTaxonomy } from './taxonomy-loading.js';

/**
 * The composition root of the exchange-worker Lambda: the stores, the match engine (the
 * notifier re-ranks subscribed vacancies) and the exchange ports, built once per cold start.
 * No HTTP app and no identity provider: the worker serves no request.
 */
const config = readConfig();
const db = awsDocumentClient(config);
const taxonomy = await loadTaxonomy(config);

export const deps: ExchangeWorkerDeps = {
  ...awsMatchingPorts(config, db, awsSearchClient(config), taxonomy),
  exchange: awsExchange(db, config.TABLE_NAME),
};

export const worker = exchangeWorker(deps);
