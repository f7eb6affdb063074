/**
 * Runs autocannon instances side by side (one per request kind) against one server and reports
 * per kind: throughput, latency percentiles and errors. Latencies are every response time the
 * instance reported (its 'response' event), so p95 is exact; autocannon's own histogram has no
 * p95.
 */
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
