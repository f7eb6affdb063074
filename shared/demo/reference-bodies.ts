import type { CandidateInputRaw } from '../domain/candidate.js';
import type { VacancyInputRaw } from '../domain/vacancy.js';
import { EXAMPLE_EXCHANGE_CANDIDATE } from '../exchange/example.js';
import type { ExchangeCandidateRaw } from '../exchange/exchange-format.js';
import { DEMO_EMPLOYERS } from './demo-data.js';
import { buildVacancy, type VacancySpec } from './vacancy-builder.js';
import { workplace } from './workplaces.js';

/**
 * The one valid vacancy and the one valid candidate every other valid body starts from: the
 * OpenAPI examples (scripts/openapi/capture-examples.ts posts them to a demo world and records
 * the answers), the tests' fixtures (test/fixtures/api-bodies.ts, which derive variants with
 * overrides) and so the fuzzer's seeds. The vacancy is built by the demo vacancy builder, so it
 * meets every intake rule the demo vacancies meet.
 */

export const REFERENCE_VACANCY_SPEC = {
  isco: '7112',
  employer: DEMO_EMPLOYERS.bouwgroep,
  workplace: workplace('Gent'),
  title: 'Metselaar voor renovatieprojecten',
  annualGrossSalaryEur: 42_000,
  languages: [{ language: 'nl', level: 'A2' }],
  minExperienceYears: 2,
  openings: 3,
  startDate: '2027-09-01',
  publishedOn: '2025-12-01',
  housing: { provided: true, workerCostEurPerMonth: 0 },
} as const satisfies VacancySpec;

/** The reference vacancy, or a variant of its spec. */
export function referenceVacancy(spec: Partial<VacancySpec> = {}): VacancyInputRaw {
  return buildVacancy({ ...REFERENCE_VACANCY_SPEC, ...spec });
}

/**
 * A bricklayer in Morocco (ring 4) who fits the reference vacancy: the exchange format's example
 * profile (shared/exchange/example.ts) as the candidate input, without the PES's external id
 * (the path carries it) and available at once (tests of start dates set their own
 * `availableFrom`). Its skills are given by taxonomy id and in French and Dutch free text
 * (one the taxonomy does not know, so it is reported unmapped), Dutch at A2.
 */
export const REFERENCE_CANDIDATE: CandidateInputRaw = candidateInput(EXAMPLE_EXCHANGE_CANDIDATE);

function candidateInput({
  externalId: _externalId,
  meta: _meta,
  availableFrom: _availableFrom,
  ...input
}: ExchangeCandidateRaw) {
  return input satisfies CandidateInputRaw;
}

/** The reference candidate, as a fresh mutable body. */
export function referenceCandidate(): CandidateInputRaw {
  return structuredClone(REFERENCE_CANDIDATE);
}
