import { createReadStream, createWriteStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { BatchWriteCommand, type DynamoDBDocumentClient, PutCommand } from '@aws-sdk/lib-dynamodb';
import type { Client } from '@opensearch-project/opensearch';
import { DynamoCandidateStore } from '../../shared/adapters/dynamodb/dynamo-candidate-store.js';
import { mapLimit } from '../../shared/concurrency/map-limit.js';
import { generateCandidates } from '../../shared/demo/candidate-generator.js';
import { CandidateInputSchema } from '../../shared/domain/candidate.js';
import type { Taxonomy } from '../../shared/taxonomy/taxonomy.js';
import { decideUpsert, prepareCandidate } from '../../shared/use-cases/candidate-use-cases.js';
import { cpuMsOf, memoryOf } from './proc-usage.js';

/** The bulk benchmark's runs (scripts/bench/bulk-bench.ts), each timed against the processes it loads. */

/** The API server under test, the processes beside it, and the index it writes to. */
export interface BenchTarget {
  readonly base: string;
  readonly headers: Record<string, string>;
  readonly serverPid: number;
  readonly enginePid: number;
  /** The OpenSearch JVM when the benchmark started it, else undefined (its CPU is not counted). */
  readonly searchPid: number | undefined;
  readonly search: Client;
  readonly alias: string;
}

type Generated = { externalId: string; input: object };
type CandidateItem = ReturnType<typeof DynamoCandidateStore.item>;

export const line = (c: Generated) => JSON.stringify({ externalId: c.externalId, ...c.input });

/** The table items an upsert of each generated candidate would write. */
export function candidateItems(
  taxonomy: Taxonomy,
  generated: readonly Generated[],
  now: string,
): CandidateItem[] {
  return generated.map((c) => {
    const prepared = prepareCandidate(taxonomy, CandidateInputSchema.parse(c.input), now.slice(0, 10));
    const profile = decideUpsert(undefined, 'RAW', c.externalId, prepared, now).candidate;
    return DynamoCandidateStore.item(profile);
  });
}

/** The engine's own write rates on the same items: PutItem at `concurrency`, BatchWriteItem 25 a request. */
export async function rawBaselines(
  db: DynamoDBDocumentClient,
  items: readonly CandidateItem[],
  concurrency: number,
): Promise<{ rawPutMs: number; rawBatchMs: number }> {
  let t = performance.now();
  await mapLimit(items, concurrency, async (item) => {
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
  return { rawPutMs, rawBatchMs: performance.now() - t };
}

/** Warm-up, untimed: the API process's JIT, the SDK's connections and a freshly started JVM. */
export async function warmUp(target: BenchTarget): Promise<void> {
  const warmup = [...generateCandidates({ seed: 7, count: 3000 })].map(line).join('\n');
  await (
    await fetch(`${target.base}/v1/candidates/bulk`, {
      method: 'POST',
      headers: { 'x-caller-role': 'pes', 'x-caller-org': 'WARMUP', 'content-type': 'application/x-ndjson' },
      body: warmup,
    })
  ).arrayBuffer();
}

/** One timed upload of new profiles for `pes`, until every row is searchable. */
export async function timedUpload(target: BenchTarget, rows: string, pes: string, expected: number) {
  const { search, alias, searchPid } = target;
  const cpuBefore = await cpuMsOf(target.serverPid);
  const engineBefore = await cpuMsOf(target.enginePid);
  const searchBefore = searchPid !== undefined ? await cpuMsOf(searchPid) : Number.NaN;
  const started = performance.now();
  const response = await fetch(`${target.base}/v1/candidates/bulk`, {
    method: 'POST',
    headers: { 'x-caller-role': 'pes', 'x-caller-org': pes, 'content-type': 'application/x-ndjson' },
    body: rows,
  });
  const report = (await response.json()) as { totals: { accepted: number; rejected: number } };
  const responseMs = performance.now() - started;
  // End to end means searchable: wait until every accepted row is in the index.
  let indexed = 0;
  for (;;) {
    await search.indices.refresh({ index: alias });
    const { body: count } = await search.count({ index: alias, body: { query: { term: { pes } } } });
    indexed = count.count;
    if (indexed >= expected) break;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  const totalMs = performance.now() - started;
  const cpuMs = (await cpuMsOf(target.serverPid)) - cpuBefore;
  const engineMs = (await cpuMsOf(target.enginePid)) - engineBefore;
  const searchMs = searchPid !== undefined ? (await cpuMsOf(searchPid)) - searchBefore : Number.NaN;
  return { report, responseMs, totalMs, indexed, cpuMs, engineMs, searchMs };
}

export type UploadRun = Awaited<ReturnType<typeof timedUpload>>;

/** The server's worker sequences in the background: waits until `rows` uploads are in the feed. */
export async function waitForFeed(
  target: BenchTarget,
  rows: number,
): Promise<{ sequenced: number; feedMs: number }> {
  const t = performance.now();
  let sequenced = await countFeed(target);
  while (sequenced < rows) {
    await new Promise((resolve) => setTimeout(resolve, 200));
    sequenced = await countFeed(target);
  }
  return { sequenced, feedMs: performance.now() - t };
}

async function countFeed({ base, headers }: BenchTarget): Promise<number> {
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

/** Writes `count` generated candidates to `file` as NDJSON, streamed. */
async function writeCandidates(file: string, count: number): Promise<void> {
  await new Promise<void>((resolve, reject) => {
    const out = createWriteStream(file);
    out.on('error', reject);
    const iterator = generateCandidates({ seed: 2027, count });
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
}

/** An asynchronous import of `rows` rows, with the API process's resident set sampled while it runs. */
export async function asyncImport(target: BenchTarget, file: string, rows: number) {
  const { base, headers } = target;
  await writeCandidates(file, rows);
  const fileBytes = (await stat(file)).size;
  const pid = target.serverPid;
  const rssBefore = await memoryOf(pid);
  let peak = rssBefore.current;
  const sampler = setInterval(() => {
    void memoryOf(pid).then((m) => {
      peak = Math.max(peak, m.current);
    });
  }, 100);
  const t = performance.now();
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
    process.stderr.write(`\rimport ${done}/${rows} rows, API RSS ${peak.toFixed(0)} MiB peak  `);
  }
  process.stderr.write('\n');
  const importMs = performance.now() - t;
  clearInterval(sampler);
  const rssAfter = await memoryOf(pid);
  const engineMemory = await memoryOf(target.enginePid);
  return { fileBytes, rssBefore, peak, uploadedMs, done, importMs, rssAfter, engineMemory };
}

export type ImportRun = Awaited<ReturnType<typeof asyncImport>>;
