import type { VacancyInputRaw } from '../domain/vacancy.js';
import { type GeneratedCandidate, generateCandidates } from './candidate-generator.js';
import { DEMO_EMPLOYERS, DEMO_VACANCY_TABLE, type DemoVacancySpec, NL_B1 } from './demo-vacancy-table.js';
import { buildVacancy, type DemoEmployer } from './vacancy-builder.js';
import { workplace } from './workplaces.js';

/**
 * The demo data set `npm start` loads: six fictitious Flemish employers with 29 vacancies
 * (bottleneck trades and professions, and a few ordinary jobs), and 2,400 generated candidates
 * from every ring. Fixed, so every demo run and every screenshot shows the same data.
 */

export const DEMO_CANDIDATE_SEED = 20_260_101;
export const DEMO_CANDIDATE_COUNT = 2_400;

export interface DemoVacancy {
  /** Stable reference for scripts and tests, e.g. `bouw-metselaar-antwerpen`. */
  readonly ref: string;
  /** The employer organisation that owns the vacancy. */
  readonly ownerOrg: string;
  readonly input: VacancyInputRaw;
}

export interface DemoDataSet {
  readonly employers: readonly DemoEmployer[];
  readonly vacancies: readonly DemoVacancy[];
  readonly candidates: readonly GeneratedCandidate[];
}

export { DEMO_EMPLOYERS };

function demoVacancy(employer: DemoEmployer, spec: DemoVacancySpec): DemoVacancy {
  const { ref, municipality, languages, startDate, publishedOn, ...rest } = spec;
  return {
    ref,
    ownerOrg: employer.id,
    input: buildVacancy({
      ...rest,
      employer,
      workplace: workplace(municipality),
      languages: languages ?? NL_B1,
      startDate: startDate ?? '2026-09-01',
      publishedOn: publishedOn ?? '2026-01-12',
    }),
  };
}

/** The demo data, rebuilt on each call (callers may mutate what they get). Same output every run. */
export function demoDataSet(): DemoDataSet {
  return {
    employers: Object.values(DEMO_EMPLOYERS),
    vacancies: DEMO_VACANCY_TABLE.map(([employer, spec]) => demoVacancy(employer, spec)),
    candidates: [...generateCandidates({ seed: DEMO_CANDIDATE_SEED, count: DEMO_CANDIDATE_COUNT })],
  };
}
