import type { CandidateProfile } from '../domain/candidate.js';
import { NotFoundError } from '../errors.js';
import type { AuditActor, AuditLog } from '../ports/audit-log.js';
import type { CandidateSearch } from '../ports/candidate-search.js';
import type { CandidateStore } from '../ports/candidate-store.js';
import type { Clock } from '../ports/clock.js';
import type { Caller } from '../ports/identity.js';
import { requireRole } from './access.js';
import { auditRecord, callerActor, candidateSubject, systemActor } from './audit-trail.js';
import { eraseWrite, pushToSearch } from './search-push.js';

export interface ErasureDeps {
  readonly candidates: CandidateStore;
  /** Absent where only the table's stream reaches the index (a sweep run outside the VPC). */
  readonly search?: CandidateSearch | undefined;
  readonly clock: Clock;
  readonly audit: AuditLog;
}

export type ErasureReason = 'erasure-request' | 'retention-expired';

/**
 * What erasing a candidate takes, wherever it starts: the store replaces the profile with a
 * tombstone (id, PES, version: no personal data), the index drops the document at once (and
 * again through the stream), and the audit log gets its tombstone: who, when, why. Matches are
 * computed per request from the index and never stored, so no derived copy is left to chase.
 */
async function forget(
  deps: ErasureDeps,
  removed: CandidateProfile,
  actor: AuditActor,
  reason: ErasureReason,
) {
  if (deps.search) await pushToSearch(deps.search, eraseWrite(removed));
  await deps.audit.append([
    auditRecord(
      deps.clock,
      actor,
      reason === 'retention-expired' ? 'candidate.expired' : 'candidate.erased',
      candidateSubject(removed),
      { reason },
    ),
  ]);
}

/** The owning PES erases one of its candidates (right to erasure, GDPR art. 17). */
export async function eraseCandidate(deps: ErasureDeps, caller: Caller, id: string): Promise<void> {
  requireRole(caller, 'pes');
  const removed = await deps.candidates.delete(caller.org, id);
  if (!removed) throw new NotFoundError(`Candidate ${id} not found.`);
  await forget(deps, removed, callerActor(caller), 'erasure-request');
}

export const RETENTION_SWEEP_JOB = 'retention-sweep';

export interface SweepResult {
  readonly expired: number;
  /** Found expired but changed since (re-uploaded: a new retention period), so kept. */
  readonly kept: number;
}

/**
 * The retention sweep: erases every profile whose retention period has run out, exactly as an
 * erasure request would, with a tombstone. Run by the local server on an interval, by
 * `scripts/expire-candidates.ts`, or by a scheduled Lambda. Safe to run concurrently and again:
 * a profile re-uploaded since it was found (a new retention end) is kept, and one already erased
 * is skipped.
 */
export async function expireCandidates(
  deps: ErasureDeps,
  options: { batchSize?: number; maxBatches?: number } = {},
): Promise<SweepResult> {
  const batchSize = options.batchSize ?? 100;
  const actor = systemActor(RETENTION_SWEEP_JOB);
  let expired = 0;
  let kept = 0;
  for (let batch = 0; batch < (options.maxBatches ?? 100); batch++) {
    const now = deps.clock.now().toISOString();
    const due = await deps.candidates.listExpired(now, batchSize);
    let progressed = false;
    for (const { id, pes } of due) {
      const removed = await deps.candidates.delete(pes, id, {
        onlyIf: (current) => current.retainUntil !== undefined && current.retainUntil < now,
      });
      if (!removed) {
        kept++;
        continue;
      }
      progressed = true;
      expired++;
      await forget(deps, removed, actor, 'retention-expired');
    }
    if (due.length < batchSize || !progressed) break;
  }
  return { expired, kept };
}
