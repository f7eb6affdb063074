/**
 * The API as `npm start` runs it (the local engine of local-engine.ts, the embedded search engine, the demo data,
 * header identity), for tools that drive it over HTTP: the schemathesis run and the load test.
 *
 *   PORT=3100 RATE_LIMIT=off npx tsx scripts/local/demo-server.ts
 *
 * dynalite runs in a worker thread (DYNALITE=in-process: on the API's event loop, as before).
 * Unlike `npm start` the per-client rate limit can be switched off (RATE_LIMIT=off): a fuzzer or
 * a load generator is one client sending far more than 50 requests a second, and 429s would
 * hide what the handlers do. The limit's own behaviour is covered by tests. Prints one JSON line
 * (`{"url": …, "employers": […], …}`) on stdout once it listens, and stops on SIGINT/SIGTERM.
 */
import '@hono/zod-openapi';
import { serve } from '@hono/node-server';
import { parseDynaliteMode } from './dynalite-worker.js';
import { loadDemoData } from './load-demo.js';
import { buildLocalApp } from './local-app.js';
import { parseEngineChoice, startLocalEngine } from './local-engine.js';

const port = Number(process.env.PORT ?? 3100);
if (!Number.isInteger(port) || port < 0 || port > 65535) {
  console.error(`PORT must be a port number, not '${process.env.PORT}'.`);
  process.exit(1);
}
const rateLimitOff = process.env.RATE_LIMIT === 'off';
const dynaliteIn = parseDynaliteMode(process.env.DYNALITE);
if (!dynaliteIn) {
  console.error(`DYNALITE must be 'worker' or 'in-process', not '${process.env.DYNALITE}'.`);
  process.exit(1);
}

const engine = parseEngineChoice(process.env.LOCAL_DYNAMO);
if (!engine) {
  console.error(`LOCAL_DYNAMO must be 'auto', 'dynoxide' or 'dynalite', not '${process.env.LOCAL_DYNAMO}'.`);
  process.exit(1);
}

const started = performance.now();
const dynamo = await startLocalEngine(engine, dynaliteIn);
const { app, deps, stream } = await buildLocalApp({
  dynamo,
  ...(rateLimitOff ? { rateLimit: false } : {}),
});
const demo = await loadDemoData(deps, () => stream.drain());
const server = serve({ fetch: app.fetch, port, hostname: '127.0.0.1' }, (info) => {
  const summary = {
    url: `http://127.0.0.1:${info.port}`,
    rateLimit: rateLimitOff ? 'off' : 'on',
    readyMs: Math.round(performance.now() - started),
    // For a load test's floor: the database alone, at the same concurrency as the API.
    dynamo: { endpoint: dynamo.endpoint, tableName: dynamo.tableName, mode: dynaliteIn },
    ...demo,
  };
  console.log(JSON.stringify(summary));
});

function shutdown() {
  server.close();
  void dynamo.stop().then(() => process.exit(0));
}
process.on('SIGINT', shutdown);
process.on('SIGTERM', shutdown);
