import { hasFreeMovement } from '../domain/countries.js';
import type { CandidateDocument } from '../search/candidate-document.js';
import type { DocumentCode } from './documents.js';
import { MIGRATION_ROUTES, type MigrationRoute, type VacancyRouteFacts } from './migration-routes.js';
import type { RuleVacancy } from './rule-vacancy.js';
import { checkBlueCard, checkHighlySkilled } from './skilled-route-checks.js';

/** Which route a pair takes, and the documents that route asks for. */

export type PermitExemption = 'eu-free-movement' | 'temporary-protection';

export const hasFreeMovementNationality = (c: Pick<CandidateDocument, 'nationalities'>): boolean =>
  c.nationalities.some(hasFreeMovement);

export function hasValidTemporaryProtection(
  c: Pick<CandidateDocument, 'nationalities' | 'temporaryProtectionUntil'>,
  today: string,
  protectionEnd: string,
): boolean {
  return (
    c.nationalities.includes('UA') &&
    today <= protectionEnd &&
    c.temporaryProtectionUntil !== undefined &&
    c.temporaryProtectionUntil >= today
  );
}

export interface RouteChoice {
  readonly route: MigrationRoute;
  readonly reducedThreshold: boolean;
}

/** The vacancy-side route facts on one judgement date (today, or the start date). */
export interface RouteDay {
  readonly date: string;
  readonly facts: VacancyRouteFacts;
  readonly protectionEnd: string;
}

/** Whether one route is open for the pair on one date; for the highly skilled route, whether at the reduced threshold. */
function openOn(
  route: Exclude<MigrationRoute, 'none'>,
  day: RouteDay,
  v: RuleVacancy,
  candidate: CandidateDocument,
): { open: boolean; reduced: boolean } {
  const { facts, date } = day;
  switch (route) {
    case 'eu-free-movement':
      return { open: hasFreeMovementNationality(candidate), reduced: false };
    case 'temporary-protection':
      return { open: hasValidTemporaryProtection(candidate, date, day.protectionEnd), reduced: false };
    case 'eu-blue-card':
      return { open: checkBlueCard(facts, v, date, candidate).ok, reduced: false };
    case 'highly-skilled': {
      const hs = checkHighlySkilled(facts, v, date, candidate);
      return { open: hs.ok, reduced: hs.reduced };
    }
    case 'medium-skilled-bottleneck':
      return { open: facts.mediumSkilled.available, reduced: false };
    case 'other-bottleneck':
      return { open: facts.otherBottleneck.available, reduced: false };
  }
}

/**
 * The first route, in the order of MIGRATION_ROUTES, the pair qualifies for on every judgement
 * date (today and the start date): a route that lapses before the start is no route for the job.
 */
export function chooseRoute(
  days: readonly RouteDay[],
  v: RuleVacancy,
  candidate: CandidateDocument,
): RouteChoice {
  for (const route of MIGRATION_ROUTES) {
    if (route === 'none') break;
    const checks = days.map((day) => openOn(route, day, v, candidate));
    if (checks.every((c) => c.open)) return { route, reducedThreshold: checks.some((c) => c.reduced) };
  }
  return { route: 'none', reducedThreshold: false };
}

const BASE_DOCUMENTS: Record<MigrationRoute, readonly DocumentCode[]> = {
  'eu-free-movement': ['identity-document', 'employment-contract'],
  'temporary-protection': ['temporary-protection-certificate', 'employment-contract'],
  'eu-blue-card': [
    'passport',
    'blue-card-application',
    'employment-contract',
    'diploma-copy',
    'salary-proof',
    'medical-certificate',
    'criminal-record-extract',
  ],
  'highly-skilled': [
    'passport',
    'single-permit-application',
    'employment-contract',
    'diploma-copy',
    'salary-proof',
    'medical-certificate',
    'criminal-record-extract',
  ],
  'medium-skilled-bottleneck': [
    'passport',
    'single-permit-application',
    'employment-contract',
    'joint-committee-pay-proof',
    'medical-certificate',
    'criminal-record-extract',
  ],
  'other-bottleneck': [
    'passport',
    'single-permit-application',
    'employment-contract',
    'vacancy-publication-proof',
    'medical-certificate',
    'criminal-record-extract',
  ],
  none: [],
};

/** Documents for the route, plus diploma recognition and the professional visa where BE-07 asks. */
export function documentsFor(
  route: MigrationRoute,
  extra: { readonly recognitionRequired: boolean; readonly healthProfession: boolean },
): DocumentCode[] {
  if (route === 'none') return [];
  const codes = new Set<DocumentCode>(BASE_DOCUMENTS[route]);
  if (extra.recognitionRequired) {
    codes.add('diploma-copy');
    codes.add('naric-recognition');
  }
  if (extra.healthProfession) codes.add('professional-visa');
  return [...codes];
}
