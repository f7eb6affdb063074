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
 * `API_CPU_PROF=<dir>` in the environment: the API process runs with `--cpu-prof` and writes its
 * V8 CPU profile there when the benchmark stops it (NODE_OPTIONS cannot carry `--cpu-prof`).
 *
 * `--engine`: the local DynamoDB engine (default dynoxide where its binary is installed, as the
 * tests choose: test/support/test-dynamo.ts). The API process's CPU (utime + stime from /proc)
 * is printed per timed upload, so the CPU per row is the API's alone: the engine and OpenSearch
 * run in processes of their own.
 */
// The zod OpenAPI extension first: schemas built before it never get `.openapi()`.
import '@hono/zod-openapi';
import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { createTable, documentClient } from '../../shared/adapters/dynamodb/table.js';
import {
  candidateIndexPattern,
  ensureCandidateIndex,
} from '../../shared/adapters/opensearch/candidate-index.js';
import { createOpenSearchClient } from '../../shared/adapters/opensearch/client.js';
import { generateCandidates } from '../../shared/demo/candidate-generator.js';
import { builtInTaxonomy } from '../../shared/taxonomy/built-in-taxonomy.js';
import { connectDynamo, spawnDynalite } from '../local/dynalite-connect.js';
import { dynoxideBinary, spawnDynoxide } from '../local/dynoxide.js';
import { startOpenSearch } from '../opensearch/launcher.js';
import { load, printReport } from './bulk-bench-report.js';
import {
  asyncImport,
  type BenchTarget,
  candidateItems,
  line,
  rawBaselines,
  timedUpload,
  waitForFeed,
  warmUp,
} from './bulk-bench-runs.js';
import { machineLine } from './machine.js';

// The runs: bulk-bench-runs.ts; the figures they give: bulk-bench-report.ts.

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
    ...(process.env.API_CPU_PROF ? ['--cpu-prof', `--cpu-prof-dir=${process.env.API_CPU_PROF}`] : []),
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
const target: BenchTarget = {
  base,
  headers,
  serverPid: server.pid as number,
  enginePid: dynalite.child.pid as number,
  searchPid: node?.pid,
  search: osClient,
  alias,
};

// ── 1. Raw dynalite baselines, then the 10,000-row upload ─────────────────────

const taxonomy = builtInTaxonomy();
const generated = [...generateCandidates({ seed: 2026, count: ROWS })];
const db = documentClient(connectDynamo(dynalite.endpoint).client);
const now = new Date().toISOString();
const items = candidateItems(taxonomy, generated, now);
const { rawPutMs, rawBatchMs } = await rawBaselines(db, items, CONCURRENCY);
await warmUp(target);

const loadBefore = load();
const first = await timedUpload(target, `${generated.map(line).join('\n')}\n`, PES, ROWS);
const second = await timedUpload(
  target,
  `${[...generateCandidates({ seed: 2028, count: ROWS })].map(line).join('\n')}\n`,
  'VDAB2',
  ROWS,
);

// ── 2. The change feed ───────────────────────────────────────────────────────

const { sequenced, feedMs } = await waitForFeed(target, ROWS);

// ── 3. A 100,000-row asynchronous import: peak RSS of the API process ────────

const imported = await asyncImport(target, path.join(work, 'candidates.ndjson'), ASYNC_ROWS);

// ── Report ───────────────────────────────────────────────────────────────────

printReport({
  engine: ENGINE,
  rows: ROWS,
  asyncRows: ASYNC_ROWS,
  concurrency: CONCURRENCY,
  loadBefore,
  rawPutMs,
  rawBatchMs,
  first,
  second,
  sequenced,
  feedMs,
  imported,
});

server.kill('SIGTERM');
await osClient.indices.delete({ index: candidateIndexPattern(alias) }, { ignore: [404] });
await osClient.close();
await node?.stop();
await dynalite.stop();
await rm(work, { recursive: true, force: true });
process.exit(0);
