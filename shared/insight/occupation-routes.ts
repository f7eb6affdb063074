import type { MigrationRoute, VacancyRouteFacts } from '../rules/migration-routes.js';

/**
 * Which permit routes could bring a third-country national into an occupation (BE-03 to
 * BE-06, sources in shared/rules/data/), from the same vacancy-side facts the match rules use
 * (`vacancyRouteFacts`). A route is
 * - `open` when at least one open vacancy of the occupation meets its vacancy-side terms;
 * - `possible` when the occupation qualifies but there is no open vacancy yet to check the
 *   terms on (salary, job level, publication);
 * - `closed` when the occupation does not qualify (not on the list), or no open vacancy does.
 * EU/EEA/Swiss nationals need no permit (FM-01): rings 1 to 3 never depend on this.
 */

export type RouteStatus = 'open' | 'possible' | 'closed';

export interface RouteAvailability {
  readonly route: Exclude<MigrationRoute, 'eu-free-movement' | 'temporary-protection' | 'none'>;
  readonly ruleId: string;
  readonly status: RouteStatus;
  /** Open vacancies of the occupation meeting the route's vacancy-side terms. */
  readonly vacancies: number;
  readonly reason: string;
}

export interface OccupationRouteFacts {
  /** On the ministerial medium-skilled list valid on the date (BE-05). */
  readonly mediumSkilledListed: boolean;
  /** On VDAB's bottleneck list for the year (BE-06). */
  readonly bottleneck: boolean;
  /** Route facts of each open vacancy of the occupation. */
  readonly vacancies: readonly VacancyRouteFacts[];
}

interface RouteSpec {
  readonly route: RouteAvailability['route'];
  readonly ruleId: string;
  readonly occupationQualifies: (facts: OccupationRouteFacts) => boolean;
  readonly notListed: string;
  readonly vacancyQualifies: (facts: VacancyRouteFacts) => boolean;
  readonly terms: string;
}

const ROUTES: readonly RouteSpec[] = [
  {
    route: 'eu-blue-card',
    ruleId: 'BE-04',
    occupationQualifies: () => true,
    notListed: '',
    vacancyQualifies: (f) => f.blueCard.possible,
    terms: 'salary at the Blue Card threshold and a contract of 6 months or more',
  },
  {
    route: 'highly-skilled',
    ruleId: 'BE-03',
    occupationQualifies: () => true,
    notListed: '',
    vacancyQualifies: (f) => f.highlySkilled.possible,
    terms: 'salary at the (reduced) highly skilled threshold and the job level required',
  },
  {
    route: 'medium-skilled-bottleneck',
    ruleId: 'BE-05',
    occupationQualifies: (o) => o.mediumSkilledListed,
    notListed: 'not on the medium-skilled list',
    vacancyQualifies: (f) => f.mediumSkilled.available,
    terms: 'VKS 3–4, the joint committee’s skilled pay, 80% employment and a Belgian employer',
  },
  {
    route: 'other-bottleneck',
    ruleId: 'BE-06',
    occupationQualifies: (o) => o.bottleneck,
    notListed: 'not on the VDAB bottleneck list',
    // The 9-week publication may still be running: that delays the route, it does not close it.
    vacancyQualifies: (f) => f.otherBottleneck.possible,
    terms: 'a job above VKS 2 (or seasonal work), published 9 weeks on VDAB and EURES',
  },
];

export function thirdCountryRoutes(facts: OccupationRouteFacts): RouteAvailability[] {
  return ROUTES.map((spec) => {
    const base = { route: spec.route, ruleId: spec.ruleId };
    if (!spec.occupationQualifies(facts)) {
      return { ...base, status: 'closed', vacancies: 0, reason: `Occupation ${spec.notListed}.` };
    }
    const vacancies = facts.vacancies.filter(spec.vacancyQualifies).length;
    if (facts.vacancies.length === 0) {
      return { ...base, status: 'possible', vacancies, reason: `No open vacancy yet; needs ${spec.terms}.` };
    }
    return vacancies > 0
      ? {
          ...base,
          status: 'open',
          vacancies,
          reason: `${vacancies} open ${vacancies === 1 ? 'vacancy meets' : 'vacancies meet'} the terms.`,
        }
      : { ...base, status: 'closed', vacancies, reason: `No open vacancy has ${spec.terms}.` };
  });
}

/** Whether any route could admit a third-country national (ring 4 depends on it). */
export function thirdCountryRouteOpen(routes: readonly RouteAvailability[]): boolean {
  return routes.some((r) => r.status !== 'closed');
}
