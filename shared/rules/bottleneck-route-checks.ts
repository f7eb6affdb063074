import type { VacancyRouteFacts } from './migration-routes.js';
import { text } from './rule.js';
import type { RuleVacancy } from './rule-vacancy.js';
import { type Failure, type RouteCheck, salaryBelow } from './skilled-route-checks.js';

/** The checks of the medium-skilled bottleneck route (BE-05) and the "other" route (BE-06): vacancy side only. */

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
