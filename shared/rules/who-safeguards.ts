import { toAlpha2, toAlpha3 } from '../domain/countries.js';
import { always, anyOf, type CandidateCondition } from '../search/candidate-condition.js';
import { anyCondition, negate } from './conditions.js';
import { notApplicable, pass, type RuleMeta, type StageRule, text, violation } from './rule.js';
import type { PairReference, PairView } from './views.js';

// WHO-01 — WHO Global Code of Practice on the International Recruitment of Health Personnel
// (2010), art. 5.1, and the WHO Health Workforce Support and Safeguards List 2023: no active
// recruitment of health personnel from the 55 listed countries unless a government-to-government
// agreement covers it (block). Both the candidate's residence and each nationality are checked;
// every listed country among them must be covered by an active agreement that lifts WHO-01.
export const WHO_01: RuleMeta = {
  id: 'WHO-01',
  version: '2026.1',
  severity: 'block',
  stage: 'match',
  title: text(
    'WHO health workforce safeguards',
    'WHO-bescherming van gezondheidspersoneel',
    'Protection OMS des personnels de santé',
  ),
  explanation: text(
    'Health personnel are not actively recruited from countries on the WHO safeguards list unless a government-to-government agreement covers it.',
    'Gezondheidspersoneel wordt niet actief gerekruteerd uit landen op de WHO-beschermingslijst, tenzij een akkoord tussen regeringen dat dekt.',
    'Les personnels de santé ne sont pas recrutés activement dans les pays de la liste de sauvegarde de l’OMS, sauf accord entre gouvernements.',
  ),
  source: {
    title:
      'WHO Global Code of Practice on the International Recruitment of Health Personnel; WHO Health Workforce Support and Safeguards List 2023',
    url: 'https://www.who.int/news-room/questions-and-answers/item/who-health-workforce-support-and-safeguards-list',
  },
  reads: [
    'occupation.isco',
    'candidate.country',
    'candidate.nationalities',
    'today',
    'reference.healthOccupation',
    'reference.whoSafeguardCountries',
    'reference.whoLiftingAgreements',
  ],
};

const who01: StageRule<PairView> = {
  meta: WHO_01,
  evaluate({ candidate, reference, occupation }) {
    if (!reference.healthOccupation) {
      return notApplicable(
        text(
          `ISCO ${occupation.isco} is not a health occupation.`,
          `ISCO ${occupation.isco} is geen gezondheidsberoep.`,
          `CITP ${occupation.isco} n’est pas une profession de santé.`,
        ),
      );
    }
    const listed = new Set(reference.whoSafeguardCountries);
    const onList = (alpha2: string) => listed.has(toAlpha3(alpha2) ?? '');
    const lifted = new Map(reference.whoLiftingAgreements.map((a) => [a.country, a.id]));
    const concerned = [...new Set([candidate.country, ...candidate.nationalities])].filter(onList);
    if (concerned.length === 0) {
      return pass(
        text(
          'Neither residence nor nationality is on the WHO safeguards list.',
          'Noch verblijfsland noch nationaliteit staat op de WHO-beschermingslijst.',
          'Ni le pays de résidence ni la nationalité ne figurent sur la liste de l’OMS.',
        ),
      );
    }
    const uncovered = concerned.filter((c) => !lifted.has(c));
    if (uncovered.length === 0) {
      const ids = concerned.map((c) => lifted.get(c)).join(', ');
      return pass(
        text(
          `Covered by a government-to-government agreement (${ids}).`,
          `Gedekt door een akkoord tussen regeringen (${ids}).`,
          `Couvert par un accord entre gouvernements (${ids}).`,
        ),
      );
    }
    const list = uncovered.join(', ');
    return violation(
      text(
        `Health vacancy and the candidate’s residence or nationality (${list}) is on the WHO safeguards list, with no government-to-government agreement covering it.`,
        `Vacature in de zorg en het verblijfsland of de nationaliteit van de kandidaat (${list}) staat op de WHO-beschermingslijst, zonder akkoord tussen regeringen.`,
        `Offre dans la santé et le pays de résidence ou la nationalité du candidat (${list}) figure sur la liste de l’OMS, sans accord entre gouvernements.`,
      ),
      [
        ...(uncovered.includes(candidate.country) ? ['candidate.country'] : []),
        ...(candidate.nationalities.some((n) => uncovered.includes(n)) ? ['candidate.nationalities'] : []),
      ],
    );
  },
};

export const WHO_PAIR_RULES: readonly StageRule<PairView>[] = [who01];

/** Listed countries (alpha-2) not lifted by an agreement for this vacancy; empty for non-health jobs. */
export function whoBlockedCountries(reference: PairReference): string[] {
  if (!reference.healthOccupation) return [];
  const lifted = new Set(reference.whoLiftingAgreements.map((a) => a.country));
  return reference.whoSafeguardCountries
    .map((alpha3) => toAlpha2(alpha3))
    .filter((alpha2): alpha2 is string => alpha2 !== undefined && !lifted.has(alpha2))
    .sort();
}

/** WHO-01 as a filter: neither residence nor any nationality among the blocked countries. */
export function who01Condition(reference: PairReference): CandidateCondition {
  const blocked = whoBlockedCountries(reference);
  if (blocked.length === 0) return always;
  return negate(anyCondition(anyOf('country', blocked), anyOf('nationalities', blocked)));
}
