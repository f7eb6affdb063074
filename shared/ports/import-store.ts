import type { FieldIssue } from '../errors.js';

/**
 * Upload jobs and their per-row reports. Every bulk upload is a job: a synchronous request
 * (`POST /v1/candidates/bulk`) runs its job inline and answers with the report; an asynchronous
 * one (`POST /v1/candidate-imports`) stores the file and a worker runs the job. Jobs advance
 * chunk by chunk, each checkpointed in the table, so a job interrupted by a crash resumes where
 * it stood and stores every row exactly once.
 */

export type ImportKind = 'sync' | 'async';
export type ImportStatus = 'queued' | 'running' | 'completed' | 'failed';
export type RowStatus = 'accepted' | 'rejected' | 'unchanged';

export interface RowReport {
  readonly row: number;
  readonly externalId?: string | undefined;
  readonly status: RowStatus;
  /** Accepted rows: a new profile, or a new version of one. */
  readonly outcome?: 'created' | 'updated' | undefined;
  readonly candidateId?: string | undefined;
  readonly version?: number | undefined;
  readonly errors?: readonly FieldIssue[] | undefined;
}

export interface ImportTotals {
  readonly rows: number;
  readonly accepted: number;
  readonly rejected: number;
  readonly unchanged: number;
  readonly created: number;
  readonly updated: number;
}

export const ZERO_TOTALS: ImportTotals = {
  rows: 0,
  accepted: 0,
  rejected: 0,
  unchanged: 0,
  created: 0,
  updated: 0,
};

export function addTotals(a: ImportTotals, b: ImportTotals): ImportTotals {
  return {
    rows: a.rows + b.rows,
    accepted: a.accepted + b.accepted,
    rejected: a.rejected + b.rejected,
    unchanged: a.unchanged + b.unchanged,
    created: a.created + b.created,
    updated: a.updated + b.updated,
  };
}

export function totalsOf(rows: readonly RowReport[]): ImportTotals {
  let t = ZERO_TOTALS;
  for (const r of rows) {
    t = addTotals(t, {
      rows: 1,
      accepted: r.status === 'accepted' ? 1 : 0,
      rejected: r.status === 'rejected' ? 1 : 0,
      unchanged: r.status === 'unchanged' ? 1 : 0,
      created: r.outcome === 'created' ? 1 : 0,
      updated: r.outcome === 'updated' ? 1 : 0,
    });
  }
  return t;
}

export interface ImportJob {
  readonly id: string;
  readonly pes: string;
  readonly kind: ImportKind;
  readonly format: 'ndjson' | 'csv';
  readonly status: ImportStatus;
  readonly idempotencyKey?: string | undefined;
  /** `sha256:<hex>` of the uploaded bytes: a retry with the same key must send the same body. */
  readonly requestDigest: string;
  readonly bytes: number;
  /** Async jobs: where the upload is stored. */
  readonly blobKey?: string | undefined;
  readonly chunkSize: number;
  /** Chunks before this one are done and counted in `totals`. */
  readonly nextChunk: number;
  readonly totals: ImportTotals;
  /** The first rejected rows, for a quick look without reading the whole report. */
  readonly rejectedSample: readonly RowReport[];
  readonly createdAt: string;
  readonly updatedAt: string;
  readonly startedAt?: string | undefined;
  readonly finishedAt?: string | undefined;
  readonly error?: { readonly detail: string; readonly errors?: readonly FieldIssue[] } | undefined;
  readonly leaseOwner?: string | undefined;
  readonly leaseUntil?: number | undefined;
}

/** A write the job decided before making it: after a crash, a stored profile that matches it was ours. */
export interface PlannedWrite {
  readonly row: number;
  readonly candidateId: string;
  readonly version: number;
  readonly contentHash: string;
  readonly outcome: 'created' | 'updated';
}

export type ChunkRecord =
  | { readonly n: number; readonly state: 'planned'; readonly plan: readonly PlannedWrite[] }
  | { readonly n: number; readonly state: 'done'; readonly rows: readonly RowReport[] };

export interface ImportStore {
  /** 'exists' when a job with that id is already there (an idempotent retry, or a key reused). */
  create(job: ImportJob, ttlSeconds: number): Promise<'created' | 'exists'>;
  get(id: string): Promise<ImportJob | undefined>;
  /**
   * Takes the job's lease (queued, or running with a lapsed or own lease) and marks it running;
   * undefined if another worker holds it or it is finished.
   */
  claim(id: string, owner: string, now: Date, leaseMs: number): Promise<ImportJob | undefined>;
  /**
   * Checkpoint: chunk `chunk` is done. Conditional on the job standing at that chunk and on the
   * lease, so a worker that lost its lease can never count a chunk twice. False if refused.
   */
  advance(
    id: string,
    owner: string,
    chunk: number,
    progress: { totals: ImportTotals; rejectedSample: readonly RowReport[] },
    now: Date,
    leaseMs: number,
  ): Promise<boolean>;
  finish(
    id: string,
    owner: string,
    outcome: { status: 'completed' | 'failed'; error?: ImportJob['error'] },
    now: Date,
  ): Promise<void>;
  getChunk(jobId: string, n: number): Promise<ChunkRecord | undefined>;
  putChunk(jobId: string, chunk: ChunkRecord, ttlSeconds: number): Promise<void>;
  /** Done chunks' rows, in row order. */
  reportRows(jobId: string): AsyncIterable<RowReport>;
  /** Async jobs a worker may take now: queued, or running with a lapsed lease. */
  runnable(now: Date, limit: number): Promise<ImportJob[]>;
}
