import { hasFreeMovement } from '../domain/countries.js';
import type { CandidateDocument } from '../search/candidate-document.js';
import { addMonths, daysBetween, yearOf } from './dates.js';
import type { DocumentCode } from './documents.js';
import { eur } from './labels.js';
import type { ListLookup, SalaryThresholds } from './reference-data.js';
import { type LocalizedText, text } from './rule.js';
import type { RuleVacancy } from './views.js';

/**
 * Migration routes for a job in Flanders (the routes and sources in shared/rules/data/ and docs/rules.md): which legal route lets a candidate
 * take the job, and why not when none does. Vacancy-side facts are computed once per vacancy and
 * date (`vacancyRouteFacts`); the candidate side is checked per pair. The same facts feed
 * `matchEligibility` (as conditions) and `assessPair` (as decisions); a property test keeps the
 * two in agreement.
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

// ── Candidate side ─────────────────────────────────────────────────────────────────────────────

export type PermitExemption = 'eu-free-movement' | 'temporary-protection';

export const hasFreeMovementNationality = (c: Pick<CandidateDocument, 'nationalities'>): boolean =>
  c.nationalities.some(hasFreeMovement);

export function hasValidTemporaryProtection(
  c: Pick<CandidateDocument, 'nationalities' | 'temporaryProtectionUntil'>,
  today: string,
  protectionEnd: string,
): boolean {
  return (
    c.nationalities.includes('UA') &&
    today <= protectionEnd &&
    c.temporaryProtectionUntil !== undefined &&
    c.temporaryProtectionUntil >= today
  );
}

export function permitExemption(
  c: CandidateDocument,
  today: string,
  protectionEnd: string,
): PermitExemption | undefined {
  if (hasFreeMovementNationality(c)) return 'eu-free-movement';
  if (hasValidTemporaryProtection(c, today, protectionEnd)) return 'temporary-protection';
  return undefined;
}

/**
 * Age from the birth year alone is the age reached this calendar year, so a candidate born in
 * 1996 counts as 30 throughout 2026: the reduced threshold is never granted to someone who may
 * already be 30.
 */
export function underReducedThresholdAge(birthYear: number | undefined, today: string): boolean {
  return birthYear !== undefined && yearOf(today) - birthYear <= REDUCED_THRESHOLD_MAX_AGE;
}

interface Failure {
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

function salaryBelow(
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
export function checkMediumSkilled(facts: VacancyRouteFacts, v: RuleVacancy): RouteCheck {
  const ms = facts.mediumSkilled;
  const failures: Failure[] = [];
  if (!ms.list.listed) {
    failures.push({
      field: 'occupation.isco',
      reason: text(
        `ISCO ${v.occupation.isco} not on the medium-skilled list${ms.list.listYear ? ` (${ms.list.listYear})` : ''}`,
        `ISCO ${v.occupation.isco} staat niet op de lijst middengeschoolde functies${ms.list.listYear ? ` (${ms.list.listYear})` : ''}`,
        `CITP ${v.occupation.isco} absent de la liste des fonctions moyennement qualifiées${ms.list.listYear ? ` (${ms.list.listYear})` : ''}`,
      ),
    });
  }
  if (!ms.levelOk) {
    failures.push({
      field: 'contract.qualificationLevel',
      reason: text(
        `job at VKS ${v.contract.qualificationLevel}, not VKS 3–4`,
        `functie op VKS ${v.contract.qualificationLevel}, niet VKS 3–4`,
        `fonction au niveau VKS ${v.contract.qualificationLevel}, pas VKS 3–4`,
      ),
    });
  }
  if (!ms.payOk) {
    const min = v.contract.skilledCategoryMinimumEur;
    failures.push({
      field: 'contract.skilledCategoryMinimumEur',
      reason:
        min === undefined
          ? text(
              'skilled-category minimum of the joint committee not given',
              'minimum van de geschoolde categorie van het paritair comité niet opgegeven',
              'minimum de la catégorie qualifiée de la commission paritaire non indiqué',
            )
          : salaryBelow(
              facts.salaryEur,
              min,
              text(
                'skilled-category minimum (full-time equivalent)',
                'minimum van de geschoolde categorie (voltijds equivalent)',
                'minimum de la catégorie qualifiée (équivalent temps plein)',
              ),
              text('', '', ''),
            ),
    });
  }
  if (!ms.employmentOk) {
    failures.push({
      field: 'contract.employmentPercent',
      reason: text(
        `employment ${v.contract.employmentPercent}%, below 80%`,
        `tewerkstelling ${v.contract.employmentPercent}%, minder dan 80%`,
        `emploi à ${v.contract.employmentPercent} %, moins de 80 %`,
      ),
    });
  }
  if (!ms.belgianEmployer) {
    failures.push({
      field: 'employer.country',
      reason: text(
        `employer based in ${v.employer.country}, not Belgium`,
        `werkgever gevestigd in ${v.employer.country}, niet in België`,
        `employeur établi en ${v.employer.country}, pas en Belgique`,
      ),
    });
  }
  return { ok: failures.length === 0, failures };
}

/** BE-06: vacancy side only; with `allowPending` the publication period may still be running. */
export function checkOtherBottleneck(
  facts: VacancyRouteFacts,
  v: RuleVacancy,
  allowPending = false,
): RouteCheck {
  const ob = facts.otherBottleneck;
  const failures: Failure[] = [];
  if (!ob.bottleneck) {
    failures.push({
      field: 'occupation.isco',
      reason: text(
        `ISCO ${v.occupation.isco} not on the VDAB bottleneck list`,
        `ISCO ${v.occupation.isco} staat niet op de VDAB-knelpuntberoepenlijst`,
        `CITP ${v.occupation.isco} absent de la liste VDAB des métiers en pénurie`,
      ),
    });
  }
  if (!ob.levelOk) {
    failures.push({
      field: 'contract.qualificationLevel',
      reason: text(
        `job at VKS ${v.contract.qualificationLevel} (not open for VKS 1–2 except seasonal work)`,
        `functie op VKS ${v.contract.qualificationLevel} (niet open voor VKS 1–2 behalve seizoensarbeid)`,
        `fonction au niveau VKS ${v.contract.qualificationLevel} (pas ouvert aux VKS 1–2 sauf travail saisonnier)`,
      ),
    });
  }
  if (!allowPending) {
    for (const [field, check, name] of [
      ['publication.vdabPublishedOn', ob.vdab, 'VDAB'],
      ['publication.euresPublishedOn', ob.eures, 'EURES'],
    ] as const) {
      if (check.ok) continue;
      failures.push({
        field,
        reason: text(
          `published ${check.daysInWindow} of the 63 days needed on ${name} in the last 4 months`,
          `${check.daysInWindow} van de vereiste 63 dagen gepubliceerd op ${name} in de laatste 4 maanden`,
          `publiée ${check.daysInWindow} des 63 jours requis sur ${name} au cours des 4 derniers mois`,
        ),
      });
    }
  }
  return { ok: failures.length === 0, failures };
}

export interface RouteChoice {
  readonly route: MigrationRoute;
  readonly reducedThreshold: boolean;
}

/** The first route the pair qualifies for, in the order of MIGRATION_ROUTES. */
export function chooseRoute(
  facts: VacancyRouteFacts,
  v: RuleVacancy,
  candidate: CandidateDocument,
  today: string,
  protectionEnd: string,
): RouteChoice {
  const exemption = permitExemption(candidate, today, protectionEnd);
  if (exemption) return { route: exemption, reducedThreshold: false };
  if (checkBlueCard(facts, v, today, candidate).ok) return { route: 'eu-blue-card', reducedThreshold: false };
  const hs = checkHighlySkilled(facts, v, today, candidate);
  if (hs.ok) return { route: 'highly-skilled', reducedThreshold: hs.reduced };
  if (facts.mediumSkilled.available) return { route: 'medium-skilled-bottleneck', reducedThreshold: false };
  if (facts.otherBottleneck.available) return { route: 'other-bottleneck', reducedThreshold: false };
  return { route: 'none', reducedThreshold: false };
}

const BASE_DOCUMENTS: Record<MigrationRoute, readonly DocumentCode[]> = {
  'eu-free-movement': ['identity-document', 'employment-contract'],
  'temporary-protection': ['temporary-protection-certificate', 'employment-contract'],
  'eu-blue-card': [
    'passport',
    'blue-card-application',
    'employment-contract',
    'diploma-copy',
    'salary-proof',
    'medical-certificate',
    'criminal-record-extract',
  ],
  'highly-skilled': [
    'passport',
    'single-permit-application',
    'employment-contract',
    'diploma-copy',
    'salary-proof',
    'medical-certificate',
    'criminal-record-extract',
  ],
  'medium-skilled-bottleneck': [
    'passport',
    'single-permit-application',
    'employment-contract',
    'joint-committee-pay-proof',
    'medical-certificate',
    'criminal-record-extract',
  ],
  'other-bottleneck': [
    'passport',
    'single-permit-application',
    'employment-contract',
    'vacancy-publication-proof',
    'medical-certificate',
    'criminal-record-extract',
  ],
  none: [],
};

/** Documents for the route, plus diploma recognition and the professional visa where BE-07 asks. */
export function documentsFor(
  route: MigrationRoute,
  extra: { readonly recognitionRequired: boolean; readonly healthProfession: boolean },
): DocumentCode[] {
  if (route === 'none') return [];
  const codes = new Set<DocumentCode>(BASE_DOCUMENTS[route]);
  if (extra.recognitionRequired) {
    codes.add('diploma-copy');
    codes.add('naric-recognition');
  }
  if (extra.healthProfession) codes.add('professional-visa');
  return [...codes];
}
