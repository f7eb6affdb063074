import type { Vacancy, VacancyInput, VacancyRequest } from '../domain/vacancy.js';
import {
  NotFoundError,
  PreconditionFailedError,
  PreconditionRequiredError,
  RuleViolationError,
} from '../errors.js';
import type { AuditLog } from '../ports/audit-log.js';
import { type Clock, today } from '../ports/clock.js';
import type { IdGenerator } from '../ports/id-generator.js';
import type { Caller } from '../ports/identity.js';
import type { Page, PageRequest } from '../ports/page.js';
import type { Telemetry } from '../ports/telemetry.js';
import type { VacancyStore } from '../ports/vacancy-store.js';
import type { Taxonomy } from '../taxonomy/taxonomy.js';
import { ownedItems, ownedVacancy, requireRole } from './access.js';
import { audit, vacancySubject } from './audit-trail.js';
import { countRuleBlocks } from './business-metrics.js';
import { etagOf, parseIfMatch } from './etag.js';
import { resolveVacancyOccupation } from './taxonomy-checks.js';
import type { RuleFindingView, VacancyPolicy } from './vacancy-policy.js';

export interface VacancyDeps {
  readonly vacancies: VacancyStore;
  readonly taxonomy: Taxonomy;
  readonly policy: VacancyPolicy;
  readonly clock: Clock;
  readonly ids: IdGenerator;
  readonly audit: AuditLog;
  readonly telemetry?: Telemetry | undefined;
}

export interface VacancyWithFindings {
  readonly vacancy: Vacancy;
  readonly etag: string;
}

/**
 * Builds the stored form of a vacancy: resolve skills against the taxonomy, look up the
 * bottleneck status, run the intake rules. Every intake decision is put on record, accepted or
 * not; a block throws RuleViolationError before anything is written.
 */
async function decide(
  deps: VacancyDeps,
  caller: Caller,
  subject: { id: string; ownerOrg: string },
  input: VacancyInput,
  today: string,
) {
  const required = deps.taxonomy.resolveSkills(input.requiredSkills, 'requiredSkills');
  const optional = deps.taxonomy.resolveSkills(input.optionalSkills, 'optionalSkills');
  const { bottleneck, listYear } = deps.policy.bottleneck(input.occupation.isco, today);
  const { blocking, findings, decisions } = deps.policy.intake(input, today);
  await audit(deps, caller, 'vacancy.intake', vacancySubject(subject), {
    outcome: blocking.length > 0 ? 'blocked' : 'accepted',
    decisions,
  });
  if (blocking.length > 0) {
    countRuleBlocks(deps, blocking);
    throw new RuleViolationError(blocking);
  }
  return {
    requiredSkills: required.skills,
    optionalSkills: optional.skills,
    unmappedSkills: [...new Set([...required.unmapped, ...optional.unmapped])],
    bottleneck,
    bottleneckListYear: listYear,
    // Every finding that does not block is kept with its own severity, info included.
    ruleFindings: findings.map((f: RuleFindingView) => ({
      ruleId: f.ruleId,
      severity: f.severity === 'info' ? ('info' as const) : ('warn' as const),
      message: f.message,
    })),
  };
}

/**
 * The intake rules on a vacancy, nothing saved: the same policy call as createVacancy and
 * updateVacancy make, with the same date.
 */
export function dryRunIntake(
  deps: Pick<VacancyDeps, 'policy' | 'clock' | 'taxonomy'>,
  caller: Caller,
  request: VacancyRequest,
): { accepted: boolean } & ReturnType<VacancyPolicy['intake']> {
  requireRole(caller, 'employer', 'operator');
  const input = resolveVacancyOccupation(deps.taxonomy, request);
  const result = deps.policy.intake(input, today(deps.clock));
  return { accepted: result.blocking.length === 0, ...result };
}

/** Load → decide → save. Creates an open vacancy owned by the caller's organisation. */
export async function createVacancy(
  deps: VacancyDeps,
  caller: Caller,
  request: VacancyRequest,
): Promise<VacancyWithFindings> {
  requireRole(caller, 'employer');
  const input = resolveVacancyOccupation(deps.taxonomy, request);
  const now = deps.clock.now().toISOString();
  // The id comes first, so that a blocked vacancy's decisions are on record under an id too.
  const id = deps.ids.next('vac');
  const vacancy: Vacancy = {
    ...input,
    ...(await decide(deps, caller, { id, ownerOrg: caller.org }, input, today(deps.clock))),
    id,
    ownerOrg: caller.org,
    status: 'open',
    version: 1,
    createdAt: now,
    updatedAt: now,
  };
  await deps.vacancies.create(vacancy);
  return { vacancy, etag: etagOf(vacancy.version) };
}

export async function getVacancy(
  deps: VacancyDeps,
  caller: Caller,
  id: string,
): Promise<VacancyWithFindings> {
  requireRole(caller, 'employer');
  const vacancy = ownedVacancy(caller.org, await deps.vacancies.get(caller.org, id));
  if (!vacancy) throw new NotFoundError(`Vacancy ${id} not found.`);
  return { vacancy, etag: etagOf(vacancy.version) };
}

async function loadForChange(deps: VacancyDeps, caller: Caller, id: string, ifMatch: string | undefined) {
  const expected = parseIfMatch(ifMatch);
  const current = (await getVacancy(deps, caller, id)).vacancy;
  if (expected === 'missing') throw new PreconditionRequiredError('Send If-Match with the ETag you read.');
  if (expected !== '*' && expected !== current.version) {
    throw new PreconditionFailedError(
      `Vacancy ${id} is at ${etagOf(current.version)}, not ${ifMatch}.`,
      etagOf(current.version),
    );
  }
  return current;
}

/** Load → check ETag → decide → save (conditional on the version read). */
export async function updateVacancy(
  deps: VacancyDeps,
  caller: Caller,
  id: string,
  request: VacancyRequest,
  ifMatch: string | undefined,
): Promise<VacancyWithFindings> {
  const current = await loadForChange(deps, caller, id, ifMatch);
  const input = resolveVacancyOccupation(deps.taxonomy, request);
  const vacancy: Vacancy = {
    ...input,
    ...(await decide(deps, caller, current, input, today(deps.clock))),
    id,
    ownerOrg: current.ownerOrg,
    status: current.status,
    closedAt: current.closedAt,
    version: current.version + 1,
    createdAt: current.createdAt,
    updatedAt: deps.clock.now().toISOString(),
  };
  await deps.vacancies.replace(vacancy, current.version);
  return { vacancy, etag: etagOf(vacancy.version) };
}

/** Closing is idempotent: closing a closed vacancy returns it unchanged. */
export async function closeVacancy(
  deps: VacancyDeps,
  caller: Caller,
  id: string,
  ifMatch: string | undefined,
): Promise<VacancyWithFindings> {
  // If-Match is optional here: a blank one names no version, so it is no precondition either.
  const current = await loadForChange(deps, caller, id, ifMatch?.trim() ? ifMatch : '*');
  if (current.status === 'closed') return { vacancy: current, etag: etagOf(current.version) };
  const now = deps.clock.now().toISOString();
  const vacancy: Vacancy = {
    ...current,
    status: 'closed',
    closedAt: now,
    updatedAt: now,
    version: current.version + 1,
  };
  await deps.vacancies.replace(vacancy, current.version);
  return { vacancy, etag: etagOf(vacancy.version) };
}

export async function listVacancies(
  deps: VacancyDeps,
  caller: Caller,
  page: PageRequest,
): Promise<Page<Vacancy>> {
  requireRole(caller, 'employer');
  const listed = await deps.vacancies.listByOwner(caller.org, page);
  return { ...listed, items: ownedItems(caller.org, listed.items) };
}
