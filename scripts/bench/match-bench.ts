/**
 * Match benchmark: the embedded engine and OpenSearch against a naive full scan that scores
 * every candidate with the pure model, on the same pool, vacancies and machine.
 *
 *   tsx scripts/bench/match-bench.ts [--candidates 100000] [--matches 200] [--seed 1]
 *        [--pool demo|synthetic] [--top 20] [--scan-matches N] [--no-embedded]
 *        [--opensearch URL | --start-opensearch] [--index NAME] [--keep-index]
 *
 * A bottleneck vacancy is searched in the four rings in parallel (top 20 each); any other
 * vacancy in ring 1 only (shared/domain/geography.ts); each with the rules' eligibility conditions
 * (`matchEligibility`) and ring 4 limited to the partner-agreement countries. Latency is wall
 * time per match (all its rings), reported separately for the two kinds, after a warm-up on
 * other vacancies of the same generator. The pool comes from the demo generator through the
 * API's own schema and taxonomy (`--pool demo`, default), or from the seeded synthetic pool
 * (`--pool synthetic`).
 *
 * OpenSearch: the pool goes into an index built like production's (`createCandidateIndex` with
 * bulk-load settings, two bulk requests of 5,000 in flight, then `makeLive` and a force merge).
 * The shard request cache is switched off on that index, so a count repeated by the warm-up
 * or by two equal vacancies is computed again, as it would be after any write to a live index.
 * `--index NAME --keep-index` keeps the loaded index for the next run, which reuses it when it
 * holds as many documents as the pool. The node's CPU time per match comes from nodes stats.
 *
 * The full scan costs seconds per match at a million candidates: `--scan-matches` limits it to
 * the first N timed matches (default all up to 200,000 candidates, else 20).
 */
import { cpus, loadavg, totalmem } from 'node:os';
import { parseArgs } from 'node:util';
import { Client } from '@opensearch-project/opensearch';
import { EmbeddedCandidateSearch } from '../../shared/adapters/embedded-search/embedded-candidate-search.js';
import { createCandidateIndex, makeLive } from '../../shared/adapters/opensearch/candidate-index.js';
import {
  OpenSearchMatchEngine,
  type RankRound,
} from '../../shared/adapters/opensearch/opensearch-match-engine.js';
import { fullScanRank } from '../../shared/matching/full-scan.js';
import type { RankRequest, RankResult } from '../../shared/matching/match-engine.js';
import { DEFAULT_MATCH_WEIGHTS } from '../../shared/matching/score-model.js';
import { defaultReferenceData } from '../../shared/rules/reference-data.js';
import { anyOf, not } from '../../shared/search/candidate-condition.js';
import type { CandidateDocument } from '../../shared/search/candidate-document.js';
import { Taxonomy } from '../../shared/taxonomy/taxonomy.js';
import { type DemoVacancy, demoCandidateDocuments, demoVacancies } from '../data/demo-pool.js';
import { syntheticCandidates, syntheticVacancyProfiles } from '../data/synthetic-pool.js';
import { startOpenSearch } from '../opensearch/launcher.js';
import { percentile } from './machine.js';

const { values: args } = parseArgs({
  options: {
    candidates: { type: 'string', default: '100000' },
    matches: { type: 'string', default: '200' },
    seed: { type: 'string', default: '1' },
    pool: { type: 'string', default: 'demo' },
    top: { type: 'string', default: '20' },
    'scan-matches': { type: 'string' },
    'no-embedded': { type: 'boolean', default: false },
    opensearch: { type: 'string' },
    'start-opensearch': { type: 'boolean', default: false },
    index: { type: 'string' },
    'keep-index': { type: 'boolean', default: false },
  },
});
const CANDIDATES = Number(args.candidates);
const MATCHES = Number(args.matches);
const SEED = Number(args.seed);
const TOP_K = Number(args.top);
const WARM_UP = Math.min(20, MATCHES);
const SCAN_MATCHES = Math.min(
  MATCHES,
  Number(args['scan-matches'] ?? (CANDIDATES <= 200_000 ? MATCHES : 20)),
);
/** The reference date of the bench: bottleneck list, agreements and rules as on this day. */
const MATCH_DATE = '2026-03-01';
const BULK_BATCH = 5000;
const BULK_IN_FLIGHT = 2;

/** One vacancy's search: its rings (four in parallel for a bottleneck vacancy) with their rules. */
interface MatchPlan {
  readonly bottleneck: boolean;
  readonly requests: readonly RankRequest[];
}

function planMatch(vacancy: DemoVacancy): MatchPlan {
  const base = {
    profile: vacancy.profile,
    weights: DEFAULT_MATCH_WEIGHTS,
    conditions: vacancy.conditions,
    topK: TOP_K,
  };
  if (!vacancy.bottleneck) return { bottleneck: false, requests: [{ ...base, ring: { ring: 1 } }] };
  return {
    bottleneck: true,
    requests: [
      { ...base, ring: { ring: 1 } },
      { ...base, ring: { ring: 2 } },
      { ...base, ring: { ring: 3 } },
      { ...base, ring: { ring: 4, countries: vacancy.partnerCountries } },
    ],
  };
}

/** Synthetic vacancies have no vacancy record for the rules: consent and BE-07 stand in; two in three are bottleneck ones. */
function syntheticVacancies(seed: number, count: number): DemoVacancy[] {
  return syntheticVacancyProfiles({ seed, count }).map((profile, i) => ({
    profile,
    bottleneck: i % 3 !== 0,
    conditions: [
      { ruleId: 'CONSENT', condition: { kind: 'flag', field: 'consentMatching', value: true } },
      ...(profile.regulated
        ? [{ ruleId: 'BE-07', condition: not(anyOf('diplomaRecognition', ['refused'])) }]
        : []),
    ],
    partnerCountries: ['IN', 'MA', 'NG', 'PH', 'TN'],
  }));
}

type Ranker = (request: RankRequest) => Promise<RankResult>;

interface Timings {
  readonly bottleneck: boolean[];
  /** Wall time per match, ms. */
  readonly ms: number[];
  /** CPU time of this process per match, ms (meaningful for the in-process engines only). */
  readonly cpuMs: number[];
  readonly results: RankResult[][];
}

/** Warms up on `warmUp` (untimed), then times each plan of `plans`, one match at a time. */
async function timeMatches(
  warmUp: readonly MatchPlan[],
  plans: readonly MatchPlan[],
  rank: Ranker,
): Promise<Timings> {
  const run = (plan: MatchPlan) => Promise.all(plan.requests.map(rank));
  for (const plan of warmUp) await run(plan);
  const timings: Timings = { bottleneck: [], ms: [], cpuMs: [], results: [] };
  for (const plan of plans) {
    const cpuBefore = process.cpuUsage();
    const started = performance.now();
    timings.results.push(await run(plan));
    timings.ms.push(performance.now() - started);
    const cpu = process.cpuUsage(cpuBefore);
    timings.cpuMs.push((cpu.user + cpu.system) / 1000);
    timings.bottleneck.push(plan.bottleneck);
  }
  return timings;
}

function summary(ms: readonly number[]) {
  const sorted = [...ms].sort((a, b) => a - b);
  return {
    n: ms.length,
    p50: percentile(sorted, 50),
    p95: percentile(sorted, 95),
    p99: percentile(sorted, 99),
    mean: ms.reduce((a, b) => a + b, 0) / ms.length,
  };
}

const fmt = (n: number) => (Number.isFinite(n) ? n.toFixed(1) : '–').padStart(9);
const loadLine = () =>
  loadavg()
    .map((l) => l.toFixed(2))
    .join(' ');

/** Compares the ring searches of the matches both runs timed (the full scan may time fewer). */
function sameRanking(a: RankResult[][], b: RankResult[][]): { identical: number; differing: number } {
  let identical = 0;
  let differing = 0;
  for (const [i, rings] of b.slice(0, a.length).entries()) {
    for (const [j, other] of rings.entries()) {
      const result = a[i]?.[j];
      const same =
        result !== undefined &&
        result.total === other.total &&
        JSON.stringify(result.exclusions) === JSON.stringify(other.exclusions) &&
        result.hits.length === other.hits.length &&
        result.hits.every((h, k) => h.id === other.hits[k]?.id && h.score === other.hits[k]?.score);
      if (same) identical++;
      else differing++;
    }
  }
  return { identical, differing };
}

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
async function loadOpenSearch(
  client: Client,
  index: string,
  pool: readonly CandidateDocument[],
  taxonomy: Taxonomy,
): Promise<void> {
  await client.indices.delete({ index }, { ignore: [404] });
  await createCandidateIndex(client, index, taxonomy, { bulkLoad: true });
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

interface Row {
  readonly name: string;
  readonly timings: Timings;
  readonly cpu?: boolean;
}

function printRows(rows: readonly Row[]): void {
  const header = ['n', 'p50 ms', 'p95 ms', 'p99 ms', 'mean ms'].map((h) => h.padStart(9)).join('');
  console.log(`\n${'engine'.padEnd(44)}${header}`);
  for (const row of rows) {
    for (const [kind, bottleneck] of [
      ['bottleneck (4 rings)', true],
      ['non-bottleneck (ring 1)', false],
    ] as const) {
      const pick = (values: readonly number[]) =>
        values.filter((_, i) => row.timings.bottleneck[i] === bottleneck);
      const wall = summary(pick(row.timings.ms));
      console.log(
        `${`${row.name}, ${kind}, wall`.padEnd(44)}${String(wall.n).padStart(9)}${fmt(wall.p50)}${fmt(wall.p95)}${fmt(wall.p99)}${fmt(wall.mean)}`,
      );
      if (row.cpu) {
        const cpu = summary(pick(row.timings.cpuMs));
        console.log(
          `${`${row.name}, ${kind}, cpu`.padEnd(44)}${String(cpu.n).padStart(9)}${fmt(cpu.p50)}${fmt(cpu.p95)}${fmt(cpu.p99)}${fmt(cpu.mean)}`,
        );
      }
    }
  }
}

async function main(): Promise<void> {
  const cpu = cpus();
  console.log('Match benchmark');
  console.log(
    `machine: ${cpu.length} × ${cpu[0]?.model ?? 'unknown cpu'}, ${(totalmem() / 2 ** 30).toFixed(1)} GiB, node ${process.version}, load average ${loadLine()}`,
  );

  let started = performance.now();
  const taxonomy = Taxonomy.builtIn();
  const pool =
    args.pool === 'synthetic'
      ? syntheticCandidates({ seed: SEED, count: CANDIDATES })
      : demoCandidateDocuments({ seed: SEED, count: CANDIDATES, taxonomy });
  const vacancies =
    args.pool === 'synthetic'
      ? syntheticVacancies(SEED + 1, WARM_UP + MATCHES)
      : demoVacancies({
          seed: SEED + 1,
          count: WARM_UP + MATCHES,
          taxonomy,
          reference: defaultReferenceData,
          today: MATCH_DATE,
        });
  const allPlans = vacancies.map(planMatch);
  const warmUp = allPlans.slice(0, WARM_UP);
  const plans = allPlans.slice(WARM_UP);
  const rings = [1, 2, 3, 4].map((ring) => pool.filter((d) => d.ring === ring).length);
  console.log(
    `pool: ${args.pool}, ${CANDIDATES} candidates (rings 1–4: ${rings.join(' / ')}), generated in ${((performance.now() - started) / 1000).toFixed(1)} s`,
  );
  console.log(
    `matches: ${MATCHES} (${plans.filter((p) => p.bottleneck).length} bottleneck: 4 rings in parallel, the rest ring 1), top ${TOP_K}, warm-up ${WARM_UP} other vacancies; full scan on the first ${SCAN_MATCHES}`,
  );

  const rows: Row[] = [];
  const notes: string[] = [];
  let reference: Timings | undefined;
  if (!args['no-embedded']) {
    started = performance.now();
    const embedded = new EmbeddedCandidateSearch(pool);
    notes.push(`embedded engine loaded in ${((performance.now() - started) / 1000).toFixed(1)} s`);
    reference = await timeMatches(warmUp, plans, (r) => embedded.rank(r));
    rows.push({ name: 'embedded', timings: reference, cpu: true });
  }
  const scanRun = await timeMatches(warmUp.slice(0, 2), plans.slice(0, SCAN_MATCHES), async (r) =>
    fullScanRank(pool, r),
  );
  rows.push({ name: 'full scan (baseline)', timings: scanRun, cpu: true });
  if (reference) {
    const agreement = sameRanking(scanRun.results, reference.results);
    notes.push(
      `embedded and full scan agree on ${agreement.identical} ring searches, differ on ${agreement.differing}`,
    );
    if (agreement.differing > 0) process.exitCode = 1;
  }
  reference ??= scanRun;

  const url = args.opensearch ?? process.env.OPENSEARCH_URL;
  if (url || args['start-opensearch']) {
    const node = url ? undefined : await startOpenSearch({});
    const client = new Client({ node: url ?? node?.url, requestTimeout: 120_000 });
    const index = args.index ?? `match-bench-${Date.now()}`;
    try {
      if ((await indexDocCount(client, index)) === pool.length && args.index) {
        notes.push(`OpenSearch ${url ?? node?.url}: reused index ${index} (${pool.length} documents)`);
      } else {
        started = performance.now();
        await loadOpenSearch(client, index, pool, taxonomy);
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
      const rounds: RankRound[] = [];
      const engine = new OpenSearchMatchEngine({ client, index, onRound: (round) => rounds.push(round) });
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
      rows.push({ name: 'opensearch', timings: openSearchRun });
      const parity = sameRanking(reference.results, openSearchRun.results);
      notes.push(
        `OpenSearch: same rankings, totals and exclusions as ${reference === scanRun ? 'the full scan' : 'embedded'}: ${parity.identical} ring searches, differing ${parity.differing}`,
      );
      notes.push(
        `OpenSearch node CPU: ${(nodeCpu / plans.length).toFixed(1)} ms per match, ${(nodeCpu / rankCalls).toFixed(1)} ms per ring search (nodes stats; load average ${loadBefore} before, ${loadLine()} after the timed run)`,
      );
      const took = summary(rounds.map((r) => r.tookMs));
      const scored = summary(rounds.map((r) => r.scored));
      notes.push(
        `OpenSearch ranking rounds: ${(rounds.length / rankCalls).toFixed(2)} per ring search (at most ${Math.max(...rounds.map((r) => r.round))}); candidates scored per round p50 ${scored.p50} / p95 ${scored.p95} / max ${Math.max(...rounds.map((r) => r.scored))}; took per round p50 ${took.p50} / p95 ${took.p95} ms`,
      );
      if (parity.differing > 0) process.exitCode = 1;
    } finally {
      if (!args['keep-index']) await client.indices.delete({ index }, { ignore: [404] });
      await client.close();
      await node?.stop();
    }
  }

  printRows(rows);
  console.log('');
  for (const note of notes) console.log(note);
  console.log(`load average at the end: ${loadLine()}`);
}

await main();
