import { cpus, loadavg } from 'node:os';
import type { ImportRun, UploadRun } from './bulk-bench-runs.js';

/** The bulk benchmark's figures (scripts/bench/bulk-bench.ts), printed once every run is over. */

export const load = () => loadavg()[0]?.toFixed(1);
const perSecond = (n: number, ms: number) => Math.round((n / ms) * 1000);

export interface BulkBenchResults {
  readonly engine: string;
  readonly rows: number;
  readonly asyncRows: number;
  readonly concurrency: number;
  readonly loadBefore: string | undefined;
  readonly rawPutMs: number;
  readonly rawBatchMs: number;
  readonly first: UploadRun;
  readonly second: UploadRun;
  readonly sequenced: number;
  readonly feedMs: number;
  readonly imported: ImportRun;
}

export function printReport(r: BulkBenchResults): void {
  const { engine: ENGINE, rows: ROWS, asyncRows: ASYNC_ROWS, imported } = r;
  const rawRate = perSecond(ROWS, r.rawPutMs);
  console.log(`load average before the upload: ${r.loadBefore}, at the end: ${load()}`);
  console.log(`\n1. bulk upload, ${ROWS} NDJSON rows, concurrency ${r.concurrency}`);
  console.log(`   baseline raw PutItem on ${ENGINE} (same records):   ${rawRate} items/s`);
  console.log(
    `   ceiling raw BatchWriteItem on ${ENGINE} (25/request): ${perSecond(ROWS, r.rawBatchMs)} items/s`,
  );
  for (const [name, run] of [
    ['first', r.first],
    ['second', r.second],
  ] as const) {
    const rate = perSecond(ROWS, run.totalMs);
    console.log(
      `   POST /v1/candidates/bulk (${name}), until every row is searchable: ${rate} rows/s (${(run.totalMs / 1000).toFixed(1)} s; response after ${(run.responseMs / 1000).toFixed(1)} s; accepted ${run.report.totals.accepted}, indexed ${run.indexed}); ratio to raw PutItem ${(rate / rawRate).toFixed(2)}`,
    );
    console.log(
      `     API process CPU ${(run.cpuMs / 1000).toFixed(2)} s: ${(run.cpuMs / ROWS).toFixed(3)} ms per row (indexing to OpenSearch included); ${ENGINE} ${(run.engineMs / 1000).toFixed(2)} s; OpenSearch JVM ${(run.searchMs / 1000).toFixed(2)} s (of ${((run.totalMs / 1000) * cpus().length).toFixed(1)} CPU-seconds the machine had)`,
    );
  }
  console.log('   target 5,000 rows/s');
  console.log(
    `\n2. change feed: ${r.sequenced} entries sequenced and readable ${(r.feedMs / 1000).toFixed(1)} s after the upload returned`,
  );
  console.log(
    `\n3. async import, ${ASYNC_ROWS} rows (${(imported.fileBytes / 2 ** 20).toFixed(0)} MiB NDJSON)`,
  );
  console.log(
    `   upload stored in ${(imported.uploadedMs / 1000).toFixed(1)} s; job done in ${(imported.importMs / 1000).toFixed(0)} s: ${perSecond(imported.done, imported.importMs)} rows/s`,
  );
  console.log(
    `   API process RSS: ${imported.rssBefore.current.toFixed(0)} MiB before, peak ${Math.max(imported.peak, imported.rssAfter.peak).toFixed(0)} MiB (VmHWM ${imported.rssAfter.peak.toFixed(0)} MiB), target < 512 MiB`,
  );
  console.log(
    `   ${ENGINE} process (holds the table in memory): RSS ${imported.engineMemory.current.toFixed(0)} MiB`,
  );
}
