import { FREE_MOVEMENT_COUNTRIES } from '../domain/countries.js';
import { anyOf, type CandidateCondition } from '../search/candidate-condition.js';
import { allConditions, never, when } from './conditions.js';
import { yearOf } from './dates.js';
import {
  BLUE_CARD_MIN_ISCED,
  HIGHLY_SKILLED_MIN_ISCED,
  MIGRATION_ROUTES,
  type MigrationRoute,
  REDUCED_THRESHOLD_MAX_AGE,
} from './migration-routes.js';
import type { JudgementDay } from './pair-preparation.js';

/**
 * The candidate conditions under which each permit route is open, built from vacancy facts only,
 * as `chooseRoute` decides per pair: a route is open when it is open on every judgement date.
 */

export type OpenRoute = Exclude<MigrationRoute, 'none'>;

function conditionsOn(day: JudgementDay): Record<OpenRoute, CandidateCondition> {
  const { routeFacts: f, reference, today } = day;
  const bc = f.blueCard;
  const hs = f.highlySkilled;
  const educated: CandidateCondition = {
    kind: 'range',
    field: 'educationLevel',
    gte: HIGHLY_SKILLED_MIN_ISCED,
  };
  const young: CandidateCondition = {
    kind: 'range',
    field: 'birthYear',
    gte: yearOf(today) - REDUCED_THRESHOLD_MAX_AGE,
  };
  return {
    'eu-free-movement': anyOf('nationalities', [...FREE_MOVEMENT_COUNTRIES].sort()),
    'temporary-protection': when(
      today <= reference.temporaryProtectionEnd,
      allConditions(anyOf('nationalities', ['UA']), {
        kind: 'dateOnOrAfter',
        field: 'temporaryProtectionUntil',
        date: today,
      }),
    ),
    'eu-blue-card': when(bc.thresholdEur !== null && bc.contractOk && bc.salaryOk, {
      kind: 'range',
      field: 'educationLevel',
      gte: BLUE_CARD_MIN_ISCED,
    }),
    'highly-skilled':
      f.thresholds === null || !hs.jobLevelOk
        ? never
        : hs.meetsNormal || (hs.meetsReduced && hs.reducedByOccupation)
          ? educated
          : hs.meetsReduced
            ? allConditions(educated, young)
            : never,
    'medium-skilled-bottleneck': when(f.mediumSkilled.available),
    'other-bottleneck': when(f.otherBottleneck.available),
  };
}

/** Each route's condition on every judgement date at once, in MIGRATION_ROUTES order. */
export function routeConditions(
  days: readonly JudgementDay[],
): readonly { readonly route: OpenRoute; readonly condition: CandidateCondition }[] {
  const perDay = days.map(conditionsOn);
  return MIGRATION_ROUTES.filter((r): r is OpenRoute => r !== 'none').map((route) => ({
    route,
    condition: allConditions(...perDay.map((c) => c[route])),
  }));
}

/** A Ukrainian national with a temporary protection recorded, valid or not (FM-02 can block them). */
export const temporaryProtectionRecorded: CandidateCondition = allConditions(anyOf('nationalities', ['UA']), {
  kind: 'dateOnOrAfter',
  field: 'temporaryProtectionUntil',
  date: '0001-01-01',
});
