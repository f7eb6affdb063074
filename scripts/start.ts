/**
 * `npm start`: the API on embedded defaults — a local DynamoDB engine in memory (dynoxide where
 * its binary is installed, else dynalite; LOCAL_DYNAMO, scripts/local/local-engine.ts), the
 * embedded search engine — with the deterministic demo data loaded; it prints how long it took
 * to be ready. PORT sets the port (default 3000). dynalite runs in a worker thread, so it has a
 * core of its own (DYNALITE=in-process keeps it on the API's loop).
 * IDENTITY=jwt verifies bearer tokens against the development key set (NOT FOR PRODUCTION;
 * mint one with `tsx scripts/mint-token.ts`) instead of trusting the X-Caller-* headers.
 */
// First: the OpenAPI extension of zod must be installed before any schema is built (zod 4 puts
// methods on each schema instance, so schemas built earlier never get `.openapi()`).
import '@hono/zod-openapi';
import { serve } from '@hono/node-server';
import { runEvery } from '../shared/use-cases/exchange-worker.js';
import { devJwtIdentity, JWKS_PATH, withDevJwks } from './local/dev-keys/dev-keys.js';
import { parseDynaliteMode } from './local/dynalite-worker.js';
import { loadDemoData } from './local/load-demo.js';
import { buildLocalApp } from './local/local-app.js';
import { parseEngineChoice, startLocalEngine } from './local/local-engine.js';
import { startRetentionSweep } from './local/retention-sweep.js';

const port = Number(process.env.PORT ?? 3000);
if (!Number.isInteger(port) || port < 0 || port > 65535) {
  console.error(`PORT must be a port number, not '${process.env.PORT}'.`);
  process.exit(1);
}

const identityMode = process.env.IDENTITY ?? 'headers';
if (identityMode !== 'headers' && identityMode !== 'jwt') {
  console.error(`IDENTITY must be 'headers' or 'jwt', not '${identityMode}'.`);
  process.exit(1);
}

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
const { app, deps, worker, stream } = await buildLocalApp({
  dynamo,
  ...(identityMode === 'jwt' ? { identity: devJwtIdentity() } : {}),
});
const demo = await loadDemoData(deps, () => stream.drain());
// dynalite has no TTL: expired candidate profiles are swept here, as the scheduled Lambda does in AWS.
const sweepSeconds = Number(process.env.RETENTION_SWEEP_SECONDS ?? 60);
const stopSweep = startRetentionSweep(deps, Math.max(1, sweepSeconds) * 1000);
// The exchange's background work (change feed, webhook notifications and retries, import jobs),
// every second here; a scheduled Lambda in AWS (functions/exchange-worker).
const stopExchange = runEvery(worker, 1000);
const server = serve({ fetch: withDevJwks(app), port, hostname: '127.0.0.1' }, (info) => {
  const base = `http://127.0.0.1:${info.port}`;
  const employer = demo.employers[0] ?? 'emp-demo';
  const as = (role: string, org: string) =>
    identityMode === 'jwt'
      ? `-H "authorization: Bearer $(npx tsx scripts/mint-token.ts --role ${role} --org ${org})"`
      : `-H 'x-caller-role: ${role}' -H 'x-caller-org: ${org}'`;
  const identityHelp =
    identityMode === 'jwt'
      ? `Identity: JWT bearer tokens signed with the dev key (NOT FOR PRODUCTION), key set at ${base}${JWKS_PATH}.`
      : 'Local identity is two headers (X-Caller-Role, X-Caller-Org); IDENTITY=jwt npm start for bearer tokens.';
  console.log(`Concentric API on ${base}  (demo data: ${demo.vacancies} vacancies, ${demo.bottleneckVacancies} bottleneck; ${demo.candidates} candidates; ready in ${((performance.now() - started) / 1000).toFixed(1)} s on ${dynamo.engine})
  docs:     ${base}/docs
  openapi:  ${base}/openapi.json

${identityHelp} Try:
  curl -s ${base}/v1/vacancies ${as('employer', employer)}
  curl -s -X POST ${base}/v1/vacancies/${demo.sampleVacancyId}/matches ${as('employer', employer)}
  curl -s ${base}/v1/candidates?limit=5 ${as('pes', 'VDAB')}
  curl -s '${base}/v1/taxonomy/skills?q=metselen' ${as('employer', employer)}
  curl -s ${base}/v1/rules ${as('operator', 'VDAB')}
  curl -s '${base}/v1/changes?limit=5' ${as('talent-pool', 'EU-TALENT-POOL')}
  npx tsx scripts/upload-candidates.ts --url ${base} --org VDAB candidates.csv   (bulk upload, see docs/exchange.md)`);
});

function shutdown() {
  stopSweep();
  void stopExchange();
  server.close();
  void dynamo.stop().then(() => process.exit(0));
}
process.on('SIGINT', shutdown);
process.on('SIGTERM', shutdown);
