/**
 * What one bulk upload costs the API process, independent of how fast the machine answers: its
 * CPU per row and its DynamoDB calls per 100 rows (counted in the SDK client), for an NDJSON
 * upload through the app (in-process requests, the embedded search engine) to dynalite in a
 * process of its own. Run it in two checkouts to compare.
 *
 *   npx tsx scripts/bench/bulk-cost.ts [--rows 2000] [--engine dynalite|dynoxide]
 */
import '@hono/zod-openapi';
import { loadavg } from 'node:os';
import { parseArgs } from 'node:util';
import { createTable } from '../../shared/adapters/dynamodb/table.js';
import { generateCandidates } from '../../shared/demo/candidate-generator.js';
import { connectDynamo, spawnDynalite } from '../local/dynalite-connect.js';
import { dynoxideBinary, spawnDynoxide } from '../local/dynoxide.js';
import { buildLocalApp } from '../local/local-app.js';
import { machineLine } from './machine.js';

const { values } = parseArgs({
  options: { rows: { type: 'string', default: '2000' }, engine: { type: 'string', default: 'dynalite' } },
});
const ROWS = Number(values.rows);
const load = () =>
  loadavg()
    .map((l) => l.toFixed(1))
    .join(' ');

const binary = dynoxideBinary();
if (values.engine === 'dynoxide' && !binary) throw new Error('no dynoxide binary on this platform');
const server =
  values.engine === 'dynoxide' && binary ? await spawnDynoxide(binary) : await spawnDynalite('concentric');
const dynamo = connectDynamo(
  server.endpoint,
  'concentric',
  values.engine === 'dynoxide' ? 'dynoxide' : 'dynalite',
);
if (values.engine === 'dynoxide') await createTable(dynamo.client, 'concentric');
const calls = new Map<string, number>();
dynamo.client.middlewareStack.add(
  (next, context) => async (args) => {
    const name = context.commandName ?? '?';
    calls.set(name, (calls.get(name) ?? 0) + 1);
    return next(args);
  },
  { step: 'initialize', name: 'countCalls' },
);
const { app, stream } = await buildLocalApp({ dynamo, rateLimit: false });
const body = (seed: number) =>
  `${[...generateCandidates({ seed, count: ROWS })]
    .map((c) => JSON.stringify({ externalId: `${seed}-${c.externalId}`, ...c.input }))
    .join('\n')}\n`;
const upload = (payload: string) =>
  app.request('/v1/candidates/bulk', {
    method: 'POST',
    headers: { 'x-caller-role': 'pes', 'x-caller-org': 'VDAB', 'content-type': 'application/x-ndjson' },
    body: payload,
  });

console.log(machineLine());
console.log(`rows ${ROWS}, engine ${values.engine}; load at start ${load()}`);
await upload(body(1)); // warm-up
const payload = body(2);
calls.clear();
const cpu0 = process.cpuUsage();
const t0 = performance.now();
const res = await upload(payload);
const totals = ((await res.json()) as { totals: { accepted: number } }).totals;
await stream.drain();
const wallMs = performance.now() - t0;
const cpu = process.cpuUsage(cpu0);
const cpuMs = (cpu.user + cpu.system) / 1000;
const total = [...calls.values()].reduce((a, b) => a + b, 0);
console.log(`status ${res.status}, accepted ${totals.accepted} (load ${load()})`);
console.log(
  `wall ${(wallMs / 1000).toFixed(1)} s, ${((ROWS / wallMs) * 1000).toFixed(0)} rows/s until searchable`,
);
console.log(`API process CPU ${(cpuMs / 1000).toFixed(2)} s: ${(cpuMs / ROWS).toFixed(3)} ms per row`);
console.log(`DynamoDB calls ${total}: ${((total / ROWS) * 100).toFixed(1)} per 100 rows`);
console.log(`  ${[...calls].map(([k, v]) => `${k} ${v}`).join(', ')}`);
dynamo.client.destroy();
await server.stop();
