import { ILO, principle } from './ilo-principles.js';
import { pass, type RuleMeta, type StageRule, text, violation } from './rule.js';
import type { IntakeView, PairView } from './views.js';

/** The contract's terms (ILO General Principles, 2019): its language (FR-05), full terms (FR-06), no substitution (FR-07). */

/** CEFR B1 as an ordinal (A1 = 1 … C2 = 6): the level at which a contract can be understood. */
export const CONTRACT_LANGUAGE_MIN_LEVEL = 3;

// FR-05 — ILO general principle 8: terms and conditions specified in an appropriate, verifiable
// and easily understood manner, preferably a written contract in a language the worker
// understands. Block at offer, warn at match. At intake a vacancy is not yet an offer to anyone,
// so an empty contract-language list warns; the offer step (outside this module) blocks, hence
// the default severity `block`.
export const FR_05: RuleMeta = {
  id: 'FR-05',
  version: '2026.1',
  severity: 'block',
  stage: 'both',
  title: text(
    'Contract in a language the worker understands',
    'Contract in een taal die de werknemer begrijpt',
    'Contrat dans une langue que le travailleur comprend',
  ),
  explanation: text(
    'The written contract must be available in a language the worker understands (CEFR B1 or higher).',
    'Het schriftelijke contract moet beschikbaar zijn in een taal die de werknemer begrijpt (ERK B1 of hoger).',
    'Le contrat écrit doit être disponible dans une langue que le travailleur comprend (CECR B1 ou plus).',
  ),
  source: principle(8),
  reads: ['contract.contractLanguages', 'candidate.languages'],
};

const fr05Intake: StageRule<IntakeView> = {
  meta: FR_05,
  reads: ['contract.contractLanguages'],
  evaluate({ contract }) {
    if (contract.contractLanguages.length === 0) {
      return violation(
        text(
          'No contract language given: name the languages the written contract is available in before making an offer.',
          'Geen contracttaal opgegeven: vermeld in welke talen het schriftelijke contract beschikbaar is vóór een aanbod.',
          'Aucune langue de contrat indiquée : précisez les langues du contrat écrit avant toute offre.',
        ),
        ['contract.contractLanguages'],
        'warn',
      );
    }
    const list = contract.contractLanguages.join(', ');
    return pass(
      text(
        `Contract available in: ${list}.`,
        `Contract beschikbaar in: ${list}.`,
        `Contrat disponible en : ${list}.`,
      ),
    );
  },
};

const fr05Pair: StageRule<PairView> = {
  meta: FR_05,
  evaluate({ contract, candidate }) {
    const understood = contract.contractLanguages.filter(
      (lang) => (candidate.languages[lang] ?? 0) >= CONTRACT_LANGUAGE_MIN_LEVEL,
    );
    if (understood.length > 0) {
      const list = understood.join(', ');
      return pass(
        text(
          `The candidate reads the contract language (${list}) at B1 or higher.`,
          `De kandidaat beheerst de contracttaal (${list}) op B1 of hoger.`,
          `Le candidat maîtrise la langue du contrat (${list}) au niveau B1 ou plus.`,
        ),
      );
    }
    const list = contract.contractLanguages.join(', ') || '—';
    return violation(
      text(
        `No contract language (${list}) that the candidate speaks at B1 or higher: provide the contract in a language the worker understands before the offer.`,
        `Geen contracttaal (${list}) die de kandidaat op B1 of hoger beheerst: bezorg het contract vóór het aanbod in een taal die de werknemer begrijpt.`,
        `Aucune langue de contrat (${list}) maîtrisée par le candidat au niveau B1 ou plus : fournissez le contrat dans une langue comprise avant l’offre.`,
      ),
      ['contract.contractLanguages', 'candidate.languages'],
      'warn',
    );
  },
};

// FR-06 — ILO general principles 8 and 10: full terms (wage, hours, place, tasks, duration,
// housing) given to the worker before departure (block if missing).
export const FR_06: RuleMeta = {
  id: 'FR-06',
  version: '2026.1',
  severity: 'block',
  stage: 'intake',
  title: text(
    'Full terms disclosed before departure',
    'Volledige voorwaarden vóór vertrek meegedeeld',
    'Conditions complètes communiquées avant le départ',
  ),
  explanation: text(
    'Wage, hours, place, tasks, duration and housing are stated and disclosed to the worker before departure.',
    'Loon, uren, plaats, taken, duur en huisvesting zijn vermeld en worden vóór vertrek aan de werknemer meegedeeld.',
    'Salaire, horaires, lieu, tâches, durée et logement sont indiqués et communiqués au travailleur avant le départ.',
  ),
  source: { ...ILO, title: `${ILO.title}, general principles 8 and 10` },
  reads: [
    'contract.annualGrossSalaryEur',
    'contract.hoursPerWeek',
    'workplace.municipality',
    'contract.tasks',
    'contract.type',
    'contract.durationMonths',
    'contract.housing',
    'fairRecruitment.termsDisclosedBeforeDeparture',
  ],
};

const fr06: StageRule<IntakeView> = {
  meta: FR_06,
  evaluate({ contract, workplace, fairRecruitment }) {
    const missing: [field: string, en: string, nl: string, fr: string][] = [];
    if (!(contract.annualGrossSalaryEur > 0))
      missing.push(['contract.annualGrossSalaryEur', 'wage', 'loon', 'salaire']);
    if (!(contract.hoursPerWeek > 0)) missing.push(['contract.hoursPerWeek', 'hours', 'uren', 'horaires']);
    if (!workplace.municipality.trim()) missing.push(['workplace.municipality', 'place', 'plaats', 'lieu']);
    if (!contract.tasks?.trim()) missing.push(['contract.tasks', 'tasks', 'taken', 'tâches']);
    if (contract.type !== 'permanent' && contract.durationMonths === undefined)
      missing.push(['contract.durationMonths', 'duration', 'duur', 'durée']);
    if (!contract.housing)
      missing.push([
        'contract.housing',
        'housing (provided or not)',
        'huisvesting (voorzien of niet)',
        'logement (fourni ou non)',
      ]);
    if (!fairRecruitment.termsDisclosedBeforeDeparture) {
      missing.push([
        'fairRecruitment.termsDisclosedBeforeDeparture',
        'disclosure before departure',
        'mededeling vóór vertrek',
        'communication avant le départ',
      ]);
    }
    if (missing.length === 0) {
      return pass(
        text(
          'All terms are stated and disclosed before departure.',
          'Alle voorwaarden zijn vermeld en worden vóór vertrek meegedeeld.',
          'Toutes les conditions sont indiquées et communiquées avant le départ.',
        ),
      );
    }
    const list = (i: 1 | 2 | 3) => missing.map((m) => m[i]).join(', ');
    return violation(
      text(
        `Terms missing: ${list(1)}.`,
        `Ontbrekende voorwaarden: ${list(2)}.`,
        `Conditions manquantes : ${list(3)}.`,
      ),
      missing.map((m) => m[0]),
    );
  },
};

// FR-07 — ILO general principle 9: agreement to the terms is voluntary and free from deception;
// no contract substitution: the terms signed are the terms on arrival (block, and alert).
export const FR_07: RuleMeta = {
  id: 'FR-07',
  version: '2026.1',
  severity: 'block',
  stage: 'intake',
  title: text('No contract substitution', 'Geen contractvervanging', 'Pas de substitution de contrat'),
  explanation: text(
    'The terms the worker signs before departure are the terms that apply on arrival.',
    'De voorwaarden die de werknemer vóór vertrek ondertekent, gelden ook bij aankomst.',
    'Les conditions signées avant le départ sont celles qui s’appliquent à l’arrivée.',
  ),
  source: principle(9),
  reads: ['fairRecruitment.signedTermsApplyOnArrival'],
};

const fr07: StageRule<IntakeView> = {
  meta: FR_07,
  evaluate: ({ fairRecruitment }) =>
    fairRecruitment.signedTermsApplyOnArrival
      ? pass(
          text(
            'The employer confirms the signed terms apply on arrival.',
            'De werkgever bevestigt dat de ondertekende voorwaarden bij aankomst gelden.',
            'L’employeur confirme que les conditions signées s’appliquent à l’arrivée.',
          ),
        )
      : violation(
          text(
            'The employer has not confirmed that the signed terms apply on arrival (contract substitution risk).',
            'De werkgever bevestigde niet dat de ondertekende voorwaarden bij aankomst gelden (risico op contractvervanging).',
            'L’employeur n’a pas confirmé que les conditions signées s’appliquent à l’arrivée (risque de substitution de contrat).',
          ),
          ['fairRecruitment.signedTermsApplyOnArrival'],
        ),
};

export const CONTRACT_TERMS_INTAKE_RULES: readonly StageRule<IntakeView>[] = [fr05Intake, fr06, fr07];
export const CONTRACT_TERMS_PAIR_RULES: readonly StageRule<PairView>[] = [fr05Pair];
