import type { Role } from './identity.js';
import type { Page } from './page.js';

/**
 * The append-only audit log: who read or changed which personal data, and every rule decision
 * that let a vacancy in or kept a candidate out. Records hold identifiers, actions, outcomes and
 * digests only, never personal data, so they can outlive the candidate they describe (an
 * erasure leaves exactly such a record as its tombstone).
 */

export const AUDIT_ACTIONS = [
  /** A PES read one of its own candidate profiles. */
  'candidate.read',
  /** A PES listed a page of its own candidates (one record per page, with the ids shown). */
  'candidate.list',
  'candidate.created',
  'candidate.updated',
  /** Erased on request: the tombstone. */
  'candidate.erased',
  /** Erased when the PES's retention period ran out: the tombstone. */
  'candidate.expired',
  'candidate.consent.granted',
  'candidate.consent.withdrawn',
  /** An employer read the pseudonymous (blind) profile. */
  'candidate.profile.blind',
  /** An employer was shown the identified profile, on the candidate's sharing consent. */
  'candidate.profile.revealed',
  /** The intake rules decided on a vacancy (accepted or blocked). */
  'vacancy.intake',
  /** One ring of a match request: the pairs shown and a digest of each pair's rule decisions. */
  'match.ranked',
] as const;
export type AuditAction = (typeof AUDIT_ACTIONS)[number];

export type AuditActor =
  | { readonly kind: 'caller'; readonly role: Role; readonly org: string; readonly subject: string }
  /** A scheduled job, e.g. the retention sweep. */
  | { readonly kind: 'system'; readonly org: 'system'; readonly subject: string };

export interface AuditSubject {
  readonly kind: 'candidate' | 'vacancy' | 'candidate-list';
  /** A candidate or vacancy id; for a list, `pes:<code>`. */
  readonly id: string;
  /** The organisation that owns the subject: the PES of a candidate, the employer of a vacancy. */
  readonly owner: string;
}

/** One rule decision as recorded: enough to show that the same inputs gave the same outcome. */
export interface AuditedDecision {
  readonly ruleId: string;
  readonly ruleVersion: string;
  readonly outcome: string;
  readonly severity: string;
  readonly inputsDigest: string;
}

/** A candidate-vacancy pair assessed in a match: its rule decisions, digested. */
export interface AuditedPair {
  readonly candidateId: string;
  readonly blocked: boolean;
  /** sha256 of the canonical list of the pair's decisions (rule, version, outcome, inputs digest). */
  readonly decisionsDigest: string;
}

export interface AuditRecord {
  readonly id: string;
  /** ISO 8601 UTC with milliseconds. */
  readonly at: string;
  readonly actor: AuditActor;
  readonly action: AuditAction;
  readonly subject: AuditSubject;
  /** What happened, in a word: `created`, `blocked`, `accepted`, `identified`, … */
  readonly outcome?: string;
  /** Consent purpose, e.g. `matching`, `share-with-employer:emp-x`. */
  readonly purpose?: string;
  /** Why data was erased: `erasure-request`, `retention-expired`. */
  readonly reason?: string;
  /** The vacancy a read or a match was made for. */
  readonly vacancyId?: string;
  /** Ids shown by a list read. */
  readonly candidateIds?: readonly string[];
  readonly ring?: number;
  readonly exclusions?: Readonly<Record<string, number>>;
  readonly decisions?: readonly AuditedDecision[];
  readonly pairs?: readonly AuditedPair[];
}

export interface AuditQuery {
  readonly subject?: string | undefined;
  /** The acting organisation. */
  readonly actor?: string | undefined;
  /** Inclusive, ISO 8601. */
  readonly from: string;
  /** Inclusive, ISO 8601. */
  readonly to: string;
  readonly limit: number;
  readonly cursor?: string | undefined;
}

export interface AuditLog {
  /** Appends records; an existing record is never overwritten, changed or deleted. */
  append(records: readonly AuditRecord[]): Promise<void>;
  /** Records in time order (oldest first) within [from, to], by subject, actor, or neither. */
  query(query: AuditQuery): Promise<Page<AuditRecord>>;
}
