import * as z from 'zod';
import { VKS_MAX, VKS_MIN } from './codes.js';
import {
  CountryCodeSchema,
  IsoDateSchema,
  LanguageCodeSchema,
  LanguageLevelSchema,
  uniqueBy,
} from './common-schemas.js';
import { FLEMISH_PROVINCE_CODES, type FlemishProvince, postalCodeInProvince } from './geography.js';
import { OccupationRefSchema } from './occupation-ref.js';
import { EscoOccupationSchema, IscoCodeSchema, type ResolvedSkill, SkillRefSchema } from './skill-ref.js';

/**
 * A vacancy as an employer writes it. Everything the intake rules (FR-*, BE-*, CM-01) read is a
 * field here, so a decision can always name the data it rests on.
 */

/** Cost categories from the ILO definition of recruitment fees and related costs (2019). */
export const COST_CATEGORIES = [
  'recruitment-fee',
  'medical',
  'insurance',
  'skills-test',
  'training',
  'equipment',
  'travel',
  'lodging',
  'administrative',
  'other',
] as const;
export const COST_PAYERS = ['employer', 'worker', 'shared', 'unknown'] as const;

/** A vacancy's id, as the id generator makes it (`vac_` and up to 64 letters or digits): the one pattern. */
export const VACANCY_ID_PATTERN = /^vac_[A-Za-z0-9]{1,64}$/;

export const RecruitmentCostSchema = z
  .object({
    category: z.enum(COST_CATEGORIES),
    description: z.string().max(500).optional(),
    amountEur: z.number().nonnegative().max(1_000_000).optional(),
    payer: z.enum(COST_PAYERS),
    recoveredByWageDeduction: z.boolean().optional(),
  })
  .strict();
export type RecruitmentCost = z.infer<typeof RecruitmentCostSchema>;

export const WorkplaceSchema = z
  .object({
    municipality: z.string().trim().min(1).max(100),
    postalCode: z.string().regex(/^\d{4}$/, 'must be a four-digit Belgian postal code'),
    province: z.enum(FLEMISH_PROVINCE_CODES as [FlemishProvince, ...FlemishProvince[]]),
  })
  .strict()
  .superRefine((place, ctx) => {
    if (!postalCodeInProvince(place.postalCode, place.province)) {
      ctx.addIssue({
        code: 'custom',
        path: ['postalCode'],
        message: `postal code ${place.postalCode} is not in province ${place.province}`,
      });
    }
  });

export const CONTRACT_TYPES = ['permanent', 'fixed-term', 'seasonal', 'temporary-agency'] as const;

export const ContractTermsSchema = z
  .object({
    type: z.enum(CONTRACT_TYPES),
    durationMonths: z.number().int().min(1).max(120).optional(),
    hoursPerWeek: z.number().min(1).max(50),
    /** Share of a full-time job, in percent (BE-05 needs at least 80). */
    employmentPercent: z.number().min(1).max(100),
    annualGrossSalaryEur: z.number().nonnegative().max(1_000_000),
    /** Joint committee (paritair comité) number, e.g. "124" for construction. */
    jointCommittee: z
      .string()
      .regex(/^\d{3}(\.\d{2})?$/)
      .optional(),
    /** Gross annual minimum of the skilled category in that joint committee (BE-05). */
    skilledCategoryMinimumEur: z.number().nonnegative().optional(),
    /** Flemish qualification structure level of the job (VKS 1–8). */
    qualificationLevel: z.number().int().min(VKS_MIN).max(VKS_MAX),
    startDate: IsoDateSchema.optional(),
    tasks: z.string().max(4000).optional(),
    housing: z
      .object({
        provided: z.boolean(),
        workerCostEurPerMonth: z.number().nonnegative().optional(),
        description: z.string().max(1000).optional(),
      })
      .strict()
      .optional(),
    /** Languages the written contract is available in (FR-05). */
    contractLanguages: z.array(LanguageCodeSchema).max(10).default([]),
  })
  .strict()
  .superRefine((terms, ctx) => {
    if (terms.type !== 'permanent' && terms.durationMonths === undefined) {
      ctx.addIssue({
        code: 'custom',
        path: ['durationMonths'],
        message: `a ${terms.type} contract needs durationMonths`,
      });
    }
  });
export type ContractTerms = z.infer<typeof ContractTermsSchema>;

/** The employer's fair-recruitment declarations (ILO General Principles, 2019). */
export const FairRecruitmentSchema = z
  .object({
    workerPaysNothingDeclared: z.boolean().default(false),
    depositOrBondRequired: z.boolean().default(false),
    wageDeductionsForRecruitmentCosts: z.boolean().default(false),
    employerHoldsIdentityDocuments: z.boolean().default(false),
    exitPenalties: z.boolean().default(false),
    termsDisclosedBeforeDeparture: z.boolean().default(false),
    signedTermsApplyOnArrival: z.boolean().default(false),
    grievanceContact: z.string().trim().min(3).max(300).optional(),
  })
  .strict();

export const IntermediarySchema = z
  .object({
    name: z.string().trim().min(1).max(200),
    /** Flemish recognition number for private employment agencies (Decree of 10 December 2010). */
    recognitionNumber: z.string().trim().max(50).optional(),
    chargesJobseeker: z.boolean(),
  })
  .strict();

export const PublicationSchema = z
  .object({
    vdabPublishedOn: IsoDateSchema.optional(),
    euresPublishedOn: IsoDateSchema.optional(),
    otherRegionsExposedOn: IsoDateSchema.optional(),
  })
  .strict();

export const VacancyInputSchema = z
  .object({
    title: z.string().trim().min(3).max(200),
    description: z.string().max(10_000).optional(),
    occupation: z.object({ isco: IscoCodeSchema, esco: EscoOccupationSchema.optional() }).strict(),
    requiredSkills: z.array(SkillRefSchema).min(1).max(50),
    optionalSkills: z.array(SkillRefSchema).max(50).default([]),
    languages: z
      .array(LanguageLevelSchema)
      .max(6)
      .default([])
      .superRefine(uniqueBy((l) => l.language, 'language')),
    minExperienceYears: z.number().min(0).max(40).default(0),
    /** Minimum ISCED 2011 level of education asked for. */
    minEducationLevel: z.number().int().min(0).max(8).optional(),
    workplace: WorkplaceSchema,
    employer: z
      .object({ name: z.string().trim().min(1).max(200), country: CountryCodeSchema.default('BE') })
      .strict(),
    contract: ContractTermsSchema,
    recruitmentCosts: z.array(RecruitmentCostSchema).max(30).default([]),
    fairRecruitment: FairRecruitmentSchema.default({
      workerPaysNothingDeclared: false,
      depositOrBondRequired: false,
      wageDeductionsForRecruitmentCosts: false,
      employerHoldsIdentityDocuments: false,
      exitPenalties: false,
      termsDisclosedBeforeDeparture: false,
      signedTermsApplyOnArrival: false,
    }),
    intermediary: IntermediarySchema.optional(),
    publication: PublicationSchema.default({}),
    openings: z.number().int().min(1).max(500).default(1),
  })
  .strict();
export type VacancyInput = z.infer<typeof VacancyInputSchema>;

/**
 * A vacancy as an employer sends it: the occupation named by ISCO-08 unit group, ESCO URI or
 * both (`occupation-ref.ts`). The taxonomy turns it into a VacancyInput.
 */
export const VacancyRequestSchema = VacancyInputSchema.extend({ occupation: OccupationRefSchema });
export type VacancyRequest = z.infer<typeof VacancyRequestSchema>;
export type VacancyInputRaw = z.input<typeof VacancyRequestSchema>;

export const VACANCY_STATUSES = ['open', 'closed'] as const;
export type VacancyStatus = (typeof VACANCY_STATUSES)[number];

/** A rule outcome kept on the record (warn/info); blocks never reach storage. */
export interface StoredRuleFinding {
  readonly ruleId: string;
  readonly severity: 'warn' | 'info';
  readonly message: string;
}

/** A stored vacancy: the input, resolved against the taxonomy, plus ownership and bookkeeping. */
export interface Vacancy extends Omit<VacancyInput, 'requiredSkills' | 'optionalSkills'> {
  readonly id: string;
  readonly ownerOrg: string;
  readonly status: VacancyStatus;
  readonly version: number;
  readonly createdAt: string;
  readonly updatedAt: string;
  readonly closedAt?: string | undefined;
  readonly requiredSkills: ResolvedSkill[];
  readonly optionalSkills: ResolvedSkill[];
  /** Free-text skills the taxonomy could not map: kept, matched on their label, and reported. */
  readonly unmappedSkills: string[];
  /** Whether the occupation is on the bottleneck list for the vacancy's year (never the employer's say-so). */
  readonly bottleneck: boolean;
  readonly bottleneckListYear?: number | undefined;
  readonly ruleFindings: StoredRuleFinding[];
}
