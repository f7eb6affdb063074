import { readConfig } from '../config.js';
import { type ExchangeWorkerDeps, exchangeWorker } from '../use-cases/exchange-worker.js';
import { awsDocumentClient, awsMatchingPorts, awsSearchClient } from './aws-clients.js';
import { awsExchange } from './aws-exchange.js';
import { lambdaTelemetry } from './lambda-telemetry.js';
import { loadTaxonomy } from './taxonomy-loading.js';

/**
 * The composition root of the exchange-worker Lambda: the stores, the match engine (the
 * notifier re-ranks subscribed vacancies) and the exchange ports, built once per cold start.
 * No HTTP app and no identity provider: the worker serves no request.
 */
const config = readConfig();

/** Logs, metrics and traces (Powertools) of the worker's rounds. */
export const observed = lambdaTelemetry(process.env.POWERTOOLS_SERVICE_NAME ?? 'concentric-exchange-worker');

// Every DynamoDB and OpenSearch call is a subsegment of the invocation's trace.
const db = awsDocumentClient(config, observed.tracer);
const taxonomy = await loadTaxonomy(config);

export const deps: ExchangeWorkerDeps = {
  ...awsMatchingPorts(config, db, awsSearchClient(config, observed.tracer), taxonomy),
  exchange: awsExchange(db, config),
  telemetry: observed.telemetry,
};

export const worker = exchangeWorker(deps);
