import type { VacancyInput } from '../../../shared/domain/vacancy.js';
import { assessPair } from '../../../shared/rules/match.js';
import {
  BUNDLED_REFERENCE_FILES,
  type ReferenceData,
  ReferenceData as ReferenceDataClass,
} from '../../../shared/rules/reference-data.js';
import type { CandidateDocument } from '../../../shared/search/candidate-document.js';
import { candidate, ctx, stored, vacancy, vacancyRaw } from './fixtures.js';

/** Shared by the match-time rule tests: assess one pair built from patches of the fixtures. */

export const contract = vacancyRaw().contract;
export type Patch = Parameters<typeof vacancy>[0];

export function assess(
  patch: Patch,
  c: Partial<CandidateDocument>,
  today: string,
  options: { bottleneck?: boolean; data?: ReferenceData } = {},
) {
  return assessPair(
    stored(vacancy(patch), options.bottleneck ?? false),
    candidate(c),
    ctx(today, options.data),
  );
}

export const decision = (a: ReturnType<typeof assess>, ruleId: string) => {
  const found = a.decisions.find((d) => d.ruleId === ruleId);
  if (!found) throw new Error(`no ${ruleId} decision`);
  return found;
};

/** A software developer job at VKS 6: not on the medium-skilled list; no bottleneck flag. */
export const developer = (salary: number, extra: Partial<VacancyInput['contract']> = {}): Patch => ({
  occupation: { isco: '2512' },
  contract: { ...contract, qualificationLevel: 6, annualGrossSalaryEur: salary, ...extra },
});

/** A nurse job at VKS 6 paying EUR 45,000 (health occupation, regulated profession). */
export const nurse: Patch = {
  occupation: { isco: '2221' },
  contract: { ...contract, qualificationLevel: 6, annualGrossSalaryEur: 45_000 },
};

/** The bundled data with one agreement instead of the bundled ones. */
export function withAgreement(agreement: {
  country: string;
  occupations: string[];
  kind?: 'government-to-government' | 'project';
  validFrom?: string;
  validTo?: string;
}): ReferenceData {
  const kind = agreement.kind ?? 'government-to-government';
  return ReferenceDataClass.with({
    partnerAgreements: {
      ...(BUNDLED_REFERENCE_FILES.partnerAgreements as object),
      agreements: [
        {
          id: `${agreement.country}-${kind === 'project' ? 'PROJECT' : 'G2G'}`,
          name: `Agreement with ${agreement.country}`,
          country: agreement.country,
          pes: 'Ministry of Labour',
          kind,
          occupations: agreement.occupations,
          validFrom: agreement.validFrom ?? '2025-01-01',
          ...(agreement.validTo ? { validTo: agreement.validTo } : {}),
          liftsWho01: kind === 'government-to-government',
          unverified: false,
        },
      ],
    } as never,
  });
}
