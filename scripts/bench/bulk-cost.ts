/**
 * What one bulk upload costs the API process, independent of how fast the machine answers: its
 * CPU per row and its DynamoDB calls per 100 rows (counted in the SDK client), for an NDJSON
 * upload through the app (in-process requests, the embedded search engine) to dynalite in a
 * process of its own; then single upserts per second through the app (16 in flight). Run it in
 * two checkouts to compare (it needs nothing newer than the baseline's files with dynalite).
 *
 *   npx tsx scripts/bench/bulk-cost.ts [--rows 2000] [--singles 400] [--engine dynalite|dynoxide] [--stream]
 *
 * `--stream` (dynoxide): the table has its stream, and the index is fed by reading it
 * (scripts/local/table-stream.ts into the indexer Lambda's code) instead of the in-process hand-off.
 */
import '@hono/zod-openapi';
import { loadavg } from 'node:os';
import { parseArgs } from 'node:util';
import { createTable } from '../../shared/adapters/dynamodb/table.js';
import { generateCandidates } from '../../shared/demo/candidate-generator.js';
import { connectDynamo, spawnDynalite } from '../local/dynalite-connect.js';
import { buildLocalApp } from '../local/local-app.js';
import { machineLine } from './machine.js';

const { values } = parseArgs({
  options: {
    rows: { type: 'string', default: '2000' },
    singles: { type: 'string', default: '400' },
    engine: { type: 'string', default: 'dynalite' },
    stream: { type: 'boolean', default: false },
  },
});
const ROWS = Number(values.rows);
const SINGLES = Number(values.singles);
const load = () =>
  loadavg()
    .map((l) => l.toFixed(1))
    .join(' ');

// Imported only when asked for: the baseline checkout has no dynoxide module.
const dynoxide = values.engine === 'dynoxide' ? await import('../local/dynoxide.js') : undefined;
const binary = dynoxide?.dynoxideBinary();
if (dynoxide && !binary) throw new Error('no dynoxide binary on this platform');
const server = dynoxide && binary ? await dynoxide.spawnDynoxide(binary) : await spawnDynalite('concentric');
const dynamo = connectDynamo(
  server.endpoint,
  'concentric',
  values.engine === 'dynoxide' ? 'dynoxide' : 'dynalite',
  values.stream,
);
if (values.engine === 'dynoxide') await createTable(dynamo.client, 'concentric', { stream: values.stream });
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
console.log(
  `rows ${ROWS}, engine ${values.engine}${values.stream ? ' (its stream read)' : ''}; load at start ${load()}`,
);
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

const { externalId: _id, ...single } = JSON.parse(payload.slice(0, payload.indexOf('\n'))) as Record<
  string,
  unknown
>;
const singleBody = (i: number) => JSON.stringify({ ...single, summary: `single upsert ${i}` });
let next = 0;
calls.clear();
const singleCpu0 = process.cpuUsage();
const s0 = performance.now();
const statuses = new Map<number, number>();
await Promise.all(
  Array.from({ length: 16 }, async () => {
    for (let i = next++; i < SINGLES; i = next++) {
      const r = await app.request(`/v1/candidates/by-external-id/single-${i}`, {
        method: 'PUT',
        headers: { 'x-caller-role': 'pes', 'x-caller-org': 'VDAB', 'content-type': 'application/json' },
        body: singleBody(i),
      });
      statuses.set(r.status, (statuses.get(r.status) ?? 0) + 1);
      await r.arrayBuffer();
    }
  }),
);
const singleMs = performance.now() - s0;
const singleCpu = process.cpuUsage(singleCpu0);
const singleCalls = [...calls.values()].reduce((a, b) => a + b, 0);
console.log(
  `single upserts ${SINGLES} (16 in flight): ${((SINGLES / singleMs) * 1000).toFixed(0)}/s, statuses ${[...statuses].map(([k, v]) => `${k}×${v}`).join(' ')} (load ${load()})`,
);
console.log(
  `  API process CPU ${((singleCpu.user + singleCpu.system) / 1000 / SINGLES).toFixed(3)} ms per upsert; DynamoDB calls ${singleCalls}: ${(singleCalls / SINGLES).toFixed(2)} per upsert (${[...calls].map(([k, v]) => `${k} ${v}`).join(', ')})`,
);
dynamo.client.destroy();
await server.stop();
