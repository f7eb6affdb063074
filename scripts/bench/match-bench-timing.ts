/**
 * The match benchmark's plans and timings (scripts/bench/match-bench.ts): what one match searches,
 * timing a run of matches, comparing two runs' rankings, and printing the table.
 */
import { loadavg } from 'node:os';
import type { RankRequest, RankResult } from '../../shared/matching/match-engine.js';
import { DEFAULT_MATCH_WEIGHTS } from '../../shared/matching/score-model.js';
import { anyOf, not } from '../../shared/search/candidate-condition.js';
import type { DemoVacancy } from '../data/demo-pool.js';
import { syntheticVacancyProfiles } from '../data/synthetic-pool.js';
import { percentile } from './machine.js';

/** One vacancy's search: its rings (four in parallel for a bottleneck vacancy) with their rules. */
export interface MatchPlan {
  readonly bottleneck: boolean;
  readonly requests: readonly RankRequest[];
}

export function planMatch(vacancy: DemoVacancy, topK: number): MatchPlan {
  const base = {
    profile: vacancy.profile,
    weights: DEFAULT_MATCH_WEIGHTS,
    conditions: vacancy.conditions,
    topK,
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
export function syntheticVacancies(seed: number, count: number): DemoVacancy[] {
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

export type Ranker = (request: RankRequest) => Promise<RankResult>;

export interface Timings {
  readonly bottleneck: boolean[];
  /** Wall time per match, ms. */
  readonly ms: number[];
  /** CPU time of this process per match, ms (meaningful for the in-process engines only). */
  readonly cpuMs: number[];
  readonly results: RankResult[][];
}

/** Warms up on `warmUp` (untimed), then times each plan of `plans`, one match at a time. */
export async function timeMatches(
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

export function summary(ms: readonly number[]) {
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
export const loadLine = () =>
  loadavg()
    .map((l) => l.toFixed(2))
    .join(' ');

/** Compares the ring searches of the matches both runs timed (the full scan may time fewer). */
export function sameRanking(a: RankResult[][], b: RankResult[][]): { identical: number; differing: number } {
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

export interface Row {
  readonly name: string;
  readonly timings: Timings;
  readonly cpu?: boolean;
}

export function printRows(rows: readonly Row[]): void {
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
