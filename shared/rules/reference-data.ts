import { toAlpha2 } from '../domain/countries.js';
import {
  BUNDLED_REFERENCE_FILES,
  type PartnerAgreement,
  type ReferenceFiles,
  ReferenceFilesSchema,
  type RegulatedProfession,
  type UnvalidatedReferenceFiles,
  type ValidFiles,
} from './reference-files.js';
import {
  type BottleneckList,
  type BottleneckLookup,
  covers,
  type DataSourceInfo,
  type ListLookup,
  periodOn,
  type SalaryThresholds,
} from './reference-lookups.js';

export {
  AGREEMENT_KINDS,
  type AgreementKind,
  BUNDLED_REFERENCE_FILES,
  type PartnerAgreement,
  type ReferenceFiles,
  type RegulatedProfession,
  type UnvalidatedReferenceFiles,
} from './reference-files.js';
export {
  type BottleneckList,
  type BottleneckLookup,
  type DataSourceInfo,
  type ListLookup,
  periodOn,
  type SalaryThresholds,
} from './reference-lookups.js';

/**
 * Reference data the rules rest on (the files: reference-files.ts). The files are validated once
 * when this module loads; every lookup takes the date it is asked about, so nothing here reads
 * the clock.
 */

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
