import { randomUUID } from 'node:crypto';
import type {
  AuditAction,
  AuditActor,
  AuditedDecision,
  AuditLog,
  AuditRecord,
  AuditSubject,
} from '../ports/audit-log.js';
import type { Clock } from '../ports/clock.js';
import type { Caller } from '../ports/identity.js';
import { canonicalJson, sha256Hex } from './digest.js';

export interface AuditDeps {
  readonly audit: AuditLog;
  readonly clock: Clock;
}

export function callerActor(caller: Caller): AuditActor {
  return { kind: 'caller', role: caller.role, org: caller.org, subject: caller.subject };
}

/** A scheduled job acting on its own (no caller): the retention sweep. */
export function systemActor(job: string): AuditActor {
  return { kind: 'system', org: 'system', subject: job };
}

export const candidateSubject = (candidate: { id: string; pes: string }): AuditSubject => ({
  kind: 'candidate',
  id: candidate.id,
  owner: candidate.pes,
});

export const vacancySubject = (vacancy: { id: string; ownerOrg: string }): AuditSubject => ({
  kind: 'vacancy',
  id: vacancy.id,
  owner: vacancy.ownerOrg,
});

type Details = Omit<AuditRecord, 'id' | 'at' | 'actor' | 'action' | 'subject'>;

/** A record stamped now, with a fresh id; `details` must never carry personal data. */
export function auditRecord(
  clock: Clock,
  actor: AuditActor,
  action: AuditAction,
  subject: AuditSubject,
  details: Details = {},
): AuditRecord {
  return {
    id: `aud_${randomUUID().replaceAll('-', '')}`,
    at: clock.now().toISOString(),
    actor,
    action,
    subject,
    ...details,
  };
}

/** Appends one record for the caller. */
export function audit(
  deps: AuditDeps,
  caller: Caller,
  action: AuditAction,
  subject: AuditSubject,
  details?: Details,
): Promise<void> {
  return deps.audit.append([auditRecord(deps.clock, callerActor(caller), action, subject, details)]);
}

/** A rule decision as the audit log keeps it: what ran, on what (digest), and the outcome. */
export function auditedDecision(decision: {
  ruleId: string;
  ruleVersion: string;
  outcome: string;
  severity: string;
  inputsDigest: string;
}): AuditedDecision {
  return {
    ruleId: decision.ruleId,
    ruleVersion: decision.ruleVersion,
    outcome: decision.outcome,
    severity: decision.severity,
    inputsDigest: decision.inputsDigest,
  };
}

/**
 * One digest for all the rule decisions on a pair, so a match request records each pair in a
 * few dozen bytes; the same inputs and rule versions always give the same digest.
 */
export function decisionsDigest(decisions: readonly AuditedDecision[]): string {
  return sha256Hex(
    canonicalJson(decisions.map((d) => [d.ruleId, d.ruleVersion, d.outcome, d.severity, d.inputsDigest])),
  );
}
