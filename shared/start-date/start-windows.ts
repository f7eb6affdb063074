import { RINGS, type Ring } from '../domain/geography.js';
import type { CandidateCondition } from '../search/candidate-condition.js';
import { ConditionKeys } from '../search/condition-keys.js';
import { factoredUnion } from '../search/condition-union.js';
import type { StartDateFigures } from './start-date-data.js';
import { type StartWindowMonths, startWindowDates } from './start-summary.js';
import type { VacancyStartPlan } from './vacancy-start.js';

/**
 * The start windows of an occupation, as conditions both insight engines count (the embedded
 * engine evaluates them, OpenSearch runs them as filters): per ring and window, the candidates
 * who could start by the window's end in at least one open vacancy of the occupation. The
 * earliest start depends on the vacancy (its Dutch level, the modules its required skills are
 * taught in, the permit routes its salary and contract open), so each vacancy gives its own
 * "can start by" condition (start-condition.ts) and the window is their union. Vacancies that
 * ask the same give the same condition; it is kept once, and the parts the conditions share are
 * factored out (condition-union.ts) to keep the window's query within OpenSearch's clause limit.
 */

export interface StartWindowSpec {
  /** The window's key in the tallies: its months, as text. */
  readonly key: string;
  readonly ring: Ring;
  readonly months: StartWindowMonths;
  /** The last start date inside the window. */
  readonly by: string;
  readonly condition: CandidateCondition;
}

export function startWindowSpecs(
  today: string,
  vacancies: readonly Pick<VacancyStartPlan, 'canStartBy'>[],
): StartWindowSpec[] {
  if (vacancies.length === 0) return [];
  const keys = new ConditionKeys();
  return RINGS.flatMap((ring) =>
    startWindowDates(today).map(({ months, by }): StartWindowSpec => {
      const conditions = vacancies.map((vacancy) => vacancy.canStartBy(ring, by));
      return { key: String(months), ring, months, by, condition: factoredUnion(conditions, keys) };
    }),
  );
}

/** Whether any figure a start window may rest on is unverified, or carried past its year. */
export function startFiguresUnverified(figures: StartDateFigures): boolean {
  const { processing, training } = figures;
  const sourced = [
    ...Object.values(processing.routes),
    processing.recognition,
    processing.visa,
    processing.relocation,
  ];
  return (
    processing.unverified ||
    processing.carriedForward ||
    training.unverified ||
    training.carriedForward ||
    sourced.some((figure) => figure.unverified)
  );
}
