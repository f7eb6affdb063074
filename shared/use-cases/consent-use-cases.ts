import { RetriesExhaustedError, type RetryPolicy, retry } from '../concurrency/retry.js';
import type { CandidateProfile } from '../domain/candidate.js';
import { type Consent, grantConsent, parsePurpose, purposeText, withdrawConsent } from '../domain/consent.js';
import { NotFoundError, PreconditionFailedError, ValidationError } from '../errors.js';
import type { AuditLog } from '../ports/audit-log.js';
import type { CandidateSearch } from '../ports/candidate-search.js';
import type { CandidateStore } from '../ports/candidate-store.js';
import type { Clock } from '../ports/clock.js';
import type { Caller } from '../ports/identity.js';
import { requireRole } from './access.js';
import { audit, candidateSubject } from './audit-trail.js';
import { etagOf } from './etag.js';
import { pushToSearch, upsertWrite } from './search-push.js';

export interface ConsentDeps {
  readonly candidates: CandidateStore;
  readonly search: CandidateSearch;
  readonly clock: Clock;
  readonly audit: AuditLog;
  /** The retry helper's sleep (tests make it instant). */
  readonly sleep?: ((ms: number) => Promise<void>) | undefined;
}

/**
 * A consent change read and written again when a concurrent change got in first: a few quick,
 * jittered tries; a profile that still keeps changing is a 412 the caller may retry.
 */
const CONSENT_RETRY: RetryPolicy = { maxAttempts: 3, baseDelayMs: 20, maxDelayMs: 200 };

export interface ConsentResult {
  readonly candidateId: string;
  readonly purpose: string;
  readonly granted: boolean;
  /** False when the consent already stood as asked: nothing was written. */
  readonly changed: boolean;
  readonly consent: Consent;
  readonly etag: string;
}

/**
 * The owning PES records a candidate's consent for one purpose, or its withdrawal. The change is
 * a new version of the profile (conditional on the version read; retried on a concurrent
 * change), pushed to the index at once, and put on record. The content digest of the last
 * upload is kept, so a retried upload of an older body cannot undo it (see `newerConsent`).
 */
export async function changeConsent(
  deps: ConsentDeps,
  caller: Caller,
  candidateId: string,
  purposeParam: string,
  change: 'grant' | 'withdraw',
): Promise<ConsentResult> {
  requireRole(caller, 'pes');
  const purpose = parsePurpose(purposeParam);
  if (!purpose) {
    throw new ValidationError([
      { field: 'purpose', message: "must be 'matching' or 'share-with-employer:<organisation id>'" },
    ]);
  }
  const attempt = async (): Promise<ConsentResult> => {
    const current = await deps.candidates.get(caller.org, candidateId);
    if (!current) throw new NotFoundError(`Candidate ${candidateId} not found.`);
    const now = deps.clock.now().toISOString();
    const consent =
      change === 'grant'
        ? grantConsent(current.consent, purpose, now)
        : withdrawConsent(current.consent, purpose, now);
    const result = (profile: CandidateProfile, changed: boolean): ConsentResult => ({
      candidateId,
      purpose: purposeText(purpose),
      granted: change === 'grant',
      changed,
      consent: profile.consent,
      etag: etagOf(profile.version),
    });
    if (consent === current.consent) return result(current, false);
    const updated: CandidateProfile = { ...current, consent, version: current.version + 1, updatedAt: now };
    // A concurrent change refuses the put (PreconditionFailedError): read again and retry.
    await deps.candidates.put(updated, current.version);
    await pushToSearch(deps.search, upsertWrite(updated));
    await audit(
      deps,
      caller,
      change === 'grant' ? 'candidate.consent.granted' : 'candidate.consent.withdrawn',
      candidateSubject(updated),
      { purpose: purposeText(purpose) },
    );
    return result(updated, true);
  };
  try {
    return await retry(attempt, {
      policy: CONSENT_RETRY,
      what: `The consent change of ${candidateId}`,
      isRetryable: (error) => error instanceof PreconditionFailedError,
      ...(deps.sleep ? { sleep: deps.sleep } : {}),
    });
  } catch (error) {
    if (!(error instanceof RetriesExhaustedError)) throw error;
    throw new PreconditionFailedError(`Candidate ${candidateId} keeps changing; retry the consent change.`);
  }
}
