import { CEFR_LEVELS } from '../domain/codes.js';
import type { Ring } from '../domain/geography.js';
import { addDays, daysBetween } from '../rules/dates.js';
import type { MigrationRoute } from '../rules/migration-routes.js';
import type { StartDateFigures } from './start-date-data.js';

/**
 * The earliest date a candidate could start a job, and why (pure). Four things must be done,
 * and the slowest decides:
 *
 * - **availability**: the candidate's own date (`availableFrom`) or notice period from today;
 * - **permit path**: NARIC-Vlaanderen recognition where BE-07 asks for it, then the permit of the
 *   migration route (the permit application carries the recognition: `documentsFor` in
 *   shared/rules/migration-routes.ts), then the long-stay visa for a candidate living abroad;
 * - **training path**: the pre-departure training the gap analysis calls for, followed while
 *   the permit is processed (seed lesson: train before departure): Dutch from the current CEFR
 *   level to the one asked, and, for candidates who move (rings 3–4, as `readinessFit` reads
 *   them), civic orientation and soft skills; plus the technical modules of missing skills;
 * - **relocation**: travel and settling in, after both paths, for candidates who move.
 *
 * earliest = max(availability, today + max(permit path, training path) + relocation).
 * Every part names the data file and source its figure comes from; a part resting on an
 * unverified figure makes the whole result unverified.
 */

export const START_PARTS = [
  'availability',
  'notice-period',
  'recognition',
  'permit',
  'visa',
  'dutch',
  'civic-orientation',
  'soft-skills',
  'technical-modules',
  'relocation',
] as const;
export type StartPartName = (typeof START_PARTS)[number];

export type StartPath = 'availability' | 'permit' | 'training' | 'relocation';

export interface StartPart {
  readonly part: StartPartName;
  readonly path: StartPath;
  /** Calendar days the part takes (training parts: see `hours`; their path is counted in days once). */
  readonly days: number;
  /** Training hours, for the parts of the training path. */
  readonly hours?: number | undefined;
  readonly detail: string;
  readonly source: { readonly dataset: string; readonly title: string; readonly url: string };
  readonly unverified: boolean;
}

export interface StartDateInput {
  readonly today: string;
  readonly route: MigrationRoute;
  readonly ring: Ring;
  /** From `assessDiplomaRecognition` (shared/rules/diploma-recognition.ts). */
  readonly recognition: { readonly required: boolean; readonly status: string };
  /** CEFR ordinals (A1 = 1 … C2 = 6, none 0): the candidate's Dutch and the vacancy's. */
  readonly dutch: { readonly current: number; readonly required: number };
  /** 0 not started, 1 in progress, 2 completed (as the search document holds them). */
  readonly civicOrientation: number;
  readonly softSkills: number;
  /** Technical modules the gap analysis names (missing required skills, module not taken). */
  readonly technicalModules: number;
  readonly availableFrom?: string | undefined;
  readonly noticePeriodWeeks?: number | undefined;
}

export type StartBlock = 'no-route' | 'recognition-refused';

export interface EarliestStart {
  /** Null when the candidate cannot start at all (`blockedBy`). */
  readonly earliestStart: string | null;
  readonly blockedBy: StartBlock | null;
  readonly permitDays: number;
  readonly trainingHours: number;
  readonly trainingDays: number;
  readonly relocationDays: number;
  readonly parts: readonly StartPart[];
  /** Some part rests on an unverified figure, or the figures are carried past their year. */
  readonly unverified: boolean;
}

const TRAINING_STATUSES = ['not-started', 'in-progress', 'completed'] as const;

/** Moving candidates (rings 3–4) prepare before departure and relocate; rings 1–2 live in Belgium. */
export const movesToBelgium = (ring: Ring): boolean => ring >= 3;

/** Routes that need a permit (and so a visa for a candidate abroad). */
export const needsPermit = (route: MigrationRoute): boolean =>
  route !== 'eu-free-movement' && route !== 'temporary-protection' && route !== 'none';

/** Hours of Dutch from one CEFR ordinal to another: the steps in between, 0 if already there. */
export function dutchHours(figures: StartDateFigures, current: number, required: number): number {
  let total = 0;
  for (let level = current + 1; level <= required; level++) {
    total += figures.training.dutchStepHours[CEFR_LEVELS[level - 1] as (typeof CEFR_LEVELS)[number]];
  }
  return total;
}

/** Status hours of civic orientation or soft skills (ordinal 0–2). */
export function statusHours(
  table: Readonly<Record<(typeof TRAINING_STATUSES)[number], number>>,
  ordinal: number,
) {
  return table[TRAINING_STATUSES[Math.min(2, Math.max(0, ordinal))] as (typeof TRAINING_STATUSES)[number]];
}

/** Training hours as calendar days at the course's weekly hours, rounded up (integers only). */
export function trainingDaysOf(figures: StartDateFigures, hours: number): number {
  const weekly = figures.training.weeklyHours;
  return Math.floor((hours * 7 + weekly - 1) / weekly);
}

/** Recognition days by status; null for a refusal (the start is blocked). */
export function recognitionDays(figures: StartDateFigures, status: string): number | null {
  if (status === 'refused') return null;
  if (status === 'not-started') return figures.processing.recognition.notStartedDays;
  if (status === 'pending') return figures.processing.recognition.pendingDays;
  return 0;
}

export function earliestStart(input: StartDateInput, figures: StartDateFigures): EarliestStart {
  const { processing, training } = figures;
  const parts: StartPart[] = [];
  const fileSource = (file: typeof processing | typeof training) => ({
    dataset: file.dataset,
    title: file.source.title,
    url: file.source.url,
  });
  const figureSource = (
    file: typeof processing,
    figure: { source: { title: string; url: string }; unverified: boolean },
  ) => ({
    source: { dataset: file.dataset, title: figure.source.title, url: figure.source.url },
    unverified: figure.unverified || file.carriedForward,
  });

  if (input.availableFrom !== undefined && input.availableFrom > input.today) {
    parts.push({
      part: 'availability',
      path: 'availability',
      days: daysBetween(input.today, input.availableFrom),
      detail: `available from ${input.availableFrom}`,
      source: {
        dataset: 'candidate',
        title: 'Candidate profile: availableFrom',
        url: 'urn:concentric:candidate',
      },
      unverified: false,
    });
  }
  if (input.noticePeriodWeeks !== undefined && input.noticePeriodWeeks > 0) {
    parts.push({
      part: 'notice-period',
      path: 'availability',
      days: input.noticePeriodWeeks * 7,
      detail: `notice period of ${input.noticePeriodWeeks} weeks`,
      source: {
        dataset: 'candidate',
        title: 'Candidate profile: noticePeriodWeeks',
        url: 'urn:concentric:candidate',
      },
      unverified: false,
    });
  }

  let blockedBy: StartBlock | null = input.route === 'none' ? 'no-route' : null;
  let permitDays = 0;
  if (input.recognition.required) {
    const recognition = processing.recognition;
    const days = recognitionDays(figures, input.recognition.status);
    if (days === null) blockedBy ??= 'recognition-refused';
    permitDays += days ?? 0;
    parts.push({
      part: 'recognition',
      path: 'permit',
      days: days ?? 0,
      detail: `NARIC-Vlaanderen recognition, status ${input.recognition.status}`,
      ...figureSource(processing, recognition),
    });
  }
  if (input.route !== 'none') {
    const route = processing.routes[input.route];
    permitDays += route.days;
    parts.push({
      part: 'permit',
      path: 'permit',
      days: route.days,
      detail: route.basis,
      ...figureSource(processing, route),
    });
  }
  if (needsPermit(input.route) && movesToBelgium(input.ring)) {
    permitDays += processing.visa.days;
    parts.push({
      part: 'visa',
      path: 'permit',
      days: processing.visa.days,
      detail: processing.visa.basis,
      ...figureSource(processing, processing.visa),
    });
  }

  const trainingUnverified = training.unverified || training.carriedForward;
  const trainingPart = (part: StartPartName, hours: number, detail: string): void => {
    if (hours <= 0) return;
    parts.push({
      part,
      path: 'training',
      days: trainingDaysOf(figures, hours),
      hours,
      detail,
      source: fileSource(training),
      unverified: trainingUnverified,
    });
  };
  const moving = movesToBelgium(input.ring);
  const dutch = dutchHours(figures, input.dutch.current, input.dutch.required);
  const civic = moving ? statusHours(training.civicOrientationHours, input.civicOrientation) : 0;
  const soft = moving ? statusHours(training.softSkillsHours, input.softSkills) : 0;
  const modules = input.technicalModules * training.technicalModuleHours;
  trainingPart(
    'dutch',
    dutch,
    `Dutch from ${CEFR_LEVELS[input.dutch.current - 1] ?? 'none'} to ${CEFR_LEVELS[input.dutch.required - 1]}`,
  );
  trainingPart('civic-orientation', civic, 'civic orientation course');
  trainingPart('soft-skills', soft, 'soft-skills training (time management, communication)');
  trainingPart('technical-modules', modules, `${input.technicalModules} technical module(s)`);
  const trainingHours = dutch + civic + soft + modules;
  const trainingDays = trainingDaysOf(figures, trainingHours);

  const relocationDays = moving ? processing.relocation.daysByRing[String(input.ring) as '3' | '4'] : 0;
  if (moving) {
    parts.push({
      part: 'relocation',
      path: 'relocation',
      days: relocationDays,
      detail: processing.relocation.basis,
      ...figureSource(processing, processing.relocation),
    });
  }

  const lead = Math.max(permitDays, trainingDays) + relocationDays;
  let start = addDays(input.today, lead);
  for (const part of parts) {
    if (part.path !== 'availability') continue;
    const ready = addDays(input.today, part.days);
    if (ready > start) start = ready;
  }
  return {
    earliestStart: blockedBy === null ? start : null,
    blockedBy,
    permitDays,
    trainingHours,
    trainingDays,
    relocationDays,
    parts,
    unverified: parts.some((p) => p.unverified),
  };
}

/** The earliest start against the vacancy's start date: on time, or how many days late. */
export function againstVacancyStart(
  start: Pick<EarliestStart, 'earliestStart'>,
  vacancyStart: string | undefined,
): { readonly vacancyStart: string; readonly onTime: boolean; readonly daysLate: number } | null {
  if (vacancyStart === undefined || start.earliestStart === null) return null;
  const late = daysBetween(vacancyStart, start.earliestStart);
  return { vacancyStart, onTime: late <= 0, daysLate: Math.max(0, late) };
}
