import { type BelgianRegion, residenceRing } from '../../../shared/domain/geography.js';
import {
  type VacancyInput,
  type VacancyInputRaw,
  VacancyInputSchema,
} from '../../../shared/domain/vacancy.js';
import { defaultReferenceData } from '../../../shared/rules/reference-data.js';
import type { MatchVacancy, RuleContext } from '../../../shared/rules/views.js';
import type { CandidateDocument } from '../../../shared/search/candidate-document.js';

/** A fair, complete vacancy that passes every intake rule on 2025-06-15; tests change one thing at a time. */
export function vacancyRaw(): VacancyInputRaw {
  return {
    title: 'Industrial electrician',
    description: 'Maintenance of production lines in a food plant.',
    occupation: { isco: '7411' },
    requiredSkills: [{ label: 'electrical installation' }],
    workplace: { municipality: 'Gent', postalCode: '9000', province: 'BE-VOV' },
    employer: { name: 'Acme Foods', country: 'BE' },
    contract: {
      type: 'permanent',
      hoursPerWeek: 38,
      employmentPercent: 100,
      annualGrossSalaryEur: 42_000,
      jointCommittee: '111',
      skilledCategoryMinimumEur: 36_000,
      qualificationLevel: 4,
      tasks: 'Install, maintain and repair electrical systems.',
      housing: { provided: false },
      contractLanguages: ['nl', 'en', 'fr'],
    },
    recruitmentCosts: [
      { category: 'travel', description: 'Flight and transfer', payer: 'employer' },
      { category: 'administrative', description: 'Visa and permit', payer: 'employer' },
    ],
    fairRecruitment: {
      workerPaysNothingDeclared: true,
      depositOrBondRequired: false,
      wageDeductionsForRecruitmentCosts: false,
      employerHoldsIdentityDocuments: false,
      exitPenalties: false,
      termsDisclosedBeforeDeparture: true,
      signedTermsApplyOnArrival: true,
      grievanceContact: 'ombuds@acme.example',
    },
    publication: {
      vdabPublishedOn: '2025-01-10',
      euresPublishedOn: '2025-01-12',
      otherRegionsExposedOn: '2025-01-15',
    },
  };
}

type DeepPartial<T> = {
  [K in keyof T]?: T[K] extends readonly unknown[] ? T[K] : T[K] extends object ? DeepPartial<T[K]> : T[K];
};

function merge<T>(base: T, patch: DeepPartial<T> | undefined): T {
  if (patch === undefined) return base;
  const out: Record<string, unknown> = { ...(base as Record<string, unknown>) };
  for (const [key, value] of Object.entries(patch)) {
    const current = out[key];
    out[key] =
      value !== null &&
      typeof value === 'object' &&
      !Array.isArray(value) &&
      current !== null &&
      typeof current === 'object' &&
      !Array.isArray(current)
        ? merge(current, value as DeepPartial<typeof current>)
        : value;
  }
  return out as T;
}

/** The base vacancy with a deep patch applied, parsed like the API parses it. */
export function vacancy(patch?: DeepPartial<VacancyInputRaw>): VacancyInput {
  return VacancyInputSchema.parse(merge(vacancyRaw(), patch));
}

export function stored(input: VacancyInput, bottleneck = true): MatchVacancy {
  return { ...input, bottleneck };
}

/**
 * A Moroccan electrician with a secondary diploma, consenting, reading French at B2. The ring
 * follows from the residence, as it does for an uploaded candidate, unless the patch sets it.
 */
export function candidate(patch: Partial<CandidateDocument> = {}): CandidateDocument {
  const country = patch.country ?? 'MA';
  const ring = patch.ring ?? residenceRing({ country, region: patch.region as BelgianRegion | undefined });
  return {
    id: 'c-1',
    pes: 'ANAPEC',
    version: 1,
    country: 'MA',
    nationalities: ['MA'],
    occupations: ['7411'],
    iscoGroups: ['7', '74', '741', '7411'],
    skills: [],
    skillText: [],
    languages: { fr: 4, ar: 6 },
    educationLevel: 3,
    diplomaRecognition: 'not-started',
    workExperienceYears: 6,
    readinessDutch: 2,
    readinessCivic: 1,
    readinessSoftSkills: 1,
    technicalModules: [],
    consentMatching: true,
    birthYear: 1990,
    updatedAt: '2025-05-01T00:00:00Z',
    ...patch,
    ring,
  };
}

export const ctx = (today: string, data = defaultReferenceData): RuleContext => ({ today, data });
