/**
 * Runs autocannon instances side by side (one per request kind) against one server and reports
 * per kind: throughput, latency percentiles and errors. Latencies are every response time the
 * instance reported (its 'response' event), so p95 is exact; autocannon's own histogram has no
 * p95.
 */
import { readdirSync, readFileSync } from 'node:fs';
import autocannon, { type AutocannonRequest, type AutocannonResult } from 'autocannon';
import { percentile } from './machine.js';

export interface KindLoad {
  readonly kind: string;
  readonly connections: number;
  readonly requests: AutocannonRequest[];
}

export interface KindStats {
  readonly kind: string;
  readonly connections: number;
  readonly seconds: number;
  readonly responses: number;
  readonly perSecond: number;
  readonly p50: number;
  readonly p95: number;
  readonly p99: number;
  readonly max: number;
  /** Non-2xx responses, connection errors and timeouts. */
  readonly errors: number;
  readonly statuses: Readonly<Record<string, number>>;
}

export async function runLoads(
  url: string,
  loads: readonly KindLoad[],
  seconds: number,
): Promise<KindStats[]> {
  const runs = loads.map((load) => {
    const times: number[] = [];
    const instance = autocannon({
      url,
      title: load.kind,
      connections: load.connections,
      duration: seconds,
      timeout: 30,
      requests: load.requests,
    });
    instance.on('response', (_client: unknown, _status: number, _bytes: number, ms: number) => {
      times.push(ms);
    });
    return Promise.resolve(instance).then((result) => summarise(load, result, times));
  });
  return Promise.all(runs);
}

function summarise(load: KindLoad, result: AutocannonResult, times: number[]): KindStats {
  const sorted = times.sort((a, b) => a - b);
  const statuses = Object.fromEntries(
    Object.entries(result.statusCodeStats).map(([status, { count }]) => [status, Number(count)]),
  );
  return {
    kind: load.kind,
    connections: load.connections,
    seconds: result.duration,
    responses: sorted.length,
    perSecond: sorted.length / result.duration,
    p50: percentile(sorted, 50),
    p95: percentile(sorted, 95),
    p99: percentile(sorted, 99),
    max: sorted.at(-1) ?? Number.NaN,
    errors: result.non2xx + result.errors + result.timeouts,
    statuses,
  };
}

export function formatStats(rows: readonly KindStats[]): string {
  const header =
    '| kind | conns | responses | req/s | p50 ms | p95 ms | p99 ms | max ms | errors | statuses |';
  const lines = rows.map(
    (r) =>
      `| ${r.kind} | ${r.connections} | ${r.responses} | ${r.perSecond.toFixed(0)} | ${r.p50.toFixed(1)} | ${r.p95.toFixed(1)} | ${r.p99.toFixed(1)} | ${r.max.toFixed(0)} | ${r.errors} | ${Object.entries(
        r.statuses,
      )
        .map(([s, n]) => `${s}×${n}`)
        .join(' ')} |`,
  );
  return [header, '| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |', ...lines].join('\n');
}

/** Linux's USER_HZ: the unit of utime and stime in /proc/<pid>/stat. */
const CLOCK_TICKS_PER_SECOND = 100;

/** CPU time (user + system, ms) so far of one process of a tree: all its threads, and its main thread. */
export interface ProcessCpu {
  readonly pid: number;
  readonly totalMs: number;
  readonly mainThreadMs: number;
}

/**
 * CPU time spent so far by a process and all its descendants, per process, every thread
 * included (the server's dynalite worker too); undefined where /proc is not there. Under a
 * busy machine this is the steadier figure: wall-clock latency includes waiting for a core.
 */
export function processTreeCpu(pid: number): ProcessCpu[] | undefined {
  try {
    const out: ProcessCpu[] = [];
    const visit = (id: number) => {
      out.push({
        pid: id,
        totalMs: statCpuMs(`/proc/${id}/stat`),
        mainThreadMs: statCpuMs(`/proc/${id}/task/${id}/stat`),
      });
      for (const task of readdirSync(`/proc/${id}/task`)) {
        const children = readFileSync(`/proc/${id}/task/${task}/children`, 'utf8').trim();
        for (const child of children.split(' ').filter(Boolean)) visit(Number(child));
      }
    };
    visit(pid);
    return out;
  } catch {
    return undefined;
  }
}

/** utime + stime of a /proc stat file, ms. */
function statCpuMs(path: string): number {
  const stat = readFileSync(path, 'utf8');
  // Fields after the command name, which is in parentheses and may hold spaces: state is field
  // 3, utime field 14 and stime field 15.
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  return ((Number(fields[11]) + Number(fields[12])) * 1000) / CLOCK_TICKS_PER_SECOND;
}

/** CPU spent between two snapshots: the whole tree, and the busiest process's main thread and other threads. */
export function cpuBetween(
  before: readonly ProcessCpu[],
  after: readonly ProcessCpu[],
): { totalMs: number; mainThreadMs: number; otherThreadsMs: number } {
  let totalMs = 0;
  let busiest = { totalMs: -1, mainThreadMs: 0 };
  for (const a of after) {
    const b = before.find((p) => p.pid === a.pid) ?? { totalMs: 0, mainThreadMs: 0 };
    const delta = { totalMs: a.totalMs - b.totalMs, mainThreadMs: a.mainThreadMs - b.mainThreadMs };
    totalMs += delta.totalMs;
    if (delta.totalMs > busiest.totalMs) busiest = delta;
  }
  return {
    totalMs,
    mainThreadMs: busiest.mainThreadMs,
    otherThreadsMs: busiest.totalMs - busiest.mainThreadMs,
  };
}
