import * as z from 'zod';
import { IsoDateSchema } from '../domain/common-schemas.js';
import { isCountryCode, toAlpha2 } from '../domain/countries.js';
import bottleneck2025 from './data/bottleneck-occupations-2025.json' with { type: 'json' };
import bottleneck2026 from './data/bottleneck-occupations-2026.json' with { type: 'json' };
import healthOccupations from './data/health-occupations.json' with { type: 'json' };
import mediumSkilled2023 from './data/medium-skilled-occupations-2023.json' with { type: 'json' };
import mediumSkilled2026 from './data/medium-skilled-occupations-2026.json' with { type: 'json' };
import partnerAgreements from './data/partner-agreements.json' with { type: 'json' };
import regulatedProfessions from './data/regulated-professions.json' with { type: 'json' };
import thresholds2024 from './data/salary-thresholds-2024.json' with { type: 'json' };
import thresholds2025 from './data/salary-thresholds-2025.json' with { type: 'json' };
import thresholds2026 from './data/salary-thresholds-2026.json' with { type: 'json' };
import temporaryProtection from './data/temporary-protection.json' with { type: 'json' };
import whoSafeguards from './data/who-safeguards-list-2023.json' with { type: 'json' };

/**
 * The reference files the rules rest on: year-versioned JSON files in `./data`, each with its
 * source, validity and an `unverified` flag (what could not be confirmed stays data, never
 * hard-coded truth), and the schemas that validate them (reference-data.ts loads them).
 */

const SourceSchema = z.object({ title: z.string().min(1), url: z.url() }).strict();
const IscoPrefixSchema = z.string().regex(/^\d{1,4}$/, 'must be an ISCO-08 code or group (1–4 digits)');
const IscoSchema = z.string().regex(/^\d{4}$/);

const dataFile = <T extends z.ZodRawShape>(shape: T) =>
  z
    .object({
      source: SourceSchema,
      validFrom: IsoDateSchema,
      validTo: IsoDateSchema.optional(),
      unverified: z.boolean(),
      notes: z.string().optional(),
      ...shape,
    })
    .strict();

const SalaryThresholdFileSchema = dataFile({
  year: z.number().int(),
  highlySkilled: z
    .object({
      thresholdEur: z.number().positive(),
      reducedThresholdEur: z.number().positive(),
      minJobQualificationLevel: z.number().int().min(1).max(8).optional(),
      unverified: z.boolean(),
    })
    .strict(),
  blueCard: z
    .object({ thresholdEur: z.number().positive(), validFrom: IsoDateSchema, unverified: z.boolean() })
    .strict()
    .optional(),
});

const OccupationEntrySchema = z
  .object({ isco: IscoSchema, en: z.string(), nl: z.string(), unverified: z.boolean().optional() })
  .strict();

const OccupationListFileSchema = dataFile({
  year: z.number().int(),
  officialCount: z.number().int().positive(),
  occupations: z.array(OccupationEntrySchema).min(1),
});

const RegulatedProfessionSchema = OccupationEntrySchema.extend({ healthProfession: z.boolean() }).strict();
const RegulatedProfessionsFileSchema = dataFile({
  recognitionFeeEur: z.number().nonnegative(),
  professions: z.array(RegulatedProfessionSchema).min(1),
});

const HealthOccupationsFileSchema = dataFile({
  iscoPrefixes: z.array(IscoPrefixSchema).min(1),
  excluded: z.array(IscoSchema).default([]),
});

const WhoSafeguardsFileSchema = dataFile({
  countries: z
    .array(
      z
        .string()
        .refine((a3) => toAlpha2(a3) !== undefined, { message: 'must be an ISO 3166-1 alpha-3 code' }),
    )
    .min(1),
});

export const AGREEMENT_KINDS = ['talent-partnership', 'government-to-government', 'mou', 'project'] as const;
export type AgreementKind = (typeof AGREEMENT_KINDS)[number];

const PartnerAgreementSchema = z
  .object({
    id: z.string().min(1),
    name: z.string().min(1),
    country: z.string().refine(isCountryCode, { message: 'must be an ISO 3166-1 alpha-2 code' }),
    pes: z.string().min(1),
    kind: z.enum(AGREEMENT_KINDS),
    /** ISCO-08 codes or groups (prefixes) the agreement covers. */
    occupations: z.array(IscoPrefixSchema).min(1),
    validFrom: IsoDateSchema,
    validTo: IsoDateSchema.optional(),
    /** Whether the agreement lifts the WHO-01 safeguard (only a government-to-government agreement can). */
    liftsWho01: z.boolean(),
    unverified: z.boolean(),
    notes: z.string().optional(),
  })
  .strict()
  .refine((a) => !a.liftsWho01 || a.kind === 'government-to-government', {
    message: 'only a government-to-government agreement can lift WHO-01',
    path: ['liftsWho01'],
  });
export type PartnerAgreement = z.infer<typeof PartnerAgreementSchema>;

const PartnerAgreementsFileSchema = dataFile({ agreements: z.array(PartnerAgreementSchema) });
const TemporaryProtectionFileSchema = dataFile({ protectedUntil: IsoDateSchema });

export const ReferenceFilesSchema = z.object({
  salaryThresholds: z.array(SalaryThresholdFileSchema).min(1),
  bottleneckLists: z.array(OccupationListFileSchema).min(1),
  mediumSkilledLists: z.array(OccupationListFileSchema).min(1),
  regulatedProfessions: RegulatedProfessionsFileSchema,
  healthOccupations: HealthOccupationsFileSchema,
  whoSafeguards: WhoSafeguardsFileSchema,
  partnerAgreements: PartnerAgreementsFileSchema,
  temporaryProtection: TemporaryProtectionFileSchema,
});
export type ReferenceFiles = z.input<typeof ReferenceFilesSchema>;
export type ValidFiles = z.output<typeof ReferenceFilesSchema>;
export type RegulatedProfession = z.infer<typeof RegulatedProfessionSchema>;

/** Reference files before validation (JSON imports type `kind` as string; the schema narrows it). */
export type UnvalidatedReferenceFiles = { readonly [K in keyof ReferenceFiles]: unknown };

/** The files shipped in `./data`. */
export const BUNDLED_REFERENCE_FILES: UnvalidatedReferenceFiles = {
  salaryThresholds: [thresholds2024, thresholds2025, thresholds2026],
  bottleneckLists: [bottleneck2025, bottleneck2026],
  mediumSkilledLists: [mediumSkilled2023, mediumSkilled2026],
  regulatedProfessions,
  healthOccupations,
  whoSafeguards,
  partnerAgreements,
  temporaryProtection,
};
