import type { Ring } from '../domain/geography.js';
import { DIPLOMA_FIT } from '../matching/score-model.js';
import { allConditions, anyCondition, negate, never } from '../rules/conditions.js';
import { addDays, daysBetween } from '../rules/dates.js';
import type { MigrationRoute } from '../rules/migration-routes.js';
import { always, anyOf, type CandidateCondition } from '../search/candidate-condition.js';
import { dutchHours, movesToBelgium, needsPermit, recognitionDays, statusHours } from './earliest-start.js';
import type { StartDateFigures } from './start-date-data.js';

/**
 * "Can start by" a date as a candidate condition, so both search engines filter on it with the
 * same semantics (the embedded engine evaluates it, OpenSearch runs it as a bool query): a
 * candidate satisfies it exactly when `earliestStart` (earliest-start.ts) is on or before the
 * date. The unit tests check that agreement on random candidates.
 *
 * The start date is a max of paths, so "start ≤ date" splits into one condition per path, each
 * over the document's own fields with the vacancy's figures folded in as constants:
 * - availability: `availableFrom` ≤ date, notice weeks × 7 ≤ days left;
 * - permit path: one branch per migration route (the route the candidate would take, as
 *   `chooseRoute` picks it), each keeping the recognition statuses whose delay still fits;
 * - training path: per number of technical modules needed (`atLeast`), and for candidates who
 *   move per civic-orientation and soft-skills status, the lowest Dutch level that still fits.
 * The ring is fixed per search (one request per ring), so relocation is a constant too.
 */

export interface ModuleGap {
  readonly module: string;
  /** The vacancy's required skills the module teaches. */
  readonly skills: readonly string[];
}

export interface StartConditionInput {
  readonly today: string;
  /** The latest acceptable start date. */
  readonly by: string;
  readonly ring: Ring;
  /** `routeOpenConditions` (shared/rules/match.ts), in preference order. */
  readonly routes: readonly {
    readonly route: Exclude<MigrationRoute, 'none'>;
    readonly condition: CandidateCondition;
  }[];
  /** Whether BE-07 applies to the vacancy's occupation. */
  readonly regulated: boolean;
  /** CEFR ordinal of Dutch the vacancy asks for (0 none). */
  readonly dutchRequired: number;
  /** The vacancy's required skills grouped by the pre-departure module that teaches them. */
  readonly modules: readonly ModuleGap[];
}

const exactly = (field: 'readinessCivic' | 'readinessSoftSkills', value: number): CandidateCondition => ({
  kind: 'range',
  field,
  gte: value,
  lte: value,
});

/** A module is needed when it was not taken and one of its required skills is missing. */
function moduleNeeded(gap: ModuleGap): CandidateCondition {
  return negate(
    anyCondition(
      anyOf('technicalModules', [gap.module]),
      allConditions(...gap.skills.map((skill) => anyOf('skills', [skill]))),
    ),
  );
}

function atLeast(min: number, conditions: readonly CandidateCondition[]): CandidateCondition {
  if (min <= 0) return always;
  if (min > conditions.length) return never;
  return { kind: 'atLeast', min, any: conditions };
}

/** The lowest current Dutch level from which the remaining hours suffice. */
function dutchFits(figures: StartDateFigures, required: number, hours: number): CandidateCondition {
  if (hours < 0) return never;
  for (let level = 0; level <= required; level++) {
    if (dutchHours(figures, level, required) <= hours) {
      return level === 0 ? always : { kind: 'languageAtLeast', language: 'nl', level };
    }
  }
  return never;
}

function availabilityFits(by: string, daysLeft: number): CandidateCondition {
  return allConditions(
    negate({ kind: 'dateOnOrAfter', field: 'availableFrom', date: addDays(by, 1) }),
    negate({ kind: 'range', field: 'noticePeriodWeeks', gte: Math.floor(daysLeft / 7) + 1 }),
  );
}

function permitFits(
  input: StartConditionInput,
  figures: StartDateFigures,
  daysLeft: number,
): CandidateCondition {
  const { processing } = figures;
  const moving = movesToBelgium(input.ring);
  const branches: CandidateCondition[] = [];
  const earlier: CandidateCondition[] = [];
  for (const { route, condition } of input.routes) {
    const chosen = allConditions(condition, negate(anyCondition(...earlier)));
    earlier.push(condition);
    const fixed = processing.routes[route].days + (needsPermit(route) && moving ? processing.visa.days : 0);
    const slack = daysLeft - fixed;
    if (slack < 0) continue;
    branches.push(allConditions(chosen, recognitionFits(input, figures, route, slack)));
  }
  return anyCondition(...branches);
}

/**
 * The recognition statuses whose delay fits in `slack` days. Recognition is required
 * (`assessDiplomaRecognition`) for a regulated profession unless it is `not-needed`, or the
 * candidate holds an EU/EEA/Swiss nationality (the free-movement route) and never started one.
 */
/**
 * Every recognition status (the score's table names each one; imported from there rather than
 * from the candidate schema, which needs the OpenAPI extension loaded first).
 */
const RECOGNITION_STATUSES = Object.keys(DIPLOMA_FIT);

function recognitionFits(
  input: StartConditionInput,
  figures: StartDateFigures,
  route: MigrationRoute,
  slack: number,
): CandidateCondition {
  if (!input.regulated) return always;
  const fits = RECOGNITION_STATUSES.filter((status) => {
    const required = status !== 'not-needed' && !(route === 'eu-free-movement' && status === 'not-started');
    if (!required) return true;
    const days = recognitionDays(figures, status);
    return days !== null && days <= slack;
  });
  return fits.length === RECOGNITION_STATUSES.length ? always : anyOf('diplomaRecognition', fits);
}

function trainingFits(
  input: StartConditionInput,
  figures: StartDateFigures,
  daysLeft: number,
): CandidateCondition {
  const { training } = figures;
  // ceil(hours × 7 / weekly) ≤ days ⇔ hours ≤ floor(days × weekly / 7), in integers.
  const maxHours = Math.floor((daysLeft * training.weeklyHours) / 7);
  const needs = input.modules.map(moduleNeeded);
  const statuses = movesToBelgium(input.ring) ? [0, 1, 2] : [null];
  const branches: CandidateCondition[] = [];
  for (let count = 0; count <= needs.length; count++) {
    const exact = allConditions(atLeast(count, needs), negate(atLeast(count + 1, needs)));
    const left = maxHours - count * training.technicalModuleHours;
    const byStatus: CandidateCondition[] = [];
    for (const civic of statuses) {
      for (const soft of statuses) {
        const readiness =
          civic === null || soft === null
            ? 0
            : statusHours(training.civicOrientationHours, civic) +
              statusHours(training.softSkillsHours, soft);
        const dutch = dutchFits(figures, input.dutchRequired, left - readiness);
        byStatus.push(
          civic === null || soft === null
            ? dutch
            : allConditions(exactly('readinessCivic', civic), exactly('readinessSoftSkills', soft), dutch),
        );
      }
    }
    branches.push(allConditions(exact, anyCondition(...byStatus)));
  }
  return anyCondition(...branches);
}

/** Candidates of the ring whose earliest start is on or before `input.by`. */
export function canStartByCondition(
  input: StartConditionInput,
  figures: StartDateFigures,
): CandidateCondition {
  const daysLeft = daysBetween(input.today, input.by);
  if (daysLeft < 0) return never;
  const { processing } = figures;
  const relocation = movesToBelgium(input.ring)
    ? processing.relocation.daysByRing[String(input.ring) as '3' | '4']
    : 0;
  const afterRelocation = daysLeft - relocation;
  if (afterRelocation < 0) return never;
  return allConditions(
    availabilityFits(input.by, daysLeft),
    permitFits(input, figures, afterRelocation),
    trainingFits(input, figures, afterRelocation),
  );
}
