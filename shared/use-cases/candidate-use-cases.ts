import { birthDateIssues } from '../domain/birth-date.js';
import type { CandidateInput, CandidateProfile, CandidateRequest } from '../domain/candidate.js';
import { newerConsent } from '../domain/consent.js';
import { residenceRing } from '../domain/geography.js';
import { replacementCharacterIssues } from '../domain/replacement-character.js';
import { NotFoundError, ValidationError } from '../errors.js';
import type { AuditLog } from '../ports/audit-log.js';
import type { CandidateStore } from '../ports/candidate-store.js';
import type { Clock } from '../ports/clock.js';
import type { Caller } from '../ports/identity.js';
import type { Page, PageRequest } from '../ports/page.js';
import { DEFAULT_RETENTION, type RetentionPolicy, retainUntil } from '../privacy/retention.js';
import { resolveOccupations } from '../taxonomy/occupation-resolution.js';
import type { ResolvedSkills, Taxonomy } from '../taxonomy/taxonomy.js';
import { requireRole } from './access.js';
import { audit, auditRecord, callerActor, candidateSubject } from './audit-trail.js';
import { canonicalJson, sha256Hex } from './digest.js';
import { etagOf } from './etag.js';

export interface CandidateDeps {
  readonly candidates: CandidateStore;
  readonly taxonomy: Taxonomy;
  readonly clock: Clock;
  readonly audit: AuditLog;
  /** How long each PES's profiles are kept after their last upload (default DEFAULT_RETENTION). */
  readonly retention?: RetentionPolicy | undefined;
}

export type UpsertOutcome = 'created' | 'updated' | 'unchanged';

export interface UpsertResult {
  readonly outcome: UpsertOutcome;
  readonly candidate: CandidateProfile;
  readonly etag: string;
}

/** A candidate's id is derived from (PES, external id): the same upload always lands on the same record. */
export function candidateId(pes: string, externalId: string): string {
  return `cand_${sha256Hex(`${pes}\u0000${externalId}`).slice(0, 24)}`;
}

/** What a valid input resolves to before anything is read or written. */
export interface PreparedCandidate {
  readonly input: CandidateInput;
  readonly skills: ResolvedSkills;
  /** Digest of the normalised input: equal digests mean nothing to write. */
  readonly contentHash: string;
}

/**
 * Checks what the schema cannot (a plausible birth date on `today`, text without U+FFFD, ISCO
 * codes the taxonomy knows, skill references it can resolve) and digests the input. Throws
 * ValidationError naming every failing field.
 */
export function prepareCandidate(
  taxonomy: Taxonomy,
  request: CandidateRequest,
  today: string,
): PreparedCandidate {
  const issues = [
    ...birthDateIssues(request.personal.birthDate, today, 'personal.birthDate'),
    ...replacementCharacterIssues(request),
  ];
  if (issues.length > 0) throw new ValidationError(issues);
  const input: CandidateInput = {
    ...request,
    occupations: resolveOccupations(taxonomy, request.occupations, 'occupations'),
  };
  const skills = taxonomy.resolveSkills(input.skills, 'skills');
  return { input, skills, contentHash: sha256Hex(canonicalJson(input)) };
}

/**
 * The decision of an upsert given what is stored: nothing to do (same digest), or the profile
 * to write — the next version, conditional on the one read. The consent kept is the statement
 * recorded last (an old upload cannot undo a withdrawal made since), and the retention period
 * starts again: the PES has just confirmed the profile.
 */
export function decideUpsert(
  existing: CandidateProfile | undefined,
  pes: string,
  externalId: string,
  prepared: PreparedCandidate,
  now: string,
  retention: RetentionPolicy = DEFAULT_RETENTION,
  /** The version of an erased profile with this id: a new one continues above it. */
  erasedVersion = 0,
):
  | { outcome: 'unchanged'; candidate: CandidateProfile }
  | { outcome: 'created' | 'updated'; candidate: CandidateProfile } {
  if (existing && existing.contentHash === prepared.contentHash) {
    return { outcome: 'unchanged', candidate: existing };
  }
  const { input } = prepared;
  const candidate: CandidateProfile = {
    ...input,
    id: candidateId(pes, externalId),
    pes,
    externalId,
    version: (existing?.version ?? erasedVersion) + 1,
    createdAt: existing?.createdAt ?? now,
    updatedAt: now,
    contentHash: prepared.contentHash,
    ring: residenceRing(input.residence),
    skills: prepared.skills.skills,
    unmappedSkills: prepared.skills.unmapped,
    consent: newerConsent(existing?.consent, input.consent),
    retainUntil: retainUntil(retention, pes, now),
  };
  return { outcome: existing ? 'updated' : 'created', candidate };
}

/**
 * Idempotent upsert keyed by (PES, external id).
 * Load (one read: the profile or its erasure) → compare content digest (same digest: nothing
 * to do) → build → conditional save with its audit record (one write, conditional on the
 * version read, so two concurrent uploads never silently overwrite).
 */
export async function upsertCandidate(
  deps: CandidateDeps,
  caller: Caller,
  externalId: string,
  input: CandidateRequest,
): Promise<UpsertResult> {
  requireRole(caller, 'pes');
  const now = deps.clock.now().toISOString();
  const prepared = prepareCandidate(deps.taxonomy, input, now.slice(0, 10));
  const id = candidateId(caller.org, externalId);
  const stored = await deps.candidates.lookup(caller.org, [id]);
  const existing = stored.profiles.get(id);
  const decision = decideUpsert(
    existing,
    caller.org,
    externalId,
    prepared,
    now,
    deps.retention,
    stored.erased.get(id),
  );
  if (decision.outcome !== 'unchanged') {
    const action = decision.outcome === 'created' ? 'candidate.created' : 'candidate.updated';
    const record = auditRecord(
      deps.clock,
      callerActor(caller),
      action,
      candidateSubject(decision.candidate),
      {
        outcome: decision.outcome,
      },
    );
    await deps.candidates.put(decision.candidate, existing?.version ?? null, record);
  }
  return { ...decision, etag: etagOf(decision.candidate.version) };
}

export async function getCandidate(deps: CandidateDeps, caller: Caller, id: string): Promise<UpsertResult> {
  requireRole(caller, 'pes');
  const candidate = await deps.candidates.get(caller.org, id);
  if (!candidate) throw new NotFoundError(`Candidate ${id} not found.`);
  await audit(deps, caller, 'candidate.read', candidateSubject(candidate));
  return { outcome: 'unchanged', candidate, etag: etagOf(candidate.version) };
}

export async function listCandidates(
  deps: CandidateDeps,
  caller: Caller,
  page: PageRequest,
): Promise<Page<CandidateProfile>> {
  requireRole(caller, 'pes');
  const listed = await deps.candidates.listByPes(caller.org, page);
  // One record per page, with the ids shown: the service reading its own uploads.
  if (listed.items.length > 0) {
    await audit(
      deps,
      caller,
      'candidate.list',
      { kind: 'candidate-list', id: `pes:${caller.org}`, owner: caller.org },
      { candidateIds: listed.items.map((c) => c.id) },
    );
  }
  return listed;
}
