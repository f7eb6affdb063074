import type { CandidateInputRaw } from '../domain/candidate.js';
import type { VacancyInputRaw } from '../domain/vacancy.js';

/**
 * One valid request body per input schema, published as the schema's `example` in the OpenAPI
 * document: a reader sees a body the API accepts, and a fuzzer that starts from the document
 * (scripts/fuzz) has one that gets past the checks no schema can state (an ISCO code or ESCO
 * URI the taxonomy knows, a postal code inside its province) and so reaches the handlers.
 */

export const EXAMPLE_VACANCY_INPUT = {
  title: 'Metselaar voor renovatieprojecten',
  description:
    'Renovatie van woningen in de regio Gent. Alle kosten van de rekrutering zijn voor de werkgever.',
  occupation: { isco: '7112' },
  requiredSkills: [{ label: 'bricklaying' }, { label: 'reading technical drawings' }],
  optionalSkills: [{ label: 'VCA' }],
  languages: [{ language: 'nl', level: 'A2' }],
  minExperienceYears: 2,
  workplace: { municipality: 'Gent', postalCode: '9000', province: 'BE-VOV' },
  employer: { name: 'Bouwgroep Van den Berghe', country: 'BE' },
  contract: {
    type: 'permanent',
    hoursPerWeek: 38,
    employmentPercent: 100,
    annualGrossSalaryEur: 42_000,
    jointCommittee: '124',
    skilledCategoryMinimumEur: 36_000,
    qualificationLevel: 4,
    startDate: '2027-09-01',
    tasks: 'Metselwerk, voegwerk en renovatie van gevels.',
    housing: { provided: true, workerCostEurPerMonth: 0, description: 'Studio in Gent, eerste zes maanden.' },
    contractLanguages: ['nl', 'fr', 'en'],
  },
  recruitmentCosts: [
    { category: 'travel', payer: 'employer', amountEur: 900 },
    { category: 'administrative', description: 'Single permit and visa', payer: 'employer', amountEur: 350 },
  ],
  fairRecruitment: {
    workerPaysNothingDeclared: true,
    depositOrBondRequired: false,
    wageDeductionsForRecruitmentCosts: false,
    employerHoldsIdentityDocuments: false,
    exitPenalties: false,
    termsDisclosedBeforeDeparture: true,
    signedTermsApplyOnArrival: true,
    grievanceContact: 'vertrouwenspersoon@bouwgroep.example',
  },
  publication: {
    vdabPublishedOn: '2025-12-01',
    euresPublishedOn: '2025-12-01',
    otherRegionsExposedOn: '2025-12-01',
  },
  openings: 3,
} satisfies VacancyInputRaw;

export const EXAMPLE_CANDIDATE_INPUT = {
  residence: { country: 'MA' },
  nationalities: ['MA'],
  personal: { fullName: 'Youssef El Amrani', email: 'youssef@example.org', birthDate: '1998-04-12' },
  occupations: [{ isco: '7112', yearsExperience: 6 }],
  skills: [{ label: 'metselen' }, { label: 'lire des plans' }],
  languages: [
    { language: 'fr', level: 'C1' },
    { language: 'nl', level: 'A2' },
  ],
  education: { iscedLevel: 4, field: 'Construction', diplomaCountry: 'MA', diplomaRecognition: 'not-needed' },
  workExperienceYears: 6,
  readiness: { dutchCourseLevel: 'A2', civicOrientation: 'in-progress', softSkillsTraining: 'completed' },
  consent: { matching: true, recordedAt: '2026-01-15T10:00:00Z' },
} satisfies CandidateInputRaw;
