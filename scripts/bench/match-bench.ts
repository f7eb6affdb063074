/**
 * Match benchmark: the embedded engine (and optionally OpenSearch) against a naive full scan
 * that scores every candidate with the pure model, on the same pool, vacancies and machine.
 *
 *   tsx scripts/bench/match-bench.ts [--candidates 100000] [--matches 200] [--seed 1]
 *        [--pool demo|synthetic] [--top 20] [--opensearch URL | --start-opensearch]
 *
 * A bottleneck vacancy is searched in the four rings in parallel (top 20 each); any other
 * vacancy in ring 1 only (domain brief §3); each with the rules' eligibility conditions
 * (`matchEligibility`) and ring 4 limited to the partner-agreement countries. Latency is wall time per match (all its rings),
 * after a warm-up. The pool comes from the demo generator through the API's own schema and
 * taxonomy (`--pool demo`, default), or from the seeded synthetic pool (`--pool synthetic`).
 */
import { cpus, loadavg, totalmem } from 'node:os';
import { parseArgs } from 'node:util';
import { Client } from '@opensearch-project/opensearch';
import { EmbeddedCandidateSearch } from '../../shared/adapters/embedded-search/embedded-candidate-search.js';
import { type DemoVacancy, demoCandidateDocuments, demoVacancies } from '../../shared/matching/demo-pool.js';
import { fullScanRank } from '../../shared/matching/full-scan.js';
import type { RankRequest, RankResult } from '../../shared/matching/match-engine.js';
import { MATCHING_MAPPING_PROPERTIES } from '../../shared/matching/opensearch-mapping-requirements.js';
import { OpenSearchMatchEngine } from '../../shared/matching/opensearch-match-engine.js';
import { DEFAULT_MATCH_WEIGHTS } from '../../shared/matching/score-model.js';
import { syntheticCandidates, syntheticVacancyProfiles } from '../../shared/matching/synthetic-pool.js';
import { defaultReferenceData } from '../../shared/rules/reference-data.js';
import { anyOf, not } from '../../shared/search/candidate-condition.js';
import type { CandidateDocument } from '../../shared/search/candidate-document.js';
import { Taxonomy } from '../../shared/taxonomy/taxonomy.js';
import { startOpenSearch } from '../opensearch/launcher.js';

const { values: args } = parseArgs({
  options: {
    candidates: { type: 'string', default: '100000' },
    matches: { type: 'string', default: '200' },
    seed: { type: 'string', default: '1' },
    pool: { type: 'string', default: 'demo' },
    top: { type: 'string', default: '20' },
    opensearch: { type: 'string' },
    'start-opensearch': { type: 'boolean', default: false },
  },
});
const CANDIDATES = Number(args.candidates);
const MATCHES = Number(args.matches);
const SEED = Number(args.seed);
const TOP_K = Number(args.top);
const WARM_UP = Math.min(20, MATCHES);
/** The reference date of the bench: bottleneck list, agreements and rules as on this day. */
const MATCH_DATE = '2026-03-01';

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
  /** Wall time per match, ms. */
  readonly ms: number[];
  /** CPU time of this process per match, ms: less sensitive to a busy machine (in-process engines only). */
  readonly cpuMs: number[];
  readonly results: RankResult[][];
}

async function timeMatches(plans: readonly MatchPlan[], rank: Ranker): Promise<Timings> {
  const run = (plan: MatchPlan) => Promise.all(plan.requests.map(rank));
  for (const plan of plans.slice(0, WARM_UP)) await run(plan);
  const timings: Timings = { ms: [], cpuMs: [], results: [] };
  for (const plan of plans) {
    const cpuBefore = process.cpuUsage();
    const started = performance.now();
    timings.results.push(await run(plan));
    timings.ms.push(performance.now() - started);
    const cpu = process.cpuUsage(cpuBefore);
    timings.cpuMs.push((cpu.user + cpu.system) / 1000);
  }
  return timings;
}

function percentile(sorted: readonly number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.ceil(p * sorted.length) - 1)] ?? Number.NaN;
}

function summary(ms: readonly number[]) {
  const sorted = [...ms].sort((a, b) => a - b);
  return {
    p50: percentile(sorted, 0.5),
    p95: percentile(sorted, 0.95),
    p99: percentile(sorted, 0.99),
    mean: ms.reduce((a, b) => a + b, 0) / ms.length,
  };
}

const fmt = (n: number) => n.toFixed(2).padStart(9);

function sameRanking(a: RankResult[][], b: RankResult[][]): { identical: number; differing: number } {
  let identical = 0;
  let differing = 0;
  for (const [i, rings] of a.entries()) {
    for (const [j, result] of rings.entries()) {
      const other = b[i]?.[j];
      const same =
        other !== undefined &&
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

async function loadOpenSearch(
  client: Client,
  index: string,
  pool: readonly CandidateDocument[],
): Promise<void> {
  await client.indices.create({
    index,
    body: {
      settings: { number_of_shards: 1, number_of_replicas: 0, refresh_interval: '-1' },
      mappings: {
        dynamic: 'strict',
        properties: { ...MATCHING_MAPPING_PROPERTIES, skillText: { type: 'text' } },
      },
    },
  });
  for (let start = 0; start < pool.length; start += 5000) {
    const operations = pool
      .slice(start, start + 5000)
      .flatMap((doc) => [
        { index: { _index: index, _id: doc.id, version: doc.version, version_type: 'external' } },
        doc,
      ]);
    const { body } = await client.bulk({ body: operations });
    if (body.errors)
      throw new Error(`bulk load failed: ${JSON.stringify(body.items.find((i) => i.index?.error))}`);
  }
  await client.indices.refresh({ index });
  await client.indices.forcemerge({ index, max_num_segments: 1 });
}

async function main(): Promise<void> {
  const cpu = cpus();
  console.log('Match benchmark');
  console.log(
    `machine: ${cpu.length} × ${cpu[0]?.model ?? 'unknown cpu'}, ${(totalmem() / 2 ** 30).toFixed(1)} GiB, node ${process.version}, load average ${loadavg()
      .map((l) => l.toFixed(2))
      .join(' ')}`,
  );

  let started = performance.now();
  const taxonomy = Taxonomy.builtIn();
  const pool =
    args.pool === 'synthetic'
      ? syntheticCandidates({ seed: SEED, count: CANDIDATES })
      : demoCandidateDocuments({ seed: SEED, count: CANDIDATES, taxonomy });
  const vacancies =
    args.pool === 'synthetic'
      ? syntheticVacancies(SEED + 1, MATCHES)
      : demoVacancies({
          seed: SEED + 1,
          count: MATCHES,
          taxonomy,
          reference: defaultReferenceData,
          today: MATCH_DATE,
        });
  const plans = vacancies.map(planMatch);
  const rings = [1, 2, 3, 4].map((ring) => pool.filter((d) => d.ring === ring).length);
  console.log(
    `pool: ${args.pool}, ${CANDIDATES} candidates (rings 1–4: ${rings.join(' / ')}), generated in ${((performance.now() - started) / 1000).toFixed(1)} s`,
  );
  console.log(
    `matches: ${MATCHES} (${plans.filter((p) => p.bottleneck).length} bottleneck: 4 rings in parallel, the rest ring 1), top ${TOP_K}, ${WARM_UP} warm-up`,
  );

  started = performance.now();
  const embedded = new EmbeddedCandidateSearch(pool);
  console.log(`embedded engine loaded in ${((performance.now() - started) / 1000).toFixed(1)} s`);

  const rows: { name: string; ms: number[]; cpuMs?: number[] }[] = [];
  const embeddedRun = await timeMatches(plans, (r) => embedded.rank(r));
  rows.push({ name: 'embedded', ms: embeddedRun.ms, cpuMs: embeddedRun.cpuMs });
  const scanRun = await timeMatches(plans, async (r) => fullScanRank(pool, r));
  rows.push({ name: 'full scan (baseline)', ms: scanRun.ms, cpuMs: scanRun.cpuMs });
  const agreement = sameRanking(embeddedRun.results, scanRun.results);

  let openSearchNote = '';
  const url = args.opensearch ?? process.env.OPENSEARCH_URL;
  if (url || args['start-opensearch']) {
    const node = url ? undefined : await startOpenSearch({});
    const client = new Client({ node: url ?? node?.url });
    const index = `match-bench-${Date.now()}`;
    try {
      started = performance.now();
      await loadOpenSearch(client, index, pool);
      openSearchNote = `OpenSearch ${url ?? node?.url}: loaded and force-merged in ${((performance.now() - started) / 1000).toFixed(1)} s`;
      const engine = new OpenSearchMatchEngine({ client, index });
      const openSearchRun = await timeMatches(plans, (r) => engine.rank(r));
      rows.push({ name: 'opensearch', ms: openSearchRun.ms });
      const parity = sameRanking(embeddedRun.results, openSearchRun.results);
      openSearchNote += `; same rankings as embedded: ${parity.identical} ring searches, differing ${parity.differing}`;
    } finally {
      await client.indices.delete({ index }, { ignore: [404] });
      await client.close();
      await node?.stop();
    }
  }

  const header = ['p50 ms', 'p95 ms', 'p99 ms', 'mean ms'].map((h) => h.padStart(9)).join('');
  console.log(`\n${'engine'.padEnd(32)}${header}`);
  const line = (name: string, ms: readonly number[]) => {
    const s = summary(ms);
    console.log(`${name.padEnd(32)}${fmt(s.p50)}${fmt(s.p95)}${fmt(s.p99)}${fmt(s.mean)}`);
  };
  for (const row of rows) {
    line(`${row.name}, wall`, row.ms);
    if (row.cpuMs) line(`${row.name}, cpu`, row.cpuMs);
  }
  const fast = summary(embeddedRun.ms);
  const scan = summary(scanRun.ms);
  console.log(
    `\nfull scan / embedded: p50 ×${(scan.p50 / fast.p50).toFixed(1)}, p95 ×${(scan.p95 / fast.p95).toFixed(1)}`,
  );
  console.log(
    `embedded and full scan agree on ${agreement.identical} ring searches, differ on ${agreement.differing}`,
  );
  if (openSearchNote) console.log(openSearchNote);
  console.log(
    `load average at the end: ${loadavg()
      .map((l) => l.toFixed(2))
      .join(' ')}`,
  );
  if (agreement.differing > 0) process.exitCode = 1;
}

await main();
