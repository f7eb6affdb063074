/**
 * What dynalite itself can take on this machine, with no app in front of it: the ceiling under
 * the single-upsert target (issue 2) and the bulk-upload target (issue 8).
 *
 *   npx tsx scripts/bench/dynalite-ceiling.ts [--items 10000] [--puts 4000] [--concurrency 16]
 *
 * dynalite runs in a process of its own (its CLI on a loopback port), so the client and the
 * storage each have a core; the same calls against an in-process dynalite are the baseline.
 * Items are candidate-sized (a generated profile as the `record` map, as the store writes it).
 * Measured per setup:
 * - conditional PutItem (`attribute_not_exists`), the write every upsert and bulk row needs:
 *   calls per second, client CPU per call and dynalite CPU per call;
 * - unconditional BatchWriteItem of 25 items: items per second, the most dynalite stores at all.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { loadavg } from 'node:os';
import { parseArgs } from 'node:util';
import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { BatchWriteCommand, type DynamoDBDocumentClient, PutCommand } from '@aws-sdk/lib-dynamodb';
import { createTable, documentClient } from '../../shared/adapters/dynamodb/table.js';
import { generateCandidates } from '../../shared/demo/candidate-generator.js';
import { startDynalite } from '../local/dynalite.js';
import { freePort } from '../local/dynoxide.js';
import { machineLine } from './machine.js';

const { values } = parseArgs({
  options: {
    items: { type: 'string', default: '10000' },
    puts: { type: 'string', default: '4000' },
    concurrency: { type: 'string', default: '16' },
  },
});
const ITEMS = Number(values.items);
const PUTS = Number(values.puts);
const CONCURRENCY = Number(values.concurrency);
const TABLE = 'ceiling';

interface Figures {
  readonly putsPerSecond: number;
  readonly putClientCpuMs: number;
  readonly putDynaliteCpuMs: number | undefined;
  readonly batchItemsPerSecond: number;
  readonly batchClientCpuMs: number;
  readonly batchDynaliteCpuMs: number | undefined;
}

const records = [...generateCandidates({ seed: 11, count: Math.max(ITEMS, PUTS) })].map((c) => c.input);

async function pool(count: number, concurrency: number, work: (i: number) => Promise<void>) {
  let next = 0;
  await Promise.all(
    Array.from({ length: concurrency }, async () => {
      while (next < count) await work(next++);
    }),
  );
}

/** Wall time, this process's CPU and (if given) another process's CPU over one run. */
async function measure(dynalitePid: number | undefined, run: () => Promise<void>) {
  const cpu0 = process.cpuUsage();
  const other0 = dynalitePid === undefined ? 0 : processCpuMs(dynalitePid);
  const t0 = performance.now();
  await run();
  const wallMs = performance.now() - t0;
  const cpu = process.cpuUsage(cpu0);
  return {
    wallMs,
    clientCpuMs: (cpu.user + cpu.system) / 1000,
    otherCpuMs: dynalitePid === undefined ? undefined : processCpuMs(dynalitePid) - other0,
  };
}

/** utime + stime of a process from /proc, in ms (Linux clock ticks are 10 ms). */
function processCpuMs(pid: number): number {
  const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]?.split(' ') ?? [];
  return (Number(fields[11]) + Number(fields[12])) * 10;
}

async function run(db: DynamoDBDocumentClient, label: string, dynalitePid?: number): Promise<Figures> {
  const puts = await measure(dynalitePid, () =>
    pool(PUTS, CONCURRENCY, async (i) => {
      await db.send(
        new PutCommand({
          TableName: TABLE,
          Item: { PK: `PUT#${label}#${i}`, SK: 'CAND', record: records[i] },
          ConditionExpression: 'attribute_not_exists(PK)',
        }),
      );
    }),
  );
  const batches = Math.ceil(ITEMS / 25);
  const batch = await measure(dynalitePid, () =>
    pool(batches, 8, async (b) => {
      let items = records.slice(b * 25, b * 25 + 25).map((record, j) => ({
        PutRequest: { Item: { PK: `BATCH#${label}#${b * 25 + j}`, SK: 'CAND', record } },
      }));
      while (items.length > 0) {
        const result = await db.send(new BatchWriteCommand({ RequestItems: { [TABLE]: items } }));
        items = (result.UnprocessedItems?.[TABLE] ?? []) as typeof items;
      }
    }),
  );
  return {
    putsPerSecond: (PUTS / puts.wallMs) * 1000,
    putClientCpuMs: puts.clientCpuMs / PUTS,
    putDynaliteCpuMs: puts.otherCpuMs === undefined ? undefined : puts.otherCpuMs / PUTS,
    batchItemsPerSecond: (ITEMS / batch.wallMs) * 1000,
    batchClientCpuMs: batch.clientCpuMs / ITEMS,
    batchDynaliteCpuMs: batch.otherCpuMs === undefined ? undefined : batch.otherCpuMs / ITEMS,
  };
}

async function startDynaliteProcess(): Promise<{ child: ChildProcess; endpoint: string }> {
  const port = await freePort();
  const cli = createRequire(import.meta.url).resolve('dynalite/cli.js');
  const child = spawn(process.execPath, [cli, '--port', String(port), '--createTableMs', '0'], {
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  await new Promise<void>((resolve, reject) => {
    child.once('error', reject);
    child.once('exit', (code) => reject(new Error(`dynalite exited with ${code}`)));
    child.stdout?.once('data', () => resolve());
  });
  return { child, endpoint: `http://127.0.0.1:${port}` };
}

const fmt = (n: number | undefined, digits = 0) =>
  n === undefined ? 'n/a' : n.toLocaleString('en-US', { maximumFractionDigits: digits });

// Baseline: dynalite in this process (as the tests and `npm start` run it).
const inProcess = await startDynalite({ tableName: TABLE });
const baseline = await run(documentClient(inProcess.client), 'in');
await inProcess.stop();

// dynalite in a process of its own.
const { child, endpoint } = await startDynaliteProcess();
const client = new DynamoDBClient({
  endpoint,
  region: 'local',
  credentials: { accessKeyId: 'local', secretAccessKey: 'local' },
});
let separate: Figures;
try {
  await createTable(client, TABLE);
  separate = await run(documentClient(client), 'out', child.pid);
} finally {
  client.destroy();
  child.kill('SIGTERM');
}

console.log(machineLine());
console.log(
  `load avg: ${loadavg()
    .map((l) => l.toFixed(1))
    .join(' ')} (1/5/15 min) at the end`,
);
console.log(
  `items: candidate profiles, ${PUTS} conditional puts at concurrency ${CONCURRENCY}, ${ITEMS} items in batches of 25, 8 in flight`,
);
for (const [label, f] of [
  ['in-process dynalite (baseline)', baseline],
  ['dynalite in its own process', separate],
] as const) {
  console.log(`${label}:`);
  console.log(
    `  conditional PutItem: ${fmt(f.putsPerSecond)} /s; client CPU ${fmt(f.putClientCpuMs, 3)} ms/call; dynalite CPU ${fmt(f.putDynaliteCpuMs, 3)} ms/call`,
  );
  console.log(
    `  BatchWriteItem:      ${fmt(f.batchItemsPerSecond)} items/s; client CPU ${fmt(f.batchClientCpuMs, 3)} ms/item; dynalite CPU ${fmt(f.batchDynaliteCpuMs, 3)} ms/item`,
  );
}
console.log(
  `ratio own process / in-process: conditional puts ${(separate.putsPerSecond / baseline.putsPerSecond).toFixed(2)}×, batch items ${(separate.batchItemsPerSecond / baseline.batchItemsPerSecond).toFixed(2)}×`,
);
const putCpu = separate.putClientCpuMs + (separate.putDynaliteCpuMs ?? 0);
console.log(
  `ceiling on 2 cores if both were fully used by conditional puts alone: ${fmt(2000 / putCpu)} /s (${fmt(putCpu, 3)} ms CPU per call)`,
);
