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
 * Reference data the rules rest on: year-versioned JSON files in `./data`, each with its source,
 * validity and an `unverified` flag (what could not be confirmed stays data, never hard-coded
 * truth). The files are validated once when this module loads; every lookup takes the
 * date it is asked about, so nothing here reads the clock.
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

const ReferenceFilesSchema = z.object({
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
type ValidFiles = z.output<typeof ReferenceFilesSchema>;
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

export interface SalaryThresholds {
  readonly year: number;
  readonly highlySkilled: {
    readonly thresholdEur: number;
    readonly reducedThresholdEur: number;
    /** Minimum VKS level of the job (BE-03 from 1 January 2026); null where none applies. */
    readonly minJobQualificationLevel: number | null;
    readonly unverified: boolean;
  };
  /** Null where no Blue Card figure is recorded for the date. */
  readonly blueCard: { readonly thresholdEur: number; readonly unverified: boolean } | null;
  /** True when the date lies past the newest file and its figures are carried forward. */
  readonly carriedForward: boolean;
}

export interface ListLookup {
  readonly listed: boolean;
  readonly listYear: number | null;
  readonly unverified: boolean;
}

export interface BottleneckLookup {
  readonly bottleneck: boolean;
  readonly listYear: number | null;
  readonly unverified: boolean;
}

export interface BottleneckList {
  readonly year: number;
  /** How many occupations VDAB's own list holds (the file maps a subset to ISCO-08). */
  readonly officialCount: number;
  readonly carriedForward: boolean;
  readonly unverified: boolean;
  readonly occupations: readonly {
    readonly isco: string;
    readonly en: string;
    readonly nl: string;
    readonly unverified: boolean;
  }[];
}

export interface DataSourceInfo {
  readonly dataset: string;
  readonly source: { readonly title: string; readonly url: string };
  readonly validFrom: string;
  readonly validTo?: string | undefined;
  readonly unverified: boolean;
  readonly notes?: string | undefined;
}

interface Period {
  readonly validFrom: string;
  readonly validTo?: string | undefined;
}

/**
 * The period valid on `date`; past the newest period, the newest one is carried forward (and the
 * caller flags it unverified); before the oldest, none.
 */
export function periodOn<T extends Period>(
  periods: readonly T[],
  date: string,
): { period: T; carriedForward: boolean } | undefined {
  const started = periods
    .filter((p) => p.validFrom <= date)
    .sort((a, b) => a.validFrom.localeCompare(b.validFrom));
  const current = started.filter((p) => p.validTo === undefined || date <= p.validTo).at(-1);
  if (current) return { period: current, carriedForward: false };
  const latest = started.at(-1);
  return latest ? { period: latest, carriedForward: true } : undefined;
}

const covers = (prefixes: readonly string[], isco: string): boolean =>
  prefixes.some((p) => isco.startsWith(p));

export class ReferenceData {
  private readonly files: ValidFiles;
  private readonly whoAlpha2: ReadonlySet<string>;

  /** Validates the files (throws a ZodError naming the bad field). */
  constructor(files: UnvalidatedReferenceFiles = BUNDLED_REFERENCE_FILES) {
    this.files = ReferenceFilesSchema.parse(files);
    this.whoAlpha2 = new Set(this.files.whoSafeguards.countries.map((a3) => toAlpha2(a3) ?? a3));
  }

  /** The bundled files with some replaced, e.g. an operator's newer list or a test agreement. */
  static with(overrides: Partial<ReferenceFiles>): ReferenceData {
    return new ReferenceData({ ...BUNDLED_REFERENCE_FILES, ...overrides });
  }

  /** BE-03 and BE-04 thresholds valid on the date; undefined before the oldest recorded year. */
  salaryThresholds(date: string): SalaryThresholds | undefined {
    const found = periodOn(this.files.salaryThresholds, date);
    if (!found) return undefined;
    const { period: file, carriedForward } = found;
    const stale = carriedForward || file.unverified;
    const blueCard = file.blueCard && file.blueCard.validFrom <= date ? file.blueCard : undefined;
    return {
      year: file.year,
      highlySkilled: {
        thresholdEur: file.highlySkilled.thresholdEur,
        reducedThresholdEur: file.highlySkilled.reducedThresholdEur,
        minJobQualificationLevel: file.highlySkilled.minJobQualificationLevel ?? null,
        unverified: stale || file.highlySkilled.unverified,
      },
      blueCard: blueCard
        ? { thresholdEur: blueCard.thresholdEur, unverified: stale || blueCard.unverified }
        : null,
      carriedForward,
    };
  }

  /** Whether the occupation is on VDAB's bottleneck list for the date's year (BE-06, concentric search). */
  isBottleneck(isco: string, date: string): BottleneckLookup {
    const { listed, listYear, unverified } = this.listLookup(this.files.bottleneckLists, isco, date);
    return { bottleneck: listed, listYear, unverified };
  }

  /**
   * The whole bottleneck list valid on the date (for sourcing plans, which walk every listed
   * occupation); undefined before the oldest list. Past the newest list it is carried forward
   * and flagged unverified, as `isBottleneck` does.
   */
  bottleneckList(date: string): BottleneckList | undefined {
    const found = periodOn(this.files.bottleneckLists, date);
    if (!found) return undefined;
    const { period, carriedForward } = found;
    return {
      year: period.year,
      officialCount: period.officialCount,
      carriedForward,
      unverified: carriedForward || period.unverified,
      occupations: period.occupations.map((o) => ({
        isco: o.isco,
        en: o.en,
        nl: o.nl,
        unverified: carriedForward || period.unverified || o.unverified === true,
      })),
    };
  }

  /** Whether the occupation is on the ministerial medium-skilled list valid on the date (BE-05). */
  isMediumSkilledListed(isco: string, date: string): ListLookup {
    return this.listLookup(this.files.mediumSkilledLists, isco, date);
  }

  isRegulated(isco: string): boolean {
    return this.regulatedProfession(isco) !== undefined;
  }

  /** The regulated profession for the ISCO code (BE-07), with whether it is a health profession. */
  regulatedProfession(isco: string): RegulatedProfession | undefined {
    return this.files.regulatedProfessions.professions.find((p) => p.isco === isco);
  }

  /** Health personnel in the sense of the WHO Global Code (WHO-01). */
  isHealthOccupation(isco: string): boolean {
    const { iscoPrefixes, excluded } = this.files.healthOccupations;
    return covers(iscoPrefixes, isco) && !excluded.includes(isco);
  }

  /** The WHO Health Workforce Support and Safeguards List, ISO 3166-1 alpha-3. */
  whoSafeguardCountries(): readonly string[] {
    return this.files.whoSafeguards.countries;
  }

  /** Whether an alpha-2 country is on the WHO safeguards list. */
  isWhoSafeguardCountry(alpha2: string): boolean {
    return this.whoAlpha2.has(alpha2);
  }

  /** Agreements valid on the date (from/to inclusive), covering the occupation when one is given. */
  activeAgreements(date: string, isco?: string): readonly PartnerAgreement[] {
    return this.files.partnerAgreements.agreements.filter(
      (a) =>
        a.validFrom <= date &&
        (a.validTo === undefined || date <= a.validTo) &&
        (isco === undefined || covers(a.occupations, isco)),
    );
  }

  /** End of Ukrainian temporary protection (FM-02). */
  temporaryProtectionEnd(): string {
    return this.files.temporaryProtection.protectedUntil;
  }

  /** Every dataset with its source and validity, for `GET /v1/rules` and audits. */
  sources(): readonly DataSourceInfo[] {
    const info = (dataset: string, f: Omit<DataSourceInfo, 'dataset'>): DataSourceInfo => ({
      dataset,
      source: f.source,
      validFrom: f.validFrom,
      validTo: f.validTo,
      unverified: f.unverified,
      notes: f.notes,
    });
    const { files } = this;
    return [
      ...files.salaryThresholds.map((f) => info(`salary-thresholds-${f.year}`, f)),
      ...files.bottleneckLists.map((f) => info(`bottleneck-occupations-${f.year}`, f)),
      ...files.mediumSkilledLists.map((f) => info(`medium-skilled-occupations-${f.year}`, f)),
      info('regulated-professions', files.regulatedProfessions),
      info('health-occupations', files.healthOccupations),
      info('who-safeguards-list', files.whoSafeguards),
      info('partner-agreements', files.partnerAgreements),
      info('temporary-protection', files.temporaryProtection),
    ];
  }

  private listLookup(lists: ValidFiles['bottleneckLists'], isco: string, date: string): ListLookup {
    const found = periodOn(lists, date);
    if (!found) return { listed: false, listYear: null, unverified: true };
    const entry = found.period.occupations.find((o) => o.isco === isco);
    return {
      listed: entry !== undefined,
      listYear: found.period.year,
      unverified: found.carriedForward || found.period.unverified || entry?.unverified === true,
    };
  }
}

/** The bundled reference data, validated once at module load. */
export const defaultReferenceData = new ReferenceData();
