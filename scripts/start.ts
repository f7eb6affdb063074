/**
 * `npm start`: the API on embedded defaults — dynalite in memory, the embedded search engine —
 * with the deterministic demo data loaded. PORT sets the port (default 3000).
 */
import { serve } from '@hono/node-server';
import { startDynalite } from './local/dynalite.js';
import { loadDemoData } from './local/load-demo.js';
import { buildLocalApp } from './local/local-app.js';

const port = Number(process.env.PORT ?? 3000);
if (!Number.isInteger(port) || port < 0 || port > 65535) {
  console.error(`PORT must be a port number, not '${process.env.PORT}'.`);
  process.exit(1);
}

const started = performance.now();
const dynamo = await startDynalite();
const { app, deps } = await buildLocalApp({ dynamo });
const demo = await loadDemoData(deps);
const server = serve({ fetch: app.fetch, port, hostname: '127.0.0.1' }, (info) => {
  const base = `http://127.0.0.1:${info.port}`;
  const employer = demo.employers[0] ?? 'emp-demo';
  console.log(`Concentric API on ${base}  (demo data: ${demo.vacancies} vacancies, ${demo.bottleneckVacancies} bottleneck; ${demo.candidates} candidates; ready in ${((performance.now() - started) / 1000).toFixed(1)} s)
  docs:     ${base}/docs
  openapi:  ${base}/openapi.json

Local identity is two headers (X-Caller-Role, X-Caller-Org). Try:
  curl -s ${base}/v1/vacancies -H 'x-caller-role: employer' -H 'x-caller-org: ${employer}'
  curl -s -X POST ${base}/v1/vacancies/${demo.sampleVacancyId}/matches -H 'x-caller-role: employer' -H 'x-caller-org: ${employer}'
  curl -s ${base}/v1/candidates?limit=5 -H 'x-caller-role: pes' -H 'x-caller-org: VDAB'
  curl -s '${base}/v1/taxonomy/skills?q=metselen' -H 'x-caller-role: employer' -H 'x-caller-org: ${employer}'
  curl -s ${base}/v1/rules -H 'x-caller-role: operator' -H 'x-caller-org: VDAB'`);
});

function shutdown() {
  server.close();
  void dynamo.stop().then(() => process.exit(0));
}
process.on('SIGINT', shutdown);
process.on('SIGTERM', shutdown);
