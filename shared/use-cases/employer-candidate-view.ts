import { sharesWith } from '../domain/consent.js';
import { NotFoundError } from '../errors.js';
import type { MatchWeights } from '../matching/score-model.js';
import type { AuditLog } from '../ports/audit-log.js';
import type { CandidateSearch } from '../ports/candidate-search.js';
import type { CandidateStore } from '../ports/candidate-store.js';
import type { Clock } from '../ports/clock.js';
import type { Caller } from '../ports/identity.js';
import type { VacancyStore } from '../ports/vacancy-store.js';
import { blindProfile, type EmployerCandidateView, identifiedProfile } from '../privacy/candidate-views.js';
import type { ReferenceData } from '../rules/reference-data.js';
import { toCandidateDocument } from '../search/candidate-document.js';
import { ownedVacancy, requireRole } from './access.js';
import { audit, candidateSubject } from './audit-trail.js';
import { isMatch, planMatch } from './match-plan.js';

export interface EmployerCandidateDeps {
  readonly vacancies: VacancyStore;
  readonly candidates: CandidateStore;
  readonly search: CandidateSearch;
  readonly referenceData: ReferenceData;
  readonly clock: Clock;
  readonly audit: AuditLog;
  readonly weights?: MatchWeights;
}

/**
 * An employer looks at a candidate for one of its open vacancies. The candidate must be a match
 * for that vacancy as it stands now (ring, partner country, minimum coverage, consent to
 * matching, no blocking rule): an employer reaches a candidate only through a match, never by
 * guessing ids. Anything else is 404, the same answer as for an id that does not exist.
 *
 * The profile is blind unless the candidate currently consents to share it with this employer;
 * the profile and its consents are read from the store, not the index, so a withdrawal counts
 * from the moment it is written. Every view is on record before it is returned.
 */
export async function viewCandidateForVacancy(
  deps: EmployerCandidateDeps,
  caller: Caller,
  vacancyId: string,
  candidateId: string,
): Promise<EmployerCandidateView> {
  requireRole(caller, 'employer');
  const notFound = () =>
    new NotFoundError(`Candidate ${candidateId} is not a match for your vacancy ${vacancyId}.`);
  const vacancy = ownedVacancy(caller.org, await deps.vacancies.get(caller.org, vacancyId));
  if (vacancy?.status !== 'open') throw notFound();
  // The index says which service holds the candidate; the store, under that service, has the truth.
  const indexed = await deps.search.get(candidateId);
  const profile = indexed && (await deps.candidates.get(indexed.pes, candidateId));
  if (!profile || !isMatch(planMatch(deps, vacancy), toCandidateDocument(profile))) throw notFound();

  const identified = sharesWith(profile.consent, caller.org);
  await audit(
    deps,
    caller,
    identified ? 'candidate.profile.revealed' : 'candidate.profile.blind',
    candidateSubject(profile),
    { vacancyId, outcome: identified ? 'identified' : 'blind' },
  );
  return identified ? identifiedProfile(profile) : blindProfile(profile);
}
