import type { CandidateInputRaw } from '../domain/candidate.js';
import type { VacancyInputRaw } from '../domain/vacancy.js';
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
 * A bricklayer in Morocco (ring 4) who fits the reference vacancy: skills given in French and
 * Dutch free text (one the taxonomy does not know, so it is reported unmapped), Dutch at A2.
 */
export const REFERENCE_CANDIDATE = {
  residence: { country: 'MA' },
  nationalities: ['MA'],
  personal: { fullName: 'Youssef El Amrani', email: 'youssef@example.org', birthDate: '1998-04-12' },
  occupations: [{ isco: '7112', yearsExperience: 6 }],
  skills: [{ label: 'metselen' }, { label: 'lire des plans' }, { label: 'tegelzetten op maat' }],
  languages: [
    { language: 'fr', level: 'C1' },
    { language: 'ar', level: 'C2' },
    { language: 'nl', level: 'A2' },
  ],
  education: { iscedLevel: 4, field: 'Construction', diplomaCountry: 'MA', diplomaRecognition: 'not-needed' },
  workExperienceYears: 6,
  readiness: {
    dutchCourseLevel: 'A2',
    civicOrientation: 'in-progress',
    softSkillsTraining: 'completed',
    technicalModules: [],
  },
  consent: { matching: true, recordedAt: '2026-01-15T10:00:00Z' },
} as const satisfies CandidateInputRaw;

/** The reference candidate, as a fresh mutable body. */
export function referenceCandidate(): CandidateInputRaw {
  return structuredClone(REFERENCE_CANDIDATE) as CandidateInputRaw;
}
