import { anyOf, type CandidateCondition } from '../search/candidate-condition.js';
import { anyCondition } from './conditions.js';
import { notApplicable, pass, type RuleMeta, type StageRule, text, violation } from './rule.js';
import type { PairReference, PairView } from './views.js';

// CM-02 — The renewed concentric model (VDAB, https://www.vdab.be/trends/knelpuntberoepen;
// Commissie Economische Migratie, advies beleidsprioriteiten 2024–2029): ring 4 is searched in the
// partner countries with which an agreement exists. Whether that agreement covers the vacancy's
// occupation is this rule, not a narrower search pool, so every third-country resident a partner
// employment service uploaded is counted under the reason they are left out (block).
export const CM_02: RuleMeta = {
  id: 'CM-02',
  version: '2026.1',
  severity: 'block',
  stage: 'match',
  title: text(
    'A partner agreement covers the occupation',
    'Een partnerakkoord dekt het beroep',
    'Un accord de partenariat couvre le métier',
  ),
  explanation: text(
    'Candidates living outside the EU/EEA and Switzerland are matched only from a country whose active partner agreement covers the occupation.',
    'Kandidaten die buiten de EU/EER en Zwitserland wonen, worden enkel gekoppeld vanuit een land met een lopend partnerakkoord dat het beroep dekt.',
    'Les candidats résidant hors de l’UE/EEE et de la Suisse ne sont proposés que depuis un pays dont l’accord de partenariat en cours couvre le métier.',
  ),
  source: {
    title: 'Commissie Economische Migratie, advies beleidsprioriteiten 2024–2029 (renewed concentric model)',
    url: 'https://www.commissieeconomischemigratie.be/economischemigratie/publicatie/advies-beleidsprioriteiten-2024-2029',
  },
  reads: ['candidate.ring', 'candidate.country', 'occupation.isco', 'today', 'reference.partnerAgreements'],
};

/** The ring of third-country residents: the only ring a partner agreement is needed for. */
const PARTNER_RING = 4;

const cm02: StageRule<PairView> = {
  meta: CM_02,
  evaluate({ candidate, occupation, reference }) {
    if (candidate.ring !== PARTNER_RING) {
      return notApplicable(
        text(
          'The candidate lives in Belgium or the EU/EEA/Switzerland: no partner agreement is needed.',
          'De kandidaat woont in België of de EU/EER/Zwitserland: er is geen partnerakkoord nodig.',
          'Le candidat réside en Belgique ou dans l’UE/EEE/Suisse : aucun accord de partenariat n’est nécessaire.',
        ),
      );
    }
    const country = candidate.country;
    const ids = reference.partnerAgreements.filter((a) => a.country === country).map((a) => a.id);
    if (ids.length > 0) {
      const list = ids.join(', ');
      return pass(
        text(
          `Partner agreement for ${country} covering ISCO ${occupation.isco}: ${list}.`,
          `Partnerakkoord met ${country} dat ISCO ${occupation.isco} dekt: ${list}.`,
          `Accord de partenariat avec ${country} couvrant la CITP ${occupation.isco} : ${list}.`,
        ),
      );
    }
    return violation(
      text(
        `No active partner agreement with ${country} covers ISCO ${occupation.isco}.`,
        `Geen lopend partnerakkoord met ${country} dekt ISCO ${occupation.isco}.`,
        `Aucun accord de partenariat en cours avec ${country} ne couvre la CITP ${occupation.isco}.`,
      ),
      ['candidate.country', 'occupation.isco'],
    );
  },
};

export const AGREEMENT_PAIR_RULES: readonly StageRule<PairView>[] = [cm02];

/** CM-02 as a filter: not in ring 4, or living in a country whose agreement covers the occupation. */
export function cm02Condition(reference: PairReference): CandidateCondition {
  const covered = [...new Set(reference.partnerAgreements.map((a) => a.country))].sort();
  return anyCondition(
    { kind: 'range', field: 'ring', lte: PARTNER_RING - 1 },
    ...(covered.length > 0 ? [anyOf('country', covered)] : []),
  );
}
