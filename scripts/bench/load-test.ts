/**
 * Load test of the local server over HTTP on 127.0.0.1 (autocannon), bounded in time:
 *
 *   npx tsx scripts/bench/load-test.ts [--duration 30] [--connections 50] [--port 3190]
 *        [--dynalite worker|in-process]
 *
 * Starts the demo server in a child process (dynalite, embedded engine, 2,400 demo candidates,
 * 29 vacancies; rate limit off: one load generator is one client, see demo-server.ts), with
 * dynalite in a worker thread of the server (default, as `npm start` runs it) or on the server's
 * own event loop (`--dynalite in-process`), then:
 * 1. a mix, side by side: profile reads, match queries and upserts of new candidates;
 * 2. profile reads alone at --connections (target: 0 errors, p95 ≤ 100 ms);
 * 3. the baselines at the same concurrency: GET /health (the HTTP stack and middleware-free
 *    routing), and the same GetItem sent straight to the server's dynalite (the database alone),
 *    with the ratios of 2 to each.
 * Prints the machine, the commit, its load average before and after (other work on the machine
 * shows in every figure), a table per run, and the CPU time the server's processes spent per
 * response in each run (Linux /proc; steadier than latency on a busy machine). Exits 1 when
 * run 2 misses its target.
 */
import { execFileSync } from 'node:child_process';
import os from 'node:os';
import { parseArgs } from 'node:util';
import { spawnDemoServer } from '../local/spawn-demo-server.js';
import {
  demoVacancies,
  dynaliteGetRequests,
  healthRequests,
  matchRequests,
  readRequests,
  upsertRequests,
} from './load-requests.js';
import {
  cpuBetween,
  formatStats,
  type KindLoad,
  type KindStats,
  processTreeCpu,
  runLoads,
} from './load-run.js';
import { machineLine } from './machine.js';

const { values } = parseArgs({
  options: {
    duration: { type: 'string', default: '30' },
    connections: { type: 'string', default: '50' },
    port: { type: 'string', default: '3190' },
    warmup: { type: 'string', default: '5' },
    dynalite: { type: 'string', default: 'worker' },
  },
});
if (values.dynalite !== 'worker' && values.dynalite !== 'in-process') {
  console.error(`--dynalite must be 'worker' or 'in-process', not '${values.dynalite}'.`);
  process.exit(2);
}
const dynaliteMode = values.dynalite;
const seconds = Number(values.duration);
const connections = Number(values.connections);
const warmup = Number(values.warmup);
const port = Number(values.port);

const load = () =>
  os
    .loadavg()
    .map((l) => l.toFixed(2))
    .join(' ');
console.log(machineLine());
console.log(`commit: ${commit()}`);
console.log(`load average (1, 5, 15 min) at start: ${load()}`);

const server = await spawnDemoServer({ port, rateLimit: 'off', dynalite: dynaliteMode });
const { url, employers } = server.summary;
console.log(
  `server ${url}: ${server.summary.candidates} candidates, ${server.summary.vacancies} vacancies loaded in ${(server.summary.readyMs / 1000).toFixed(1)} s; dynalite: ${server.summary.dynamo.mode}`,
);

/** The server's CPU time per response, ms, by run. */
const cpuPerResponse = new Map<string, number>();

/**
 * Runs the loads side by side and prints the CPU time of the run: the server's per response
 * (all its threads), its main thread's and other threads' share of a core, and the load
 * generator's (this process). Cores short of what the threads could use went to other work.
 */
async function measured(
  run: string,
  target: string,
  loads: KindLoad[],
  duration: number,
): Promise<KindStats[]> {
  const before = processTreeCpu(server.pid);
  const ownBefore = process.cpuUsage();
  const stats = await runLoads(target, loads, duration);
  const own = process.cpuUsage(ownBefore);
  const after = processTreeCpu(server.pid);
  const responses = stats.reduce((n, r) => n + r.responses, 0);
  const cores = (ms: number) => (ms / 1000 / duration).toFixed(2);
  if (before && after && responses > 0) {
    const cpu = cpuBetween(before, after);
    cpuPerResponse.set(run, cpu.totalMs / responses);
    console.log(
      `   server CPU: ${(cpu.totalMs / responses).toFixed(2)} ms per response; cores: main thread ${cores(cpu.mainThreadMs)}, other threads ${cores(cpu.otherThreadsMs)}; load generator ${cores((own.user + own.system) / 1000)}`,
    );
  }
  return stats;
}

let readOnly: KindStats | undefined;
let health: KindStats | undefined;
let floor: KindStats | undefined;
try {
  const vacancies = await demoVacancies(url, employers);
  // The mix: reads dominate, as they would for PES integrations polling their profiles; a few
  // connections match (each match ranks four rings) and a few upload.
  const mix = () => [
    { kind: 'profile read', connections: Math.round(connections * 0.6), requests: readRequests() },
    {
      kind: 'match',
      connections: Math.max(1, Math.round(connections * 0.1)),
      requests: matchRequests(vacancies),
    },
    {
      kind: 'upsert',
      connections: Math.max(1, Math.round(connections * 0.3)),
      requests: upsertRequests({ seed: Date.now() % 100_000, pool: 500 }),
    },
  ];

  if (warmup > 0) {
    console.log(`\nwarm-up: the mix for ${warmup} s (not reported)`);
    await runLoads(url, mix(), warmup);
  }

  console.log(`\n1. mix for ${seconds} s (side by side)`);
  const mixed = await measured('mix', url, mix(), seconds);
  console.log(formatStats(mixed));
  const total = mixed.reduce((n, r) => n + r.perSecond, 0);
  console.log(`   all kinds together: ${total.toFixed(0)} req/s`);

  console.log(`\n2. profile reads alone, ${connections} connections, ${seconds} s`);
  [readOnly] = await measured(
    'profile reads',
    url,
    [{ kind: 'profile read', connections, requests: readRequests() }],
    seconds,
  );

  console.log(`\n3. baseline: GET /health alone, ${connections} connections, ${seconds} s`);
  [health] = await measured(
    'health',
    url,
    [{ kind: 'health', connections, requests: healthRequests() }],
    seconds,
  );

  console.log(`\n4. floor: dynalite GetItem alone, ${connections} connections, ${seconds} s`);
  const { endpoint, tableName } = server.summary.dynamo;
  [floor] = await measured(
    'dynalite GetItem',
    endpoint,
    [{ kind: 'dynalite GetItem', connections, requests: dynaliteGetRequests(tableName) }],
    seconds,
  );
  if (readOnly && health && floor) console.log(formatStats([readOnly, health, floor]));
} finally {
  await server.stop();
}

console.log(`\nload average (1, 5, 15 min) at end: ${load()}`);
if (cpuPerResponse.size > 0) {
  const cpu = [...cpuPerResponse].map(([run, ms]) => `${run} ${ms.toFixed(2)}`).join(', ');
  console.log(`server CPU ms per response: ${cpu}`);
}
if (!readOnly || !health || !floor) process.exit(1);
for (const base of [health, floor]) {
  console.log(
    `profile read vs ${base.kind}: ${(readOnly.perSecond / base.perSecond).toFixed(2)}× the throughput, ${(readOnly.p95 / base.p95).toFixed(2)}× the p95`,
  );
}
const met = readOnly.errors === 0 && readOnly.p95 <= 100;
console.log(
  `target (profile reads at ${connections} connections: 0 errors, p95 ≤ 100 ms): ${met ? 'met' : 'MISSED'} (${readOnly.errors} errors, p95 ${readOnly.p95.toFixed(1)} ms)`,
);
process.exit(met ? 0 : 1);

function commit(): string {
  try {
    const head = execFileSync('git', ['rev-parse', '--short', 'HEAD'], { encoding: 'utf8' }).trim();
    const dirty = execFileSync('git', ['status', '--porcelain', '--untracked-files=no'], {
      encoding: 'utf8',
    }).trim();
    return dirty ? `${head} (work tree has uncommitted changes)` : head;
  } catch {
    return 'unknown';
  }
}
