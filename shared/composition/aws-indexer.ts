import { createOpenSearchClient } from '../adapters/opensearch/client.js';
import { ensureIndexOnFirstWrite } from '../adapters/opensearch/ensure-on-first-write.js';
import { OpenSearchCandidateSearch } from '../adapters/opensearch/opensearch-candidate-search.js';
import { tracerSubsegments } from '../adapters/telemetry/tracing.js';
import { readConfig } from '../config.js';
import type { CandidateSearch } from '../ports/candidate-search.js';
import { lambdaTelemetry } from './lambda-telemetry.js';

/**
 * The composition root of the indexer Lambda: config read and the client built once per cold
 * start, at module level, and reused by every invocation. The indexer always writes to
 * OpenSearch, whatever SEARCH_ENGINE says, so it needs OPENSEARCH_ENDPOINT (AWS, signed) or
 * OPENSEARCH_URL (a local node).
 */
const config = readConfig();

/** Logs and traces (Powertools); every OpenSearch call is a subsegment. */
export const observed = lambdaTelemetry(process.env.POWERTOOLS_SERVICE_NAME ?? 'concentric-indexer');

const client = createOpenSearchClient({
  url: config.OPENSEARCH_URL,
  endpoint: config.OPENSEARCH_ENDPOINT,
  region: config.AWS_REGION,
  subsegments: tracerSubsegments(observed.tracer),
});

/**
 * Writes through the alias. On a fresh domain the first batch creates the index and the alias
 * (race-safe across concurrent cold starts); until then `require_alias` keeps a write from
 * auto-creating a concrete index with a guessed mapping.
 */
export const search: CandidateSearch = ensureIndexOnFirstWrite(
  new OpenSearchCandidateSearch(client, config.CANDIDATE_INDEX_ALIAS),
  client,
  config.CANDIDATE_INDEX_ALIAS,
);
