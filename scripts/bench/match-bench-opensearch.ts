/**
 * The OpenSearch part of the match benchmark (scripts/bench/match-bench.ts): loads the pool into an
 * index built like production's, times the same matches on it, and compares its rankings.
 */
import { Client } from '@opensearch-project/opensearch';
import { createCandidateIndex, makeLive } from '../../shared/adapters/opensearch/candidate-index.js';
import {
  OpenSearchMatchEngine,
  type RankRound,
} from '../../shared/adapters/opensearch/opensearch-match-engine.js';
import type { CandidateDocument } from '../../shared/search/candidate-document.js';
import { startOpenSearch } from '../opensearch/launcher.js';
import {
  loadLine,
  type MatchPlan,
  type Ranker,
  type Row,
  sameRanking,
  summary,
  type Timings,
  timeMatches,
} from './match-bench-timing.js';

const BULK_BATCH = 5000;
const BULK_IN_FLIGHT = 2;

/** CPU time the node's JVM has used since it started (every node of the cluster, summed). */
async function nodeCpuMs(client: Client): Promise<number> {
  const { body } = await client.nodes.stats({ metric: ['process'] });
  return Object.values(body.nodes).reduce((sum, node) => sum + (node.process?.cpu?.total_in_millis ?? 0), 0);
}

async function indexDocCount(client: Client, index: string): Promise<number | undefined> {
  const exists = await client.indices.exists({ index });
  if (!exists.body) return undefined;
  const { body } = await client.count({ index });
  return body.count;
}

/** Production's index body in bulk-load settings, two bulks in flight, then live settings and one segment. */
export async function loadOpenSearch(
  client: Client,
  index: string,
  pool: readonly CandidateDocument[],
): Promise<void> {
  await client.indices.delete({ index }, { ignore: [404] });
  await createCandidateIndex(client, index, { bulkLoad: true });
  let next = 0;
  const worker = async () => {
    while (next < pool.length) {
      const start = next;
      next += BULK_BATCH;
      const operations = pool
        .slice(start, start + BULK_BATCH)
        .flatMap((doc) => [
          { index: { _index: index, _id: doc.id, version: doc.version, version_type: 'external' } },
          doc,
        ]);
      const { body } = await client.bulk({ body: operations });
      if (body.errors)
        throw new Error(`bulk load failed: ${JSON.stringify(body.items.find((i) => i.index?.error))}`);
    }
  };
  await Promise.all(Array.from({ length: BULK_IN_FLIGHT }, worker));
  await makeLive(client, index);
  await client.indices.forcemerge({ index, max_num_segments: 1 }, { requestTimeout: 3_600_000 });
  await client.indices.refresh({ index });
  // A commit, so the files of the merged-away segments are gone before the store is measured.
  await client.indices.flush({ index });
}

export interface OpenSearchBenchOptions {
  /** A running node; undefined starts one for the run. */
  readonly url: string | undefined;
  /** An index to reuse when it holds as many documents as the pool. */
  readonly index: string | undefined;
  readonly keepIndex: boolean;
  readonly pool: readonly CandidateDocument[];
  readonly warmUp: readonly MatchPlan[];
  readonly plans: readonly MatchPlan[];
  /** The run OpenSearch's rankings must equal (embedded, else the full scan). */
  readonly reference: Timings;
  readonly referenceName: string;
  /** First-round spans to time one after another on the same index (match-rounds.ts). */
  readonly firstRoundSpans: readonly (number | undefined)[];
}

/** Times the plans on OpenSearch; adds its row and notes; sets a failing exit code on any ranking difference. */
export async function benchOpenSearch(
  options: OpenSearchBenchOptions,
  rows: Row[],
  notes: string[],
): Promise<void> {
  const { url, pool } = options;
  const node = url ? undefined : await startOpenSearch({});
  const client = new Client({ node: url ?? node?.url, requestTimeout: 120_000 });
  const index = options.index ?? `match-bench-${Date.now()}`;
  try {
    if ((await indexDocCount(client, index)) === pool.length && options.index) {
      notes.push(`OpenSearch ${url ?? node?.url}: reused index ${index} (${pool.length} documents)`);
    } else {
      const started = performance.now();
      await loadOpenSearch(client, index, pool);
      const seconds = (performance.now() - started) / 1000;
      notes.push(
        `OpenSearch ${url ?? node?.url}: loaded (bulk-load settings, then live), force-merged in ${seconds.toFixed(1)} s (${Math.round(pool.length / seconds)} docs/s overall)`,
      );
    }
    await client.indices.putSettings({
      index,
      body: { index: { requests: { cache: { enable: false } } } },
    });
    const { body: stats } = await client.indices.stats({ index, metric: ['store', 'docs'] });
    const total = stats.indices?.[index]?.total;
    // The live segments' files; `store` also counts merged-away files not yet deleted.
    const { body: segments } = await client.cat.segments({ index, format: 'json', bytes: 'b' });
    const segmentBytes = (segments as { size?: string }[]).reduce(
      (sum, seg) => sum + Number(seg.size ?? 0),
      0,
    );
    const mib = (bytes: number) => `${(bytes / 2 ** 20).toFixed(1)} MiB`;
    notes.push(
      `index ${index}: ${total?.docs?.count} docs in ${segments.length} segment(s) of ${mib(segmentBytes)} (${Math.round(segmentBytes / pool.length)} B/doc); _stats store ${mib(total?.store?.size_in_bytes ?? 0)}`,
    );
    for (const firstRoundSpan of options.firstRoundSpans) {
      const differing = await timeOpenSearch(client, { ...options, firstRoundSpan, index }, rows, notes);
      if (differing > 0) process.exitCode = 1;
    }
  } finally {
    if (!options.keepIndex) await client.indices.delete({ index }, { ignore: [404] });
    await client.close();
    await node?.stop();
  }
}

/** One timed pass of the plans on the loaded index; returns how many ring searches differ from the reference. */
async function timeOpenSearch(
  client: Client,
  options: OpenSearchBenchOptions & { readonly firstRoundSpan: number | undefined; readonly index: string },
  rows: Row[],
  notes: string[],
): Promise<number> {
  const { index, firstRoundSpan, warmUp, plans, reference } = options;
  const rounds: RankRound[] = [];
  const engine = new OpenSearchMatchEngine({
    client,
    index,
    firstRoundSpan,
    onRound: (round) => rounds.push(round),
  });
  let rankCalls = 0;
  const rank: Ranker = (request) => {
    rankCalls++;
    return engine.rank(request);
  };
  for (const plan of warmUp) await Promise.all(plan.requests.map(rank));
  rounds.length = 0;
  rankCalls = 0;
  const cpuBefore = await nodeCpuMs(client);
  const loadBefore = loadLine();
  const openSearchRun = await timeMatches([], plans, rank);
  const nodeCpu = (await nodeCpuMs(client)) - cpuBefore;
  rows.push({
    name: firstRoundSpan === undefined ? 'opensearch' : `opensearch span ${firstRoundSpan}`,
    timings: openSearchRun,
  });
  const parity = sameRanking(reference.results, openSearchRun.results);
  notes.push(
    `OpenSearch${firstRoundSpan === undefined ? '' : ` (first-round span ${firstRoundSpan})`}: same rankings, totals and exclusions as ${options.referenceName}: ${parity.identical} ring searches, differing ${parity.differing}`,
  );
  notes.push(
    `OpenSearch node CPU: ${(nodeCpu / plans.length).toFixed(1)} ms per match, ${(nodeCpu / rankCalls).toFixed(1)} ms per ring search (nodes stats; load average ${loadBefore} before, ${loadLine()} after the timed run)`,
  );
  const took = summary(rounds.map((r) => r.tookMs));
  const scored = summary(rounds.map((r) => r.scored));
  notes.push(
    `OpenSearch ranking rounds: ${(rounds.length / rankCalls).toFixed(2)} per ring search (at most ${Math.max(...rounds.map((r) => r.round))}); candidates scored per round p50 ${scored.p50} / p95 ${scored.p95} / max ${Math.max(...rounds.map((r) => r.scored))}; took per round p50 ${took.p50} / p95 ${took.p95} ms`,
  );
  return parity.differing;
}
