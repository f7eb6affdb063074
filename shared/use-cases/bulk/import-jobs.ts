import { ValidationError } from '../../errors.js';
import { type RawRow, readRows } from '../../exchange/row-reader.js';
import type { AuditActor } from '../../ports/audit-log.js';
import type { BlobStore } from '../../ports/blob-store.js';
import type { CandidateStore } from '../../ports/candidate-store.js';
import type { Clock } from '../../ports/clock.js';
import type { IdGenerator } from '../../ports/id-generator.js';
import {
  addTotals,
  type ImportJob,
  type ImportStore,
  type RowReport,
  totalsOf,
} from '../../ports/import-store.js';
import type { Telemetry } from '../../ports/telemetry.js';
import type { Taxonomy } from '../../taxonomy/taxonomy.js';
import { countBulkRows } from '../business-metrics.js';
import { sha256Hex } from '../digest.js';
import { type CheckedRow, RowChecker } from './check-row.js';
import { writeChunk } from './write-chunk.js';

export interface ImportSettings {
  /** Rows per checkpoint. */
  readonly chunkSize: number;
  /** How long a worker holds a job between checkpoints before another may resume it. */
  readonly leaseMs: number;
  readonly syncMaxRows: number;
  readonly syncMaxBytes: number;
  readonly asyncMaxBytes: number;
  /** How long a synchronous upload's report (and its Idempotency-Key) is kept. */
  readonly syncTtlSeconds: number;
  readonly asyncTtlSeconds: number;
  /** This process, as a lease owner. */
  readonly workerId: string;
}

export const DEFAULT_IMPORT_SETTINGS: Omit<ImportSettings, 'workerId'> = {
  chunkSize: 500,
  leaseMs: 30_000,
  syncMaxRows: 10_000,
  syncMaxBytes: 64 * 1024 * 1024,
  asyncMaxBytes: 1024 * 1024 * 1024,
  syncTtlSeconds: 24 * 3600,
  asyncTtlSeconds: 7 * 24 * 3600,
};

export interface ImportDeps {
  readonly candidates: CandidateStore;
  readonly taxonomy: Taxonomy;
  readonly clock: Clock;
  readonly ids: IdGenerator;
  readonly imports: ImportStore;
  readonly blobs: BlobStore;
  readonly importSettings: ImportSettings;
  readonly telemetry?: Telemetry | undefined;
}

/** The rejected rows a job keeps on its record for a quick look. */
const REJECTED_SAMPLE = 100;

/** An upload's id follows from (PES, Idempotency-Key), so a retry finds the job of the first try. */
export function importIdFor(pes: string, idempotencyKey: string | undefined, deps: ImportDeps): string {
  return idempotencyKey === undefined
    ? deps.ids.next('imp')
    : `imp_${sha256Hex(`${pes}\u0000${idempotencyKey}`).slice(0, 24)}`;
}

/** Thrown when a checkpoint is refused: another worker took the job over. This one stops. */
export class LeaseLostError extends Error {
  constructor(jobId: string) {
    super(`import ${jobId}: another worker holds the job now`);
  }
}

/**
 * Runs a job's rows chunk by chunk from where it stands. Per chunk: reuse it if a crashed run
 * finished it → else write it (plan saved first, see write-chunk.ts) → record its rows → advance
 * the checkpoint (conditional on chunk and lease). Chunks before the checkpoint are skipped,
 * their rows only checked again (so a duplicate external id is still recognised).
 * Returns the finished job and, when `collect` is set, every row's report in order.
 */
export async function processRows(
  deps: ImportDeps,
  job: ImportJob,
  rows: AsyncIterable<CheckedRow> | Iterable<CheckedRow>,
  collect = false,
): Promise<{ job: ImportJob; rows: RowReport[] }> {
  const settings = deps.importSettings;
  const owner = settings.workerId;
  const ttl = job.kind === 'sync' ? settings.syncTtlSeconds : settings.asyncTtlSeconds;
  const collected: RowReport[] = [];
  let totals = job.totals;
  const sample = [...job.rejectedSample];
  let n = 0;
  let batch: CheckedRow[] = [];

  const runChunk = async () => {
    const stored = await deps.imports.getChunk(job.id, n);
    let reports: readonly RowReport[];
    if (stored?.state === 'done') {
      reports = stored.rows; // finished before a crash, not yet checkpointed
    } else {
      const chunk = n;
      reports = await writeChunk(deps, job.pes, batch, {
        actor: importActor(job),
        previousPlan: stored?.state === 'planned' ? stored.plan : undefined,
        savePlan: (plan) => deps.imports.putChunk(job.id, { n: chunk, state: 'planned', plan }, ttl),
      });
      await deps.imports.putChunk(job.id, { n, state: 'done', rows: reports }, ttl);
      countBulkRows(deps, totalsOf(reports)); // written now: a chunk done before a crash was counted then
    }
    totals = addTotals(totals, totalsOf(reports));
    for (const r of reports) if (r.status === 'rejected' && sample.length < REJECTED_SAMPLE) sample.push(r);
    const advanced = await deps.imports.advance(
      job.id,
      owner,
      n,
      { totals, rejectedSample: sample },
      deps.clock.now(),
      settings.leaseMs,
    );
    if (!advanced) throw new LeaseLostError(job.id);
    return reports;
  };

  const step = async () => {
    if (n >= job.nextChunk) {
      const reports = await runChunk();
      if (collect) collected.push(...reports);
    } else if (collect) {
      const stored = await deps.imports.getChunk(job.id, n);
      if (stored?.state === 'done') collected.push(...stored.rows);
    }
    n++;
    batch = [];
  };

  for await (const row of rows) {
    batch.push(row);
    if (batch.length === job.chunkSize) await step();
  }
  if (batch.length > 0) await step();
  await deps.imports.finish(job.id, owner, { status: 'completed' }, deps.clock.now());
  const finished = (await deps.imports.get(job.id)) ?? job;
  return { job: finished, rows: collected };
}

/** The PES that uploaded the file, as its import job acts for it (a worker may run it later). */
function importActor(job: ImportJob): AuditActor {
  return { kind: 'caller', role: 'pes', org: job.pes, subject: `import:${job.id}` };
}

/** Checks rows as they are read (the checker remembers external ids across the whole file). */
export async function* checkedRows(
  rows: AsyncIterable<RawRow>,
  checker: RowChecker,
): AsyncGenerator<CheckedRow> {
  for await (const raw of rows) yield checker.check(raw);
}

/**
 * Runs (or resumes) an asynchronous import job: take the lease → stream the stored upload →
 * check and write its rows chunk by chunk → finish. A file the layout refuses (a CSV header)
 * fails the job with the reasons; any other error leaves it for a later run once the lease lapses.
 * Undefined when another worker holds the job or it is finished.
 */
export async function runImportJob(deps: ImportDeps, jobId: string): Promise<ImportJob | undefined> {
  const owner = deps.importSettings.workerId;
  const job = await deps.imports.claim(jobId, owner, deps.clock.now(), deps.importSettings.leaseMs);
  if (job?.kind !== 'async' || !job.blobKey) return undefined;
  try {
    const checker = new RowChecker(deps.taxonomy, job.pes, deps.clock);
    const rows = checkedRows(readRows(deps.blobs.get(job.blobKey), job.format), checker);
    return (await processRows(deps, job, rows)).job;
  } catch (error) {
    if (error instanceof LeaseLostError) return undefined;
    if (error instanceof ValidationError) {
      await deps.imports.finish(
        job.id,
        owner,
        { status: 'failed', error: { detail: error.message, errors: error.issues } },
        deps.clock.now(),
      );
      return deps.imports.get(job.id);
    }
    throw error;
  }
}

/** The worker's round: every job that is queued or whose worker stopped (its lease lapsed). */
export async function runPendingImports(deps: ImportDeps, limit = 5): Promise<number> {
  const jobs = await deps.imports.runnable(deps.clock.now(), limit);
  let ran = 0;
  for (const job of jobs) {
    if (await runImportJob(deps, job.id)) ran++;
  }
  return ran;
}
