import * as z from 'zod';
import { ISCED_MAX, ISCED_MIN } from './codes.js';
import {
  CefrLevelSchema,
  CountryCodeSchema,
  IsoDateSchema,
  LanguageLevelSchema,
  uniqueBy,
} from './common-schemas.js';
import { ConsentSchema } from './consent.js';
import { BELGIAN_REGIONS, type Ring } from './geography.js';
import { OCCUPATION_REF_FIELDS, requireIscoOrEsco } from './occupation-ref.js';
import { EscoOccupationSchema, IscoCodeSchema, type ResolvedSkill, SkillRefSchema } from './skill-ref.js';

/**
 * A candidate profile as a partner employment service (PES) uploads it. It is keyed by
 * (PES, external id), so a retried upload updates the same record.
 */

export const DIPLOMA_RECOGNITION = [
  'not-needed',
  'not-started',
  'pending',
  'specific-equivalence',
  'level-equivalence',
  'refused',
] as const;
export type DiplomaRecognition = (typeof DIPLOMA_RECOGNITION)[number];

export const TRAINING_STATUS = ['not-started', 'in-progress', 'completed'] as const;
export type TrainingStatus = (typeof TRAINING_STATUS)[number];

export const ResidenceSchema = z
  .object({
    country: CountryCodeSchema,
    /** ISO 3166-2 region, required for Belgian residents (it decides ring 1 or 2). */
    region: z.enum(BELGIAN_REGIONS).optional(),
  })
  .strict()
  .superRefine((residence, ctx) => {
    if (residence.country === 'BE' && !residence.region) {
      ctx.addIssue({
        code: 'custom',
        path: ['region'],
        message: 'Belgian residents need a region (BE-VLG, BE-BRU, BE-WAL)',
      });
    }
    if (residence.country !== 'BE' && residence.region) {
      ctx.addIssue({
        code: 'custom',
        path: ['region'],
        message: 'region is only used for Belgian residents',
      });
    }
  })
  // The same rule for the OpenAPI document, where a refinement is invisible: BE needs a region,
  // any other country has none.
  .meta({
    anyOf: [
      { properties: { country: { const: 'BE' } }, required: ['region'] },
      { properties: { country: { not: { const: 'BE' } } }, not: { required: ['region'] } },
    ],
  });

export const CandidateInputSchema = z
  .object({
    residence: ResidenceSchema,
    nationalities: z
      .array(CountryCodeSchema)
      .min(1)
      .max(3)
      .superRefine(uniqueBy((c) => c, 'nationality'))
      .meta({ uniqueItems: true }),
    /** Identifying data: shown to an employer only with the candidate's consent. */
    personal: z
      .object({
        fullName: z.string().trim().min(1).max(200).optional(),
        email: z.email().optional(),
        phone: z
          .string()
          .regex(/^\+?[0-9 ()-]{6,20}$/)
          .optional(),
        birthDate: IsoDateSchema.optional(),
      })
      .strict()
      .default({}),
    occupations: z
      .array(
        z
          .object({
            isco: IscoCodeSchema,
            esco: EscoOccupationSchema.optional(),
            yearsExperience: z.number().min(0).max(50),
          })
          .strict(),
      )
      .min(1)
      .max(5)
      .superRefine(uniqueBy((o) => o.isco, 'occupation')),
    skills: z.array(SkillRefSchema).max(100).default([]),
    languages: z
      .array(LanguageLevelSchema)
      .max(10)
      .default([])
      .superRefine(uniqueBy((l) => l.language, 'language')),
    education: z
      .object({
        iscedLevel: z.number().int().min(ISCED_MIN).max(ISCED_MAX),
        field: z.string().trim().max(200).optional(),
        diplomaCountry: CountryCodeSchema.optional(),
        diplomaRecognition: z.enum(DIPLOMA_RECOGNITION).default('not-started'),
      })
      .strict(),
    workExperienceYears: z.number().min(0).max(60),
    /** Pre-departure readiness (Dutch, civic orientation, soft skills, technical gaps). */
    readiness: z
      .object({
        dutchCourseLevel: CefrLevelSchema.optional(),
        civicOrientation: z.enum(TRAINING_STATUS).default('not-started'),
        softSkillsTraining: z.enum(TRAINING_STATUS).default('not-started'),
        technicalModules: z.array(z.string().trim().min(1).max(120)).max(20).default([]),
      })
      .strict()
      .default({ civicOrientation: 'not-started', softSkillsTraining: 'not-started', technicalModules: [] }),
    /** Ukrainian temporary protection (FM-02). */
    temporaryProtection: z.object({ validUntil: IsoDateSchema }).strict().optional(),
    availableFrom: IsoDateSchema.optional(),
    /** Notice period in weeks: with `availableFrom`, when the candidate could start. */
    noticePeriodWeeks: z.number().int().min(0).max(52).optional(),
    /** Free text written by the PES: identifying, so never shown blind. */
    summary: z.string().max(4000).optional(),
    /** Consent per purpose: matching, and sharing the identified profile per employer (consent.ts). */
    consent: ConsentSchema,
  })
  .strict();
export type CandidateInput = z.infer<typeof CandidateInputSchema>;

/**
 * A candidate as a PES sends it: occupations named by ISCO-08 unit group, ESCO URI or both
 * (`occupation-ref.ts`). The taxonomy turns it into a CandidateInput, every occupation filed
 * under its unit group.
 */
export const CandidateRequestSchema = CandidateInputSchema.extend({
  occupations: z
    .array(
      requireIscoOrEsco(
        z.object({ ...OCCUPATION_REF_FIELDS, yearsExperience: z.number().min(0).max(50) }).strict(),
      ),
    )
    .min(1)
    .max(5)
    .superRefine(uniqueBy((o) => o.isco ?? o.esco ?? '', 'occupation')),
});
export type CandidateRequest = z.infer<typeof CandidateRequestSchema>;
export type CandidateInputRaw = z.input<typeof CandidateRequestSchema>;

/** A candidate's id, `cand_` and 24 hex digits of a digest of (PES, external id): the one pattern. */
export const CANDIDATE_ID_PATTERN = /^cand_[a-f0-9]{24}$/;

export const ExternalIdSchema = z
  .string()
  .regex(
    /^[A-Za-z0-9._:-]{1,100}$/,
    'must be 1–100 characters of letters, digits, dot, dash, colon or underscore',
  );

export interface CandidateProfile extends Omit<CandidateInput, 'skills'> {
  readonly id: string;
  /** Owning organisation: the PES that uploaded the profile. */
  readonly pes: string;
  readonly externalId: string;
  readonly version: number;
  readonly createdAt: string;
  readonly updatedAt: string;
  /** Digest of the normalised input: an upload with the same digest changes nothing. */
  readonly contentHash: string;
  readonly ring: Ring;
  readonly skills: ResolvedSkill[];
  readonly unmappedSkills: string[];
  /**
   * When the profile is due for erasure: the PES's retention period after its last upload.
   * Absent on profiles written before retention existed (never swept; TTL-less).
   */
  readonly retainUntil?: string | undefined;
}
