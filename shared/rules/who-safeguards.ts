import { toAlpha2, toAlpha3 } from '../domain/countries.js';
import { always, anyOf, type CandidateCondition } from '../search/candidate-condition.js';
import { negate } from './conditions.js';
import { notApplicable, pass, type RuleMeta, type StageRule, text, violation } from './rule.js';
import type { PairReference, PairView } from './views.js';

// WHO-01 — WHO Global Code of Practice on the International Recruitment of Health Personnel
// (2010), art. 5.1, and the WHO Health Workforce Support and Safeguards List 2023: no active
// recruitment of health personnel from the 55 listed countries unless a government-to-government
// agreement covers it (block). The Code restricts recruiting *from* a country, so the rule reads
// where the candidate lives, never their nationality: a listed-country national living in Flanders
// or in a country not on the list is not recruited from a listed country, and excluding them
// would be discrimination on nationality (law of 30 July 1981 against racism and xenophobia, as
// amended on 10 May 2007: nationality is a protected criterion, art. 4). Every match proposes the candidate to an employer unasked, so
// every match is active recruitment; nationality stays for the permit routes only.
export const WHO_01: RuleMeta = {
  id: 'WHO-01',
  version: '2026.2',
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
    const residence = candidate.country;
    if (!listed.has(toAlpha3(residence) ?? '')) {
      return pass(
        text(
          `The candidate lives in ${residence}, which is not on the WHO safeguards list.`,
          `De kandidaat woont in ${residence}, dat niet op de WHO-beschermingslijst staat.`,
          `Le candidat réside en ${residence}, qui ne figure pas sur la liste de l’OMS.`,
        ),
      );
    }
    const agreement = reference.whoLiftingAgreements.find((a) => a.country === residence);
    if (agreement) {
      return pass(
        text(
          `Recruitment from ${residence} is covered by a government-to-government agreement (${agreement.id}).`,
          `Rekrutering uit ${residence} is gedekt door een akkoord tussen regeringen (${agreement.id}).`,
          `Le recrutement depuis ${residence} est couvert par un accord entre gouvernements (${agreement.id}).`,
        ),
      );
    }
    return violation(
      text(
        `Health vacancy and the candidate lives in ${residence}, on the WHO safeguards list, with no government-to-government agreement covering recruitment from there.`,
        `Vacature in de zorg en de kandidaat woont in ${residence}, op de WHO-beschermingslijst, zonder akkoord tussen regeringen dat rekrutering van daar dekt.`,
        `Offre dans la santé et le candidat réside en ${residence}, pays de la liste de l’OMS, sans accord entre gouvernements couvrant le recrutement depuis ce pays.`,
      ),
      ['candidate.country'],
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

/** WHO-01 as a filter: residence not among the blocked countries (nationality is not read). */
export function who01Condition(reference: PairReference): CandidateCondition {
  const blocked = whoBlockedCountries(reference);
  if (blocked.length === 0) return always;
  return negate(anyOf('country', blocked));
}
