import { addMonths, daysBetween } from './dates.js';
import type { ListLookup, SalaryThresholds } from './reference-data.js';
import { type LocalizedText, text } from './rule.js';
import type { RuleVacancy } from './rule-vacancy.js';

/**
 * Migration routes for a job in Flanders (the routes and sources in shared/rules/data/ and
 * docs/rules.md): the routes, their thresholds, and the vacancy-side facts computed once per
 * vacancy and date (`vacancyRouteFacts`). The checks are in skilled-route-checks.ts and
 * bottleneck-route-checks.ts, the choice of a pair's route in route-choice.ts. The same facts
 * feed `matchEligibility` (as conditions, route-conditions.ts) and `assessPair` (as decisions);
 * a property test keeps the two in agreement.
 */

export const MIGRATION_ROUTES = [
  'eu-free-movement',
  'temporary-protection',
  'eu-blue-card',
  'highly-skilled',
  'medium-skilled-bottleneck',
  'other-bottleneck',
  'none',
] as const;
/** In order of preference: the first route a pair qualifies for is the one it uses. */
export type MigrationRoute = (typeof MIGRATION_ROUTES)[number];

export const ROUTE_LABELS: Record<MigrationRoute, LocalizedText> = {
  'eu-free-movement': text(
    'EU/EEA/Swiss free movement',
    'Vrij verkeer EU/EER/Zwitserland',
    'Libre circulation UE/EEE/Suisse',
  ),
  'temporary-protection': text(
    'Ukrainian temporary protection',
    'Oekraïense tijdelijke bescherming',
    'Protection temporaire ukrainienne',
  ),
  'eu-blue-card': text('EU Blue Card', 'Europese blauwe kaart', 'Carte bleue européenne'),
  'highly-skilled': text(
    'Highly skilled worker (single permit)',
    'Hooggeschoolde werknemer (gecombineerde vergunning)',
    'Travailleur hautement qualifié (permis unique)',
  ),
  'medium-skilled-bottleneck': text(
    'Medium-skilled bottleneck occupation (single permit)',
    'Middengeschoold knelpuntberoep (gecombineerde vergunning)',
    'Métier en pénurie moyennement qualifié (permis unique)',
  ),
  'other-bottleneck': text(
    'Other route: VDAB bottleneck occupation (single permit)',
    'Categorie overige: VDAB-knelpuntberoep (gecombineerde vergunning)',
    'Catégorie autres : métier en pénurie VDAB (permis unique)',
  ),
  none: text('No permit route', 'Geen toelatingsroute', 'Aucune voie d’autorisation'),
};

/** BE-06: published at least 9 weeks within the 4 months before the application. */
export const PUBLICATION_DAYS = 9 * 7;
export const PUBLICATION_WINDOW_MONTHS = 4;
/** BE-05: the job is at VKS 3–4 and at least 80% of full time. */
export const MEDIUM_SKILLED_LEVELS = { min: 3, max: 4 } as const;
export const MEDIUM_SKILLED_MIN_EMPLOYMENT_PERCENT = 80;
/** BE-03: a higher-education diploma (ISCED 5+ as the proxy for ≥ 3 years or level 5); BE-04: a bachelor (ISCED 6+). */
export const HIGHLY_SKILLED_MIN_ISCED = 5;
export const BLUE_CARD_MIN_ISCED = 6;
export const BLUE_CARD_MIN_CONTRACT_MONTHS = 6;
/** BE-03 reduced (80%) threshold: under 30, nurses (ISCO 2221, 3221) and teachers (ISCO 23xx). */
export const REDUCED_THRESHOLD_MAX_AGE = 29;
const isNurseOrTeacher = (isco: string): boolean =>
  isco === '2221' || isco === '3221' || isco.startsWith('23');

export interface PublicationCheck {
  readonly publishedOn: string | null;
  readonly daysInWindow: number;
  readonly ok: boolean;
}

/**
 * A vacancy stays published from its publication date (only the start is recorded), so its days
 * of exposure within the window are today − max(published, today − 4 months).
 */
export function publicationCheck(publishedOn: string | undefined, today: string): PublicationCheck {
  if (publishedOn === undefined || publishedOn > today)
    return { publishedOn: publishedOn ?? null, daysInWindow: 0, ok: false };
  const windowStart = addMonths(today, -PUBLICATION_WINDOW_MONTHS);
  const daysInWindow = daysBetween(publishedOn > windowStart ? publishedOn : windowStart, today);
  return { publishedOn, daysInWindow, ok: daysInWindow >= PUBLICATION_DAYS };
}

/** Everything about the routes that depends on the vacancy and the date only. */
export interface VacancyRouteFacts {
  readonly salaryEur: number;
  readonly thresholds: SalaryThresholds | null;
  readonly highlySkilled: {
    readonly jobLevelOk: boolean;
    readonly meetsNormal: boolean;
    readonly meetsReduced: boolean;
    readonly reducedByOccupation: boolean;
    /** Some candidate could qualify (salary at least the reduced threshold, job level met). */
    readonly possible: boolean;
  };
  readonly blueCard: {
    readonly thresholdEur: number | null;
    readonly contractOk: boolean;
    readonly salaryOk: boolean;
    readonly possible: boolean;
  };
  readonly mediumSkilled: {
    readonly list: ListLookup;
    readonly levelOk: boolean;
    readonly payOk: boolean;
    readonly employmentOk: boolean;
    readonly belgianEmployer: boolean;
    readonly available: boolean;
  };
  readonly otherBottleneck: {
    readonly bottleneck: boolean;
    readonly vdab: PublicationCheck;
    readonly eures: PublicationCheck;
    readonly levelOk: boolean;
    readonly available: boolean;
    /** Available once the publication period has run (for the intake check). */
    readonly possible: boolean;
  };
}

export function vacancyRouteFacts(
  v: RuleVacancy,
  bottleneck: boolean,
  today: string,
  reference: { readonly salaryThresholds: SalaryThresholds | null; readonly mediumSkilled: ListLookup },
): VacancyRouteFacts {
  const { contract } = v;
  const salaryEur = contract.annualGrossSalaryEur;
  const thresholds = reference.salaryThresholds;
  const hs = thresholds?.highlySkilled;
  const jobLevelOk =
    hs !== undefined &&
    (hs.minJobQualificationLevel === null || contract.qualificationLevel >= hs.minJobQualificationLevel);
  const meetsNormal = hs !== undefined && salaryEur >= hs.thresholdEur;
  const meetsReduced = hs !== undefined && salaryEur >= hs.reducedThresholdEur;
  const blueCardEur = thresholds?.blueCard?.thresholdEur ?? null;
  const contractOk =
    contract.type === 'permanent' || (contract.durationMonths ?? 0) >= BLUE_CARD_MIN_CONTRACT_MONTHS;
  const blueSalaryOk = blueCardEur !== null && salaryEur >= blueCardEur;

  const levelOk =
    contract.qualificationLevel >= MEDIUM_SKILLED_LEVELS.min &&
    contract.qualificationLevel <= MEDIUM_SKILLED_LEVELS.max;
  // The skilled-category minimum is a full-time figure: compare the full-time equivalent salary.
  const fullTimeSalary = salaryEur / (contract.employmentPercent / 100);
  const payOk =
    contract.skilledCategoryMinimumEur !== undefined && fullTimeSalary >= contract.skilledCategoryMinimumEur;
  const employmentOk = contract.employmentPercent >= MEDIUM_SKILLED_MIN_EMPLOYMENT_PERCENT;
  const belgianEmployer = v.employer.country === 'BE';

  const vdab = publicationCheck(v.publication.vdabPublishedOn, today);
  const eures = publicationCheck(v.publication.euresPublishedOn, today);
  // "Not for VKS 2 except seasonal work": read as VKS 1–2, since level 1 sits below level 2.
  const otherLevelOk = contract.qualificationLevel > 2 || contract.type === 'seasonal';

  return {
    salaryEur,
    thresholds,
    highlySkilled: {
      jobLevelOk,
      meetsNormal,
      meetsReduced,
      reducedByOccupation: isNurseOrTeacher(v.occupation.isco),
      possible: jobLevelOk && meetsReduced,
    },
    blueCard: {
      thresholdEur: blueCardEur,
      contractOk,
      salaryOk: blueSalaryOk,
      possible: contractOk && blueSalaryOk,
    },
    mediumSkilled: {
      list: reference.mediumSkilled,
      levelOk,
      payOk,
      employmentOk,
      belgianEmployer,
      available: reference.mediumSkilled.listed && levelOk && payOk && employmentOk && belgianEmployer,
    },
    otherBottleneck: {
      bottleneck,
      vdab,
      eures,
      levelOk: otherLevelOk,
      available: bottleneck && otherLevelOk && vdab.ok && eures.ok,
      possible: bottleneck && otherLevelOk,
    },
  };
}
