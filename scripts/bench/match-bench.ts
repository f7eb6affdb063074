/**
 * Match benchmark: the embedded engine and OpenSearch against a naive full scan that scores
 * every candidate with the pure model, on the same pool, vacancies and machine.
 *
 *   tsx scripts/bench/match-bench.ts [--candidates 100000] [--matches 200] [--seed 1]
 *        [--pool demo|synthetic] [--top 20] [--scan-matches N] [--no-embedded]
 *        [--opensearch URL | --start-opensearch] [--index NAME] [--keep-index] [--taxonomy artifact.json]
 *        [--first-round-spans 0.05,0.1] (timed one after another on the same index)
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
 * `--taxonomy` loads a taxonomy artifact (e.g. a full-size ESCO import) instead of the built-in
 * one, and puts the demo pool in its vocabulary (scripts/data/esco-pool.ts): candidates and
 * vacancies also take the skills of the loaded occupations in their ISCO groups.
 *
 * The full scan costs seconds per match at a million candidates: `--scan-matches` limits it to
 * the first N timed matches (default all up to 200,000 candidates, else 20).
 */
import { cpus, totalmem } from 'node:os';
import { parseArgs } from 'node:util';
import { EmbeddedCandidateSearch } from '../../shared/adapters/embedded-search/embedded-candidate-search.js';
import { fullScanRank } from '../../shared/matching/full-scan.js';
import { defaultReferenceData } from '../../shared/rules/reference-data.js';
import { builtInTaxonomy } from '../../shared/taxonomy/built-in-taxonomy.js';
import { demoCandidateDocuments, demoVacancies } from '../data/demo-pool.js';
import { inTaxonomyVocabulary } from '../data/esco-pool.js';
import { syntheticCandidates } from '../data/synthetic-pool.js';
import { loadTaxonomyArtifact } from '../data/taxonomy/load-artifact.js';
import { benchOpenSearch } from './match-bench-opensearch.js';
import {
  loadLine,
  planMatch,
  printRows,
  type Row,
  sameRanking,
  syntheticVacancies,
  type Timings,
  timeMatches,
} from './match-bench-timing.js';

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
    taxonomy: { type: 'string' },
    'first-round-spans': { type: 'string' },
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

async function main(): Promise<void> {
  const cpu = cpus();
  console.log('Match benchmark');
  console.log(
    `machine: ${cpu.length} × ${cpu[0]?.model ?? 'unknown cpu'}, ${(totalmem() / 2 ** 30).toFixed(1)} GiB, node ${process.version}, load average ${loadLine()}`,
  );

  let started = performance.now();
  const taxonomy = args.taxonomy ? await loadTaxonomyArtifact(args.taxonomy) : builtInTaxonomy();
  let pool =
    args.pool === 'synthetic'
      ? syntheticCandidates({ seed: SEED, count: CANDIDATES })
      : demoCandidateDocuments({ seed: SEED, count: CANDIDATES, taxonomy });
  let vacancies =
    args.pool === 'synthetic'
      ? syntheticVacancies(SEED + 1, WARM_UP + MATCHES)
      : demoVacancies({
          seed: SEED + 1,
          count: WARM_UP + MATCHES,
          taxonomy,
          reference: defaultReferenceData,
          today: MATCH_DATE,
        });
  if (args.taxonomy) ({ pool, vacancies } = inTaxonomyVocabulary({ pool, vacancies }, taxonomy, SEED + 2));
  const distinctSkills = new Set(pool.flatMap((d) => d.skills)).size;
  const allPlans = vacancies.map((vacancy) => planMatch(vacancy, TOP_K));
  const warmUp = allPlans.slice(0, WARM_UP);
  const plans = allPlans.slice(WARM_UP);
  const rings = [1, 2, 3, 4].map((ring) => pool.filter((d) => d.ring === ring).length);
  console.log(
    `pool: ${args.pool}, ${CANDIDATES} candidates (rings 1–4: ${rings.join(' / ')}), taxonomy ${taxonomy.version} (${taxonomy.skills().length} skills; ${distinctSkills} distinct skill keys in the pool), generated in ${((performance.now() - started) / 1000).toFixed(1)} s`,
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
    const referenceName = reference === scanRun ? 'the full scan' : 'embedded';
    const index = args.index;
    const keepIndex = args['keep-index'];
    await benchOpenSearch(
      {
        url,
        index,
        keepIndex,
        pool,
        warmUp,
        plans,
        reference,
        referenceName,
        firstRoundSpans: args['first-round-spans']?.split(',').map(Number) ?? [undefined],
      },
      rows,
      notes,
    );
  }

  printRows(rows);
  console.log('');
  for (const note of notes) console.log(note);
  console.log(`load average at the end: ${loadLine()}`);
}

await main();
