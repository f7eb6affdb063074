import type { CandidateProfile } from '../../domain/candidate.js';
import type { AuditActor } from '../../ports/audit-log.js';
import type { CandidateStore } from '../../ports/candidate-store.js';
import type { Clock } from '../../ports/clock.js';
import type { PlannedWrite, RowReport } from '../../ports/import-store.js';
import { auditRecord, candidateSubject } from '../audit-trail.js';
import { candidateId, decideUpsert } from '../candidate-use-cases.js';
import type { CheckedRow, ValidRow } from './check-row.js';

export interface WriteChunkDeps {
  readonly candidates: CandidateStore;
  readonly clock: Clock;
}

export interface WriteChunkOptions {
  /** Who writes: each written profile gets its audit record, in the same transaction. */
  readonly actor: AuditActor;
  /** What a crashed run of this chunk had decided: profiles that match it were written by that run. */
  readonly previousPlan?: readonly PlannedWrite[] | undefined;
  /** Makes the plan durable before anything is written (skipped when there is nothing to write). */
  readonly savePlan?: ((plan: readonly PlannedWrite[]) => Promise<void>) | undefined;
}

/** A refused condition (a concurrent change) is re-decided against what is stored, this often. */
const CONFLICT_ROUNDS = 3;

/**
 * Writes one chunk of checked rows: load (one batch read per 100 rows, profiles and erasures
 * alike) → decide per row (unchanged when the content digest is the stored one) → save the plan
 * → write in transactions, each row under its own version condition (putMany) → re-decide only
 * the rows a concurrent writer got to first.
 *
 * Why not BatchWriteItem: it cannot be conditional, so a bulk upload could overwrite a profile a
 * single upsert changed a moment earlier. A transaction keeps every row's condition, many rows
 * to a call.
 */
export async function writeChunk(
  deps: WriteChunkDeps,
  pes: string,
  rows: readonly CheckedRow[],
  options: WriteChunkOptions,
): Promise<RowReport[]> {
  const reports = new Map<number, RowReport>();
  for (const row of rows) {
    if (row.kind === 'rejected') {
      reports.set(row.row, {
        row: row.row,
        externalId: row.externalId,
        status: 'rejected',
        errors: row.errors,
      });
    }
  }
  let pending = rows.filter((r): r is ValidRow => r.kind === 'valid');
  const earlier = new Map((options.previousPlan ?? []).map((p) => [p.row, p]));
  for (let round = 0; pending.length > 0; round++) {
    const now = deps.clock.now().toISOString();
    const ids = pending.map((r) => candidateId(pes, r.externalId));
    const { profiles: stored, erased } = await deps.candidates.lookup(pes, ids);
    const writes: {
      row: ValidRow;
      profile: CandidateProfile;
      expected: number | null;
      outcome: 'created' | 'updated';
    }[] = [];
    for (const row of pending) {
      const id = candidateId(pes, row.externalId);
      const existing = stored.get(id);
      const decision = decideUpsert(
        existing,
        pes,
        row.externalId,
        row.prepared,
        now,
        undefined,
        erased.get(id),
      );
      if (decision.outcome === 'unchanged') {
        // A crashed run of this chunk may have written it: then it is that run's write, reported once.
        const planned = round === 0 ? earlier.get(row.row) : undefined;
        const ours =
          planned && planned.version === existing?.version && planned.contentHash === existing.contentHash;
        reports.set(row.row, {
          row: row.row,
          externalId: row.externalId,
          status: ours ? 'accepted' : 'unchanged',
          ...(ours ? { outcome: planned.outcome } : {}),
          candidateId: decision.candidate.id,
          version: decision.candidate.version,
        });
      } else {
        writes.push({
          row,
          profile: decision.candidate,
          expected: existing?.version ?? null,
          outcome: decision.outcome,
        });
      }
    }
    if (writes.length === 0) break;
    if (round === 0) {
      await options.savePlan?.(
        writes.map((w) => ({
          row: w.row.row,
          candidateId: w.profile.id,
          version: w.profile.version,
          contentHash: w.profile.contentHash,
          outcome: w.outcome,
        })),
      );
    }
    const results = await deps.candidates.putMany(
      writes.map((w) => ({
        profile: w.profile,
        expectedVersion: w.expected,
        audit: auditRecord(
          deps.clock,
          options.actor,
          w.outcome === 'created' ? 'candidate.created' : 'candidate.updated',
          candidateSubject(w.profile),
          { outcome: w.outcome },
        ),
      })),
    );
    pending = [];
    writes.forEach((w, i) => {
      if (results[i]?.status === 'written') {
        reports.set(w.row.row, {
          row: w.row.row,
          externalId: w.row.externalId,
          status: 'accepted',
          outcome: w.outcome,
          candidateId: w.profile.id,
          version: w.profile.version,
        });
      } else if (round + 1 < CONFLICT_ROUNDS) {
        pending.push(w.row);
      } else {
        reports.set(w.row.row, {
          row: w.row.row,
          externalId: w.row.externalId,
          status: 'rejected',
          errors: [
            { field: '(row)', message: 'the profile kept changing concurrently; retry', code: 'conflict' },
          ],
        });
      }
    });
  }
  return rows.map((r) => reports.get(r.row) as RowReport);
}
