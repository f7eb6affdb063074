/**
 * Bulk exchange benchmark, end to end (HTTP, streamed parse, validation, conditional DynamoDB
 * writes on dynalite, indexing on a local OpenSearch node), against the baselines of the same run:
 *
 * 1. a 10,000-row NDJSON upload to POST /v1/candidates/bulk: rows/s, and dynalite's own PutItem
 *    throughput on the same records (and BatchWriteItem's, for the ceiling a non-conditional
 *    path would have) — dynalite is the ceiling on this machine, so the ratio is the figure;
 * 2. the change feed sequencing those 10,000 changes;
 * 3. a 100,000-row asynchronous import (POST /v1/candidate-imports): the API process's peak RSS
 *    (VmHWM), sampled while it runs, and its rows/s.
 *
 * An untimed warm-up upload of 3,000 rows (another PES) runs first, then the timed upload twice
 * (other rows each time), since one run on a shared 2-core machine is noise.
 * Three processes besides this one: dynalite, the API server (scripts/bench/bulk-bench-server.ts)
 * and the OpenSearch JVM (OPENSEARCH_URL, or a node started here).
 *
 *   npx tsx scripts/bench/bulk-bench.ts [--rows 10000] [--async-rows 100000] [--concurrency 16]
 *     [--engine dynoxide|dynalite]
 *
 * `--engine`: the local DynamoDB engine (default dynoxide where its binary is installed, as the
 * tests choose: test/support/test-dynamo.ts). The API process's CPU (utime + stime from /proc)
 * is printed per timed upload, so the CPU per row is the API's alone: the engine and OpenSearch
 * run in processes of their own.
 */
// The zod OpenAPI extension first: schemas built before it never get `.openapi()`.
import '@hono/zod-openapi';
import { type ChildProcess, spawn } from 'node:child_process';
import { createReadStream, createWriteStream } from 'node:fs';
import { mkdtemp, readFile, rm, stat } from 'node:fs/promises';
import { cpus, loadavg, tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { BatchWriteCommand, PutCommand } from '@aws-sdk/lib-dynamodb';
import { DynamoCandidateStore } from '../../shared/adapters/dynamodb/dynamo-candidate-store.js';
import { createTable, documentClient } from '../../shared/adapters/dynamodb/table.js';
import {
  candidateIndexPattern,
  ensureCandidateIndex,
} from '../../shared/adapters/opensearch/candidate-index.js';
import { createOpenSearchClient } from '../../shared/adapters/opensearch/client.js';
import { mapLimit } from '../../shared/concurrency/map-limit.js';
import { generateCandidates } from '../../shared/demo/candidate-generator.js';
import { CandidateInputSchema } from '../../shared/domain/candidate.js';
import { builtInTaxonomy } from '../../shared/taxonomy/built-in-taxonomy.js';
import { decideUpsert, prepareCandidate } from '../../shared/use-cases/candidate-use-cases.js';
import { connectDynamo, spawnDynalite } from '../local/dynalite-connect.js';
import { dynoxideBinary, spawnDynoxide } from '../local/dynoxide.js';
import { startOpenSearch } from '../opensearch/launcher.js';
import { machineLine } from './machine.js';

const { values } = parseArgs({
  options: {
    rows: { type: 'string', default: '10000' },
    'async-rows': { type: 'string', default: '100000' },
    concurrency: { type: 'string', default: '16' },
    engine: { type: 'string' },
  },
});
const ROWS = Number(values.rows);
const ASYNC_ROWS = Number(values['async-rows']);
const CONCURRENCY = Number(values.concurrency);
const PES = 'VDAB';
const load = () => loadavg()[0]?.toFixed(1);
const perSecond = (n: number, ms: number) => Math.round((n / ms) * 1000);

const line = (c: { externalId: string; input: object }) =>
  JSON.stringify({ externalId: c.externalId, ...c.input });

// ── Infrastructure ───────────────────────────────────────────────────────────

console.log(machineLine());
console.log(`load average at start: ${load()}`);
const work = await mkdtemp(path.join(tmpdir(), 'concentric-bulk-bench-'));
const binary = dynoxideBinary();
const ENGINE = (values.engine ?? (binary ? 'dynoxide' : 'dynalite')) as 'dynoxide' | 'dynalite';
if (ENGINE === 'dynoxide' && !binary) throw new Error('no dynoxide binary on this platform');
const dynalite = ENGINE === 'dynoxide' && binary ? await spawnDynoxide(binary) : await spawnDynalite();
if (ENGINE === 'dynoxide') await createTable(connectDynamo(dynalite.endpoint).client, 'concentric');
const external = process.env.OPENSEARCH_URL;
const node = external ? undefined : await startOpenSearch({ heap: '1g' });
const opensearchUrl = external ?? node?.url ?? '';
const alias = `bulk-bench-${Date.now()}`;
const osClient = createOpenSearchClient({ url: opensearchUrl, region: 'local', requestTimeoutMs: 60_000 });
await ensureCandidateIndex(osClient, alias);

const serverScript = fileURLToPath(new URL('./bulk-bench-server.ts', import.meta.url));
const server: ChildProcess = spawn(
  process.execPath,
  [
    '--import',
    'tsx',
    serverScript,
    '--dynamo',
    dynalite.endpoint,
    '--engine',
    ENGINE,
    '--opensearch',
    opensearchUrl,
    '--alias',
    alias,
    '--blobs',
    path.join(work, 'blobs'),
  ],
  { stdio: ['ignore', 'pipe', 'inherit'] },
);
const port = await new Promise<number>((resolve, reject) => {
  server.once('exit', (code) => reject(new Error(`API server exited (${code})`)));
  server.stdout?.on('data', (chunk: Buffer) => {
    const match = /listening (\d+)/.exec(chunk.toString());
    if (match) resolve(Number(match[1]));
  });
});
const base = `http://127.0.0.1:${port}`;
const headers = { 'x-caller-role': 'pes', 'x-caller-org': PES };

/** CPU time (user + system) a process has used so far, in ms (Linux /proc, 100 ticks a second). */
async function cpuMsOf(pid: number): Promise<number> {
  const fields = (await readFile(`/proc/${pid}/stat`, 'utf8')).split(') ')[1]?.split(' ') ?? [];
  return (Number(fields[11]) + Number(fields[12])) * 10;
}

/** Peak and current resident set of a process, in MiB (Linux /proc). */
async function memoryOf(pid: number): Promise<{ peak: number; current: number }> {
  const status = await readFile(`/proc/${pid}/status`, 'utf8');
  const kb = (field: string) => Number(new RegExp(`${field}:\\s+(\\d+)`).exec(status)?.[1] ?? 0);
  return { peak: kb('VmHWM') / 1024, current: kb('VmRSS') / 1024 };
}

// ── 1. Raw dynalite baselines, then the 10,000-row upload ─────────────────────

const taxonomy = builtInTaxonomy();
const generated = [...generateCandidates({ seed: 2026, count: ROWS })];
const db = documentClient(connectDynamo(dynalite.endpoint).client);
const now = new Date().toISOString();
const items = generated.map((c) => {
  const prepared = prepareCandidate(taxonomy, CandidateInputSchema.parse(c.input), now.slice(0, 10));
  const profile = decideUpsert(undefined, 'RAW', c.externalId, prepared, now).candidate;
  return DynamoCandidateStore.item(profile);
});

let t = performance.now();
await mapLimit(items, CONCURRENCY, async (item) => {
  await db.send(new PutCommand({ TableName: 'concentric', Item: item }));
});
const rawPutMs = performance.now() - t;
const batches: (typeof items)[] = [];
for (let i = 0; i < items.length; i += 25)
  batches.push(items.slice(i, i + 25).map((item) => ({ ...item, PK: `BATCH#${item.PK}` })));
t = performance.now();
await mapLimit(batches, 4, async (batch) => {
  let requests = batch.map((Item) => ({ PutRequest: { Item } }));
  while (requests.length > 0) {
    const result = await db.send(new BatchWriteCommand({ RequestItems: { concentric: requests } }));
    requests = (result.UnprocessedItems?.concentric ?? []) as typeof requests;
  }
});
const rawBatchMs = performance.now() - t;

// Warm-up, untimed: the API process's JIT, the SDK's connections and a freshly started JVM.
const warmup = [...generateCandidates({ seed: 7, count: 3000 })].map(line).join('\n');
await (
  await fetch(`${base}/v1/candidates/bulk`, {
    method: 'POST',
    headers: { 'x-caller-role': 'pes', 'x-caller-org': 'WARMUP', 'content-type': 'application/x-ndjson' },
    body: warmup,
  })
).arrayBuffer();

/** One timed upload of new profiles for `pes`, until every row is searchable. */
async function timedUpload(rows: string, pes: string, expected: number) {
  const cpuBefore = await cpuMsOf(server.pid as number);
  const engineBefore = await cpuMsOf(dynalite.child.pid as number);
  const searchBefore = node ? await cpuMsOf(node.pid) : Number.NaN;
  const started = performance.now();
  const response = await fetch(`${base}/v1/candidates/bulk`, {
    method: 'POST',
    headers: { 'x-caller-role': 'pes', 'x-caller-org': pes, 'content-type': 'application/x-ndjson' },
    body: rows,
  });
  const report = (await response.json()) as { totals: { accepted: number; rejected: number } };
  const responseMs = performance.now() - started;
  // End to end means searchable: wait until every accepted row is in the index.
  let indexed = 0;
  for (;;) {
    await osClient.indices.refresh({ index: alias });
    const { body: count } = await osClient.count({ index: alias, body: { query: { term: { pes } } } });
    indexed = count.count;
    if (indexed >= expected) break;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  const totalMs = performance.now() - started;
  const cpuMs = (await cpuMsOf(server.pid as number)) - cpuBefore;
  const engineMs = (await cpuMsOf(dynalite.child.pid as number)) - engineBefore;
  const searchMs = node ? (await cpuMsOf(node.pid)) - searchBefore : Number.NaN;
  return { report, responseMs, totalMs, indexed, cpuMs, engineMs, searchMs };
}

const loadBefore = load();
const first = await timedUpload(`${generated.map(line).join('\n')}\n`, PES, ROWS);
const second = await timedUpload(
  `${[...generateCandidates({ seed: 2028, count: ROWS })].map(line).join('\n')}\n`,
  'VDAB2',
  ROWS,
);

// ── 2. The change feed ───────────────────────────────────────────────────────
// The server's worker sequences in the background; wait until every upload is in the feed.
t = performance.now();
let sequenced = await countFeed();
while (sequenced < ROWS) {
  await new Promise((resolve) => setTimeout(resolve, 200));
  sequenced = await countFeed();
}
const feedMs = performance.now() - t;

async function countFeed(): Promise<number> {
  let total = 0;
  let since = '';
  for (;;) {
    const res = await fetch(`${base}/v1/changes?details=false&limit=1000${since ? `&since=${since}` : ''}`, {
      headers,
    });
    const page = (await res.json()) as { changes: unknown[]; nextCursor: string; hasMore: boolean };
    total += page.changes.length;
    since = page.nextCursor;
    if (!page.hasMore) return total;
  }
}

// ── 3. A 100,000-row asynchronous import: peak RSS of the API process ────────

const file = path.join(work, 'candidates.ndjson');
await new Promise<void>((resolve, reject) => {
  const out = createWriteStream(file);
  out.on('error', reject);
  const iterator = generateCandidates({ seed: 2027, count: ASYNC_ROWS });
  const write = () => {
    let ok = true;
    while (ok) {
      const next = iterator.next();
      if (next.done) {
        out.end(resolve);
        return;
      }
      ok = out.write(`${line(next.value)}\n`);
    }
    out.once('drain', write);
  };
  write();
});
const fileBytes = (await stat(file)).size;
const pid = server.pid as number;
const rssBefore = await memoryOf(pid);
let peak = rssBefore.current;
const sampler = setInterval(() => {
  void memoryOf(pid).then((m) => {
    peak = Math.max(peak, m.current);
  });
}, 100);
t = performance.now();
const started = await fetch(`${base}/v1/candidate-imports`, {
  method: 'POST',
  headers: { ...headers, 'content-type': 'application/x-ndjson' },
  body: createReadStream(file) as unknown as RequestInit['body'],
  duplex: 'half',
} as RequestInit);
const job = (await started.json()) as { id: string };
const uploadedMs = performance.now() - t;
let status = 'queued';
let done = 0;
while (status === 'queued' || status === 'running') {
  await new Promise((resolve) => setTimeout(resolve, 1000));
  const poll = (await (await fetch(`${base}/v1/candidate-imports/${job.id}`, { headers })).json()) as {
    status: string;
    totals: { rows: number };
  };
  status = poll.status;
  done = poll.totals.rows;
  process.stderr.write(`\rimport ${done}/${ASYNC_ROWS} rows, API RSS ${peak.toFixed(0)} MiB peak  `);
}
process.stderr.write('\n');
const importMs = performance.now() - t;
clearInterval(sampler);
const rssAfter = await memoryOf(pid);
const dynaliteMemory = await memoryOf(dynalite.child.pid as number);

// ── Report ───────────────────────────────────────────────────────────────────

const rawRate = perSecond(ROWS, rawPutMs);
console.log(`load average before the upload: ${loadBefore}, at the end: ${load()}`);
console.log(`\n1. bulk upload, ${ROWS} NDJSON rows, concurrency ${CONCURRENCY}`);
console.log(`   baseline raw PutItem on ${ENGINE} (same records):   ${rawRate} items/s`);
console.log(
  `   ceiling raw BatchWriteItem on ${ENGINE} (25/request): ${perSecond(ROWS, rawBatchMs)} items/s`,
);
for (const [name, run] of [
  ['first', first],
  ['second', second],
] as const) {
  const rate = perSecond(ROWS, run.totalMs);
  console.log(
    `   POST /v1/candidates/bulk (${name}), until every row is searchable: ${rate} rows/s (${(run.totalMs / 1000).toFixed(1)} s; response after ${(run.responseMs / 1000).toFixed(1)} s; accepted ${run.report.totals.accepted}, indexed ${run.indexed}); ratio to raw PutItem ${(rate / rawRate).toFixed(2)}`,
  );
  console.log(
    `     API process CPU ${(run.cpuMs / 1000).toFixed(2)} s: ${(run.cpuMs / ROWS).toFixed(3)} ms per row (indexing to OpenSearch included); ${ENGINE} ${(run.engineMs / 1000).toFixed(2)} s; OpenSearch JVM ${(run.searchMs / 1000).toFixed(2)} s (of ${((run.totalMs / 1000) * cpus().length).toFixed(1)} CPU-seconds the machine had)`,
  );
}
console.log('   target 5,000 rows/s');
console.log(
  `\n2. change feed: ${sequenced} entries sequenced and readable ${(feedMs / 1000).toFixed(1)} s after the upload returned`,
);
console.log(`\n3. async import, ${ASYNC_ROWS} rows (${(fileBytes / 2 ** 20).toFixed(0)} MiB NDJSON)`);
console.log(
  `   upload stored in ${(uploadedMs / 1000).toFixed(1)} s; job done in ${(importMs / 1000).toFixed(0)} s: ${perSecond(done, importMs)} rows/s`,
);
console.log(
  `   API process RSS: ${rssBefore.current.toFixed(0)} MiB before, peak ${Math.max(peak, rssAfter.peak).toFixed(0)} MiB (VmHWM ${rssAfter.peak.toFixed(0)} MiB), target < 512 MiB`,
);
console.log(`   ${ENGINE} process (holds the table in memory): RSS ${dynaliteMemory.current.toFixed(0)} MiB`);

server.kill('SIGTERM');
await osClient.indices.delete({ index: candidateIndexPattern(alias) }, { ignore: [404] });
await osClient.close();
await node?.stop();
await dynalite.stop();
await rm(work, { recursive: true, force: true });
process.exit(0);
