/**
 * Bulk-indexing benchmark: N generated candidate documents into a candidate index (the real
 * mapping and analyzers) through the OpenSearch adapter, as the reindex loads them.
 *
 *   npx tsx scripts/bench/indexing-bench.ts [--docs=50000] [--batch=5000] [--concurrency=2] [--warmup=10000] [--live] [--keep]
 *
 * Uses OPENSEARCH_URL if set, else starts a local node (scripts/opensearch/launcher.ts) and stops
 * it afterwards. A warm-up load into a scratch index runs first, untimed (`--warmup=0` skips it).
 * `--live` loads with live settings (1 s refresh) instead of bulk-load settings (no refresh, no
 * replicas). Prints docs/s, the node's CPU time, the index size on disk and the machine.
 */
import { cpus, loadavg, totalmem } from 'node:os';
import type { Client } from '@opensearch-project/opensearch';
import {
  candidateIndexName,
  createCandidateIndex,
  makeLive,
} from '../../shared/adapters/opensearch/candidate-index.js';
import { createOpenSearchClient } from '../../shared/adapters/opensearch/client.js';
import { OpenSearchCandidateSearch } from '../../shared/adapters/opensearch/opensearch-candidate-search.js';
import type { SearchWrite } from '../../shared/ports/candidate-search.js';
import { syntheticCandidates } from '../data/synthetic-pool.js';
import { type OpenSearchNode, startOpenSearch } from '../opensearch/launcher.js';

function intFlag(name: string, fallback: number, min = 1): number {
  const raw = process.argv.find((arg) => arg.startsWith(`--${name}=`))?.split('=')[1];
  if (raw === undefined) return fallback;
  const value = Number(raw.replace(/_/g, ''));
  if (!Number.isInteger(value) || value < min)
    throw new Error(`--${name} must be an integer ≥ ${min}, got '${raw}'`);
  return value;
}

/** CPU time the node's JVM has used since it started (all nodes of the cluster, summed). */
async function nodeCpuMs(client: Client): Promise<number> {
  const { body } = await client.nodes.stats({ metric: ['process'] });
  return Object.values(body.nodes).reduce((sum, node) => sum + (node.process?.cpu?.total_in_millis ?? 0), 0);
}

const seconds = (ms: number) => `${(ms / 1000).toFixed(1)}s`;
const mib = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MiB`;
const number = new Intl.NumberFormat('en-US');

/** Writes through the adapter, `concurrency` bulk requests in flight; returns how many were not applied. */
async function load(
  client: Client,
  index: string,
  writes: readonly SearchWrite[],
  batch: number,
  concurrency: number,
): Promise<number> {
  const search = new OpenSearchCandidateSearch(client, index, { requireAlias: false });
  let failed = 0;
  let next = 0;
  const worker = async () => {
    while (next < writes.length) {
      const slice = writes.slice(next, next + batch);
      next += batch;
      const outcomes = await search.write(slice);
      failed += outcomes.filter((o) => o.status !== 'applied').length;
    }
  };
  await Promise.all(Array.from({ length: concurrency }, worker));
  return failed;
}

async function main(): Promise<void> {
  const docs = intFlag('docs', 50_000);
  const batch = intFlag('batch', 5_000);
  const concurrency = intFlag('concurrency', 2);
  const live = process.argv.includes('--live');
  const warmup = Math.min(docs, intFlag('warmup', 10_000, 0));

  let node: OpenSearchNode | undefined;
  let url = process.env.OPENSEARCH_URL;
  if (!url) {
    const started = performance.now();
    node = await startOpenSearch();
    url = node.url;
    console.log(`started a local node at ${url} in ${seconds(performance.now() - started)}`);
  }
  const client = createOpenSearchClient({ url, region: 'local', requestTimeoutMs: 120_000 });
  const index = candidateIndexName('bench-candidates');
  try {
    const { body: info } = await client.info();
    const generated = performance.now();
    const pool = syntheticCandidates({ seed: 2026, count: docs });
    const writes: SearchWrite[] = pool.map((document) => ({ op: 'upsert', document }));
    console.log(`generated ${number.format(docs)} documents in ${seconds(performance.now() - generated)}`);

    if (warmup > 0) {
      // A fresh JVM compiles its hot paths during the first thousands of documents; that CPU
      // (JIT threads included) would be counted against the load otherwise.
      const scratch = candidateIndexName('bench-warmup');
      const warmed = performance.now();
      await createCandidateIndex(client, scratch, { bulkLoad: true });
      await load(client, scratch, writes.slice(0, warmup), batch, concurrency);
      await client.indices.delete({ index: scratch });
      console.log(
        `warmed up with ${number.format(warmup)} documents in ${seconds(performance.now() - warmed)}`,
      );
    }

    await createCandidateIndex(client, index, { bulkLoad: !live });
    const nodeCpuAtStart = await nodeCpuMs(client);
    const started = performance.now();
    const cpuAtStart = process.cpuUsage();
    const failed = await load(client, index, writes, batch, concurrency);
    const bulkMs = performance.now() - started;
    const clientCpu = process.cpuUsage(cpuAtStart);
    const nodeCpu = (await nodeCpuMs(client)) - nodeCpuAtStart;
    await makeLive(client, index);
    const totalMs = performance.now() - started;

    const { body: count } = await client.count({ index });
    const { body: stats } = await client.indices.stats({ index, metric: ['store', 'segments', 'indexing'] });
    const primaries = stats._all.primaries;
    const cpu = cpus();
    console.log(
      [
        '',
        `machine     ${cpu.length} × ${cpu[0]?.model ?? 'unknown cpu'}, ${mib(totalmem())} RAM, node ${process.version}`,
        // Other processes compete for the CPUs: the load average says how much.
        `load avg    ${loadavg()
          .map((l) => l.toFixed(1))
          .join(' ')} (1/5/15 min) at the end`,
        `opensearch  ${info.version.number} at ${url}`,
        `load        ${number.format(docs)} docs, batches of ${number.format(batch)}, ${concurrency} in flight, ${live ? 'live' : 'bulk-load'} settings`,
        `bulk        ${seconds(bulkMs)} → ${number.format(Math.round((docs * 1000) / bulkMs))} docs/s`,
        // CPU time, unlike wall time, does not depend on what else the machine is running.
        `node cpu    ${seconds(nodeCpu)} → ${number.format(Math.round((docs * 1000) / nodeCpu))} docs per CPU-second of the node`,
        `client cpu  ${seconds((clientCpu.user + clientCpu.system) / 1000)} (this process, serialising and parsing)`,
        `+ refresh   ${seconds(totalMs)} → ${number.format(Math.round((docs * 1000) / totalMs))} docs/s`,
        `indexed     ${number.format(count.count)} (${failed} not applied); ` +
          `node busy indexing ${seconds(primaries?.indexing?.index_time_in_millis ?? 0)} (summed over threads)`,
        `on disk     ${mib(primaries?.store?.size_in_bytes ?? 0)} (${primaries?.segments?.count ?? '?'} segments, ` +
          `${number.format(Math.round((primaries?.store?.size_in_bytes ?? 0) / docs))} bytes/doc)`,
      ].join('\n'),
    );
    if (count.count !== docs || failed > 0) process.exitCode = 1;
  } finally {
    if (!process.argv.includes('--keep')) await client.indices.delete({ index }, { ignore: [404] });
    await client.close();
    await node?.stop();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
