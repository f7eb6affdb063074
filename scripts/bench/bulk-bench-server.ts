/**
 * The API server the bulk benchmark measures, in a process of its own so that its peak RSS is its
 * own: the local composition on an external dynalite and an OpenSearch node, served over HTTP,
 * with the exchange worker running every second. Prints `listening <port>` when ready.
 *
 *   npx tsx scripts/bench/bulk-bench-server.ts --dynamo <endpoint> [--engine dynalite|dynoxide] --opensearch <url> --alias <alias> --blobs <dir>
 */
// The zod OpenAPI extension first: schemas built before it never get `.openapi()`.
import '@hono/zod-openapi';
import { parseArgs } from 'node:util';
import { serve } from '@hono/node-server';
import { createOpenSearchClient } from '../../shared/adapters/opensearch/client.js';
import { OpenSearchCandidateSearch } from '../../shared/adapters/opensearch/opensearch-candidate-search.js';
import { runEvery } from '../../shared/use-cases/exchange-worker.js';
import { connectDynamo } from '../local/dynalite-connect.js';
import { buildLocalApp } from '../local/local-app.js';

const { values } = parseArgs({
  options: {
    dynamo: { type: 'string' },
    engine: { type: 'string', default: 'dynalite' },
    opensearch: { type: 'string' },
    alias: { type: 'string', default: 'candidates' },
    blobs: { type: 'string' },
  },
});
if (!values.dynamo || !values.opensearch) throw new Error('--dynamo and --opensearch are required');
const client = createOpenSearchClient({ url: values.opensearch, region: 'local', requestTimeoutMs: 60_000 });
const { app, worker } = await buildLocalApp({
  dynamo: connectDynamo(values.dynamo, 'concentric', values.engine === 'dynoxide' ? 'dynoxide' : 'dynalite'),
  search: new OpenSearchCandidateSearch(client, values.alias),
  rateLimit: false,
  exchange: { blobDir: values.blobs },
});
const stop = runEvery(worker, 1000);
const server = serve({ fetch: app.fetch, port: 0, hostname: '127.0.0.1' }, (info) => {
  console.log(`listening ${info.port}`);
});
process.on('SIGTERM', () => {
  void stop().then(() => server.close(() => process.exit(0)));
});
