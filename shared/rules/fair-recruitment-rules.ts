import { CONTRACT_TERMS_INTAKE_RULES, CONTRACT_TERMS_PAIR_RULES } from './contract-terms-rules.js';
import { principle } from './ilo-principles.js';
import { pass, type RuleMeta, type StageRule, text, violation } from './rule.js';
import type { IntakeView, PairView } from './views.js';
import { WORKER_FREEDOM_INTAKE_RULES, WORKER_FREEDOM_PAIR_RULES } from './worker-freedom-rules.js';

/**
 * Fair-recruitment rules on the contract (contract-terms-rules.ts), the worker's freedoms
 * (worker-freedom-rules.ts), grievances and the licensing of intermediaries (ILO General
 * Principles and Operational Guidelines for Fair Recruitment, 2019).
 */

// FR-10 — ILO general principle 13: access to free or affordable grievance mechanisms (warn if no
// contact is given).
export const FR_10: RuleMeta = {
  id: 'FR-10',
  version: '2026.1',
  severity: 'warn',
  stage: 'intake',
  title: text(
    'A grievance contact is given',
    'Er is een klachtencontact',
    'Un contact pour les plaintes est indiqué',
  ),
  explanation: text(
    'Workers know whom to contact with a complaint, free of charge.',
    'Werknemers weten bij wie ze kosteloos terechtkunnen met een klacht.',
    'Les travailleurs savent à qui s’adresser gratuitement en cas de plainte.',
  ),
  source: principle(13),
  reads: ['fairRecruitment.grievanceContact'],
};

const fr10: StageRule<IntakeView> = {
  meta: FR_10,
  evaluate: ({ fairRecruitment }) =>
    fairRecruitment.grievanceContact
      ? pass(
          text(
            'A grievance contact is given.',
            'Er is een klachtencontact opgegeven.',
            'Un contact pour les plaintes est indiqué.',
          ),
        )
      : violation(
          text(
            'No grievance contact is given.',
            'Er is geen klachtencontact opgegeven.',
            'Aucun contact pour les plaintes n’est indiqué.',
          ),
          ['fairRecruitment.grievanceContact'],
        ),
};

// FR-12 — Flemish Decree of 10 December 2010 on private employment agencies (recognition for
// private placement in Flanders), ILO Convention C181 art. 7 and general principle 5:
// intermediaries are licensed and never charge the jobseeker (block).
export const FR_12: RuleMeta = {
  id: 'FR-12',
  version: '2026.1',
  severity: 'block',
  stage: 'intake',
  title: text(
    'Licensed intermediaries that never charge jobseekers',
    'Erkende bemiddelaars die werkzoekenden nooit laten betalen',
    'Intermédiaires agréés qui ne facturent jamais les demandeurs d’emploi',
  ),
  explanation: text(
    'An intermediary needs a Flemish recognition number and may never charge the jobseeker.',
    'Een bemiddelaar heeft een Vlaams erkenningsnummer nodig en mag de werkzoekende nooit laten betalen.',
    'Un intermédiaire doit avoir un numéro d’agrément flamand et ne peut jamais facturer le demandeur d’emploi.',
  ),
  source: {
    title: 'Flemish Decree of 10 December 2010 on private employment agencies; ILO Convention C181, art. 7',
    url: 'https://www.werk.be/online-diensten/bureaus-private-arbeidsbemiddeling/toepassingsgebied',
  },
  reads: ['intermediary.name', 'intermediary.recognitionNumber', 'intermediary.chargesJobseeker'],
};

const fr12: StageRule<IntakeView> = {
  meta: FR_12,
  evaluate({ intermediary }) {
    if (!intermediary) {
      return pass(
        text(
          'No intermediary is involved.',
          'Er is geen bemiddelaar betrokken.',
          'Aucun intermédiaire n’intervient.',
        ),
      );
    }
    const name = intermediary.name;
    const problems = [
      ...(intermediary.recognitionNumber
        ? []
        : [
            {
              field: 'intermediary.recognitionNumber',
              en: 'has no Flemish recognition number',
              nl: 'heeft geen Vlaams erkenningsnummer',
              fr: 'n’a pas de numéro d’agrément flamand',
            },
          ]),
      ...(intermediary.chargesJobseeker
        ? [
            {
              field: 'intermediary.chargesJobseeker',
              en: 'charges the jobseeker',
              nl: 'laat de werkzoekende betalen',
              fr: 'facture le demandeur d’emploi',
            },
          ]
        : []),
    ];
    if (problems.length === 0) {
      return pass(
        text(
          `Intermediary ${name} is recognised and does not charge jobseekers.`,
          `Bemiddelaar ${name} is erkend en laat werkzoekenden niet betalen.`,
          `L’intermédiaire ${name} est agréé et ne facture pas les demandeurs d’emploi.`,
        ),
      );
    }
    const join = (l: 'en' | 'nl' | 'fr', and: string) => problems.map((p) => p[l]).join(and);
    return violation(
      text(
        `Intermediary ${name} ${join('en', ' and ')}.`,
        `Bemiddelaar ${name} ${join('nl', ' en ')}.`,
        `L’intermédiaire ${name} ${join('fr', ' et ')}.`,
      ),
      problems.map((p) => p.field),
    );
  },
};

export const FAIR_RECRUITMENT_INTAKE_RULES: readonly StageRule<IntakeView>[] = [
  ...CONTRACT_TERMS_INTAKE_RULES,
  ...WORKER_FREEDOM_INTAKE_RULES,
  fr10,
  fr12,
];
export const FAIR_RECRUITMENT_PAIR_RULES: readonly StageRule<PairView>[] = [
  ...CONTRACT_TERMS_PAIR_RULES,
  ...WORKER_FREEDOM_PAIR_RULES,
];
