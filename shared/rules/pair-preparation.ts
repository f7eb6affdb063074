import { judgementDates } from './judgement-dates.js';
import { type VacancyRouteFacts, vacancyRouteFacts } from './migration-routes.js';
import type { ReferenceData } from './reference-data.js';
import type { MatchVacancy, PairReference, RuleContext } from './views.js';

/** What the match-time rules look up once per vacancy: the reference data of each judgement date. */

export interface JudgementDay {
  /** The date judged on (today, or the vacancy's start date). */
  readonly today: string;
  readonly reference: PairReference;
  readonly routeFacts: VacancyRouteFacts;
}

export interface PreparedVacancy {
  readonly vacancy: MatchVacancy;
  /** Today first, then the start date when it lies ahead. */
  readonly days: readonly [JudgementDay, ...JudgementDay[]];
}

function referenceOn(vacancy: MatchVacancy, date: string, data: ReferenceData): PairReference {
  const isco = vacancy.occupation.isco;
  const profession = data.regulatedProfession(isco);
  const agreements = data.activeAgreements(date, isco);
  return {
    salaryThresholds: data.salaryThresholds(date) ?? null,
    mediumSkilled: data.isMediumSkilledListed(isco, date),
    temporaryProtectionEnd: data.temporaryProtectionEnd(),
    regulatedProfession: profession ? { healthProfession: profession.healthProfession } : null,
    healthOccupation: data.isHealthOccupation(isco),
    whoSafeguardCountries: data.whoSafeguardCountries(),
    whoLiftingAgreements: agreements
      .filter((a) => a.liftsWho01)
      .map((a) => ({ id: a.id, country: a.country })),
    partnerAgreements: agreements.map((a) => ({ id: a.id, country: a.country })),
  };
}

/** Everything that depends on the vacancy and the dates only, looked up once. */
export function prepare(vacancy: MatchVacancy, ctx: RuleContext): PreparedVacancy {
  const [today, ...later] = judgementDates(ctx.today, vacancy.contract.startDate).map((date) => {
    const reference = referenceOn(vacancy, date, ctx.data);
    return {
      today: date,
      reference,
      routeFacts: vacancyRouteFacts(vacancy, vacancy.bottleneck, date, reference),
    };
  });
  return { vacancy, days: [today as JudgementDay, ...later] };
}
