import type { CandidateDocument } from '../search/candidate-document.js';
import { yearOf } from './dates.js';
import { eur } from './labels.js';
import {
  BLUE_CARD_MIN_CONTRACT_MONTHS,
  BLUE_CARD_MIN_ISCED,
  HIGHLY_SKILLED_MIN_ISCED,
  REDUCED_THRESHOLD_MAX_AGE,
  type VacancyRouteFacts,
} from './migration-routes.js';
import type { SalaryThresholds } from './reference-data.js';
import { type LocalizedText, text } from './rule.js';
import type { RuleVacancy } from './rule-vacancy.js';

/**
 * The checks of the highly skilled route (BE-03) and the EU Blue Card (BE-04), vacancy side and,
 * given a candidate, candidate side: each failure names the field and says why in three languages.
 */

/**
 * Age from the birth year alone is the age reached this calendar year, so a candidate born in
 * 1996 counts as 30 throughout 2026: the reduced threshold is never granted to someone who may
 * already be 30.
 */
export function underReducedThresholdAge(birthYear: number | undefined, today: string): boolean {
  return birthYear !== undefined && yearOf(today) - birthYear <= REDUCED_THRESHOLD_MAX_AGE;
}

export interface Failure {
  readonly field: string;
  readonly reason: LocalizedText;
}

export interface RouteCheck {
  readonly ok: boolean;
  readonly failures: readonly Failure[];
}

/** " (2025)" or " (2026 figure, unverified)": which year's threshold a message rests on. */
export function thresholdNote(t: SalaryThresholds, which: 'highlySkilled' | 'blueCard'): LocalizedText {
  const year = t.year;
  return (which === 'highlySkilled' ? t.highlySkilled.unverified : t.blueCard?.unverified)
    ? text(
        ` (${year} figure, unverified)`,
        ` (bedrag ${year}, niet bevestigd)`,
        ` (montant ${year}, non confirmé)`,
      )
    : text(` (${year})`, ` (${year})`, ` (${year})`);
}

export function salaryBelow(
  salaryEur: number,
  thresholdEur: number,
  label: LocalizedText,
  note: LocalizedText,
): LocalizedText {
  const s = eur(salaryEur);
  const t = eur(thresholdEur);
  return text(
    `salary ${s.en} below the ${label.en} ${t.en}${note.en}`,
    `loon ${s.nl} lager dan de ${label.nl} ${t.nl}${note.nl}`,
    `salaire ${s.fr} inférieur au ${label.fr} ${t.fr}${note.fr}`,
  );
}

const NO_THRESHOLD = (today: string): Failure => ({
  field: 'reference.salaryThresholds',
  reason: text(
    `no salary threshold recorded for ${today}`,
    `geen loongrens gekend voor ${today}`,
    `aucun seuil salarial connu pour le ${today}`,
  ),
});

const educationBelow = (level: number, min: number): Failure => ({
  field: 'candidate.educationLevel',
  reason: text(
    `education ISCED ${level} below ISCED ${min}`,
    `opleiding ISCED ${level} lager dan ISCED ${min}`,
    `formation CITE ${level} inférieure à CITE ${min}`,
  ),
});

/** BE-03, both sides. With `candidate` undefined only the vacancy side is checked. */
export function checkHighlySkilled(
  facts: VacancyRouteFacts,
  v: RuleVacancy,
  today: string,
  candidate?: CandidateDocument,
): RouteCheck & { readonly reduced: boolean } {
  const t = facts.thresholds;
  if (!t) return { ok: false, reduced: false, failures: [NO_THRESHOLD(today)] };
  const hs = facts.highlySkilled;
  const failures: Failure[] = [];
  if (!hs.jobLevelOk) {
    const min = t.highlySkilled.minJobQualificationLevel;
    failures.push({
      field: 'contract.qualificationLevel',
      reason: text(
        `job at VKS ${v.contract.qualificationLevel}, below VKS ${min} required since 1 January 2026`,
        `functie op VKS ${v.contract.qualificationLevel}, lager dan VKS ${min} vereist sinds 1 januari 2026`,
        `fonction au niveau VKS ${v.contract.qualificationLevel}, inférieur au VKS ${min} requis depuis le 1er janvier 2026`,
      ),
    });
  }
  if (candidate && candidate.educationLevel < HIGHLY_SKILLED_MIN_ISCED) {
    failures.push(educationBelow(candidate.educationLevel, HIGHLY_SKILLED_MIN_ISCED));
  }
  const note = thresholdNote(t, 'highlySkilled');
  const normalLabel = text(
    'highly skilled threshold',
    'loongrens voor hooggeschoolden',
    'seuil pour hautement qualifiés',
  );
  const reducedLabel = text('reduced threshold', 'verlaagde loongrens', 'seuil réduit');
  let reduced = false;
  if (!hs.meetsNormal) {
    if (!hs.meetsReduced) {
      failures.push({
        field: 'contract.annualGrossSalaryEur',
        reason: salaryBelow(facts.salaryEur, t.highlySkilled.reducedThresholdEur, reducedLabel, note),
      });
    } else if (hs.reducedByOccupation) {
      reduced = true;
    } else if (candidate === undefined) {
      reduced = true; // open to candidates under 30 only; the intake message says so
    } else if (underReducedThresholdAge(candidate.birthYear, today)) {
      reduced = true;
    } else {
      const below = salaryBelow(facts.salaryEur, t.highlySkilled.thresholdEur, normalLabel, note);
      const born = candidate.birthYear;
      failures.push({
        field: 'candidate.birthYear',
        reason: text(
          `${below.en}; the reduced threshold is for candidates under 30 (birth year ${born ?? 'unknown'}), nurses and teachers`,
          `${below.nl}; de verlaagde loongrens geldt voor kandidaten jonger dan 30 (geboortejaar ${born ?? 'onbekend'}), verpleegkundigen en leerkrachten`,
          `${below.fr} ; le seuil réduit vaut pour les moins de 30 ans (année de naissance ${born ?? 'inconnue'}), les infirmiers et les enseignants`,
        ),
      });
    }
  }
  return { ok: failures.length === 0, reduced: failures.length === 0 && reduced, failures };
}

/** BE-04, both sides. */
export function checkBlueCard(
  facts: VacancyRouteFacts,
  v: RuleVacancy,
  today: string,
  candidate?: CandidateDocument,
): RouteCheck {
  const t = facts.thresholds;
  const bc = facts.blueCard;
  const failures: Failure[] = [];
  if (!t || bc.thresholdEur === null) {
    failures.push({
      field: 'reference.salaryThresholds',
      reason: text(
        `no Blue Card threshold recorded for ${today}`,
        `geen loongrens blauwe kaart gekend voor ${today}`,
        `aucun seuil carte bleue connu pour le ${today}`,
      ),
    });
  } else if (!bc.salaryOk) {
    const note = thresholdNote(t, 'blueCard');
    failures.push({
      field: 'contract.annualGrossSalaryEur',
      reason: salaryBelow(
        facts.salaryEur,
        bc.thresholdEur,
        text('Blue Card threshold', 'loongrens blauwe kaart', 'seuil carte bleue'),
        note,
      ),
    });
  }
  if (!bc.contractOk) {
    failures.push({
      field: 'contract.durationMonths',
      reason: text(
        `contract of ${v.contract.durationMonths ?? 0} months, shorter than ${BLUE_CARD_MIN_CONTRACT_MONTHS}`,
        `contract van ${v.contract.durationMonths ?? 0} maanden, korter dan ${BLUE_CARD_MIN_CONTRACT_MONTHS}`,
        `contrat de ${v.contract.durationMonths ?? 0} mois, inférieur à ${BLUE_CARD_MIN_CONTRACT_MONTHS}`,
      ),
    });
  }
  if (candidate && candidate.educationLevel < BLUE_CARD_MIN_ISCED)
    failures.push(educationBelow(candidate.educationLevel, BLUE_CARD_MIN_ISCED));
  return { ok: failures.length === 0, failures };
}

/** BE-05: vacancy side only. */
