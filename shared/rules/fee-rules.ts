import type { RecruitmentCost } from '../domain/vacancy.js';
import {
  categoryList,
  contradictionFields,
  contradictions,
  contradictionText,
  fieldsOf,
  ILO_SOURCE,
  indexed,
  textSaysWorkerPays,
  workerCharged,
  workerClauses,
} from './fee-evidence.js';
import { describeCost, joinLocalized } from './labels.js';
import { pass, type RuleMeta, type StageRule, text, violation } from './rule.js';
import { type IntakeView, TEXT_FIELD_READS } from './views.js';

/**
 * FR-01 and FR-02 (ILO fair recruitment): the worker pays no cost, and the employer pays each
 * related cost, checked at intake from the recorded cost lines and from every clause of the free
 * text (fee-clauses.ts). A clause saying the worker pays blocks whatever the employer declares;
 * a cost line recorded as employer-paid that the text contradicts blocks, naming both.
 */

// FR-01 — ILO general principle 7: "No recruitment fees or related costs should be charged to,
// or otherwise borne by, workers or jobseekers." Block when a cost is worker-paid or shared;
// warn when a payer is unknown (it never counts as employer-paid) or nothing was declared.
export const FR_01: RuleMeta = {
  id: 'FR-01',
  version: '2026.2',
  severity: 'block',
  stage: 'intake',
  title: text('The worker pays nothing', 'De werknemer betaalt niets', 'Le travailleur ne paie rien'),
  explanation: text(
    'No recruitment fee or related cost may be charged to the worker, directly or indirectly.',
    'Geen rekruteringsvergoeding of bijhorende kost mag rechtstreeks of onrechtstreeks aan de werknemer worden aangerekend.',
    'Aucuns frais de recrutement ni coûts connexes ne peuvent être facturés au travailleur, directement ou indirectement.',
  ),
  source: { ...ILO_SOURCE, title: `${ILO_SOURCE.title}, general principle 7` },
  reads: [
    'recruitmentCosts[].category',
    'recruitmentCosts[].payer',
    'fairRecruitment.workerPaysNothingDeclared',
    ...TEXT_FIELD_READS,
  ],
};

const fr01: StageRule<IntakeView> = {
  meta: FR_01,
  evaluate(v) {
    const charged = indexed(v.recruitmentCosts, workerCharged);
    const clauses = workerClauses(v);
    const contradicted = contradictions(v);
    if (charged.length > 0 || clauses.length > 0) {
      const list = joinLocalized(charged.map(({ cost }) => describeCost(cost)));
      const parts = [
        ...(charged.length > 0
          ? [
              text(
                `Costs charged to the worker: ${list.en}.`,
                `Kosten aangerekend aan de werknemer: ${list.nl}.`,
                `Frais facturés au travailleur : ${list.fr}.`,
              ),
            ]
          : []),
        ...(clauses.length > 0 ? [textSaysWorkerPays(clauses)] : []),
        ...(contradicted.length > 0 ? [contradictionText(contradicted)] : []),
        text(
          'The worker must pay nothing.',
          'De werknemer betaalt niets.',
          'Le travailleur ne doit rien payer.',
        ),
      ];
      return violation(joinLocalized(parts, ' '), [
        ...new Set([
          ...charged.map(({ index }) => `recruitmentCosts.${index}.payer`),
          ...fieldsOf(clauses),
          ...contradictionFields(contradicted),
        ]),
      ]);
    }
    const unknown = indexed(v.recruitmentCosts, (cost) => cost.payer === 'unknown');
    const declared = v.fairRecruitment.workerPaysNothingDeclared;
    if (unknown.length > 0 || !declared) {
      const list = joinLocalized(unknown.map(({ cost }) => describeCost(cost)));
      const parts = [
        ...(unknown.length > 0
          ? [
              text(
                `Payer unknown for: ${list.en} (not counted as employer-paid).`,
                `Betaler onbekend voor: ${list.nl} (telt niet als betaald door de werkgever).`,
                `Payeur inconnu pour : ${list.fr} (non compté comme payé par l’employeur).`,
              ),
            ]
          : []),
        ...(declared
          ? []
          : [
              text(
                'The employer has not declared that the worker pays nothing.',
                'De werkgever verklaarde niet dat de werknemer niets betaalt.',
                'L’employeur n’a pas déclaré que le travailleur ne paie rien.',
              ),
            ]),
      ];
      return violation(
        joinLocalized(parts, ' '),
        [
          ...unknown.map(({ index }) => `recruitmentCosts.${index}.payer`),
          ...(declared ? [] : ['fairRecruitment.workerPaysNothingDeclared']),
        ],
        'warn',
      );
    }
    return pass(
      text(
        'No cost is charged to the worker.',
        'Geen enkele kost wordt aan de werknemer aangerekend.',
        'Aucun frais n’est facturé au travailleur.',
      ),
    );
  },
};

/** The ILO related-cost categories (everything but the recruitment fee itself and "other"). */
const RELATED_COST_CATEGORIES: ReadonlySet<RecruitmentCost['category']> = new Set([
  'medical',
  'insurance',
  'skills-test',
  'training',
  'equipment',
  'travel',
  'lodging',
  'administrative',
]);

// FR-02 — ILO Definition of recruitment fees and related costs (2019): medical, insurance, skills
// tests, training and orientation, equipment, travel and lodging, administrative costs are the
// employer's. Block when any is worker-paid or shared; warn when its payer is unknown.
export const FR_02: RuleMeta = {
  id: 'FR-02',
  version: '2026.2',
  severity: 'block',
  stage: 'intake',
  title: text(
    'The employer pays each related cost',
    'De werkgever betaalt elke bijhorende kost',
    'L’employeur paie chaque coût connexe',
  ),
  explanation: text(
    'Medical exams, insurance, skills tests, training, equipment, travel and lodging, and administrative costs are paid by the employer.',
    'Medische onderzoeken, verzekering, vaardigheidstests, opleiding, uitrusting, reizen en logies en administratieve kosten betaalt de werkgever.',
    'Examens médicaux, assurance, tests de compétences, formation, équipement, voyages et hébergement et frais administratifs sont à la charge de l’employeur.',
  ),
  source: { ...ILO_SOURCE, title: `${ILO_SOURCE.title}, definition of related costs` },
  reads: ['recruitmentCosts[].category', ...TEXT_FIELD_READS],
};

const categoriesOf = (items: readonly { cost: RecruitmentCost }[]) =>
  categoryList(items.map(({ cost }) => cost.category));

const fr02: StageRule<IntakeView> = {
  meta: FR_02,
  evaluate(v) {
    const related = (keep: (cost: RecruitmentCost) => boolean) =>
      indexed(v.recruitmentCosts, (cost) => RELATED_COST_CATEGORIES.has(cost.category) && keep(cost));
    const charged = related(workerCharged);
    const clauses = workerClauses(v, ['related']);
    if (charged.length > 0 || clauses.length > 0) {
      const contradicted = contradictions(v, ['related']);
      const categories = [
        ...charged.map(({ cost }) => cost.category),
        ...clauses.flatMap((c) => c.categories.filter((k) => RELATED_COST_CATEGORIES.has(k))),
      ];
      const list = categoryList(categories);
      const parts = [
        text(
          `Related costs paid (wholly or partly) by the worker: ${list.en}.`,
          `Bijhorende kosten (geheel of gedeeltelijk) betaald door de werknemer: ${list.nl}.`,
          `Coûts connexes payés (en tout ou en partie) par le travailleur : ${list.fr}.`,
        ),
        ...(clauses.length > 0 ? [textSaysWorkerPays(clauses)] : []),
        ...(contradicted.length > 0 ? [contradictionText(contradicted)] : []),
      ];
      return violation(joinLocalized(parts, ' '), [
        ...new Set([
          ...charged.map(({ index }) => `recruitmentCosts.${index}.payer`),
          ...fieldsOf(clauses),
          ...contradictionFields(contradicted),
        ]),
      ]);
    }
    const unknown = related((cost) => cost.payer === 'unknown');
    if (unknown.length > 0) {
      const list = categoriesOf(unknown);
      return violation(
        text(
          `Not recorded as employer-paid (payer unknown): ${list.en}.`,
          `Niet geregistreerd als betaald door de werkgever (betaler onbekend): ${list.nl}.`,
          `Non enregistré comme payé par l’employeur (payeur inconnu) : ${list.fr}.`,
        ),
        unknown.map(({ index }) => `recruitmentCosts.${index}.payer`),
        'warn',
      );
    }
    return pass(
      text(
        'Every recorded related cost is employer-paid.',
        'Elke geregistreerde bijhorende kost is betaald door de werkgever.',
        'Chaque coût connexe enregistré est payé par l’employeur.',
      ),
    );
  },
};

export const COST_RULES: readonly StageRule<IntakeView>[] = [fr01, fr02];
