import { EXEMPTION_PAIR_RULES } from './exemption-rules.js';
import { ROUTE_LABELS } from './migration-routes.js';
import {
  INTAKE_ROUTE_READS,
  PERMIT_ROUTE_INTAKE_RULES,
  PERMIT_ROUTE_PAIR_RULES,
} from './permit-route-rules.js';
import { VLAANDEREN_ECONOMIC_MIGRATION } from './route-rule-kit.js';
import { pass, type RuleMeta, type StageRule, text, violation } from './rule.js';
import type { IntakeView, PairView } from './views.js';

/**
 * The migration-route rules: FM-01 and FM-02 (exemption-rules.ts), BE-03 … BE-06
 * (permit-route-rules.ts), and FR-11, which blocks a pair without a route.
 */

// FR-11 — ILO general principle 2 (recruitment responds to established labour market needs) and
// the permit rules above: only real vacancies with a valid permit route. At intake it warns when
// no third-country worker could qualify (the vacancy then reaches EU/EEA/Swiss and protected
// candidates only); at match it blocks a pair without a route.
export const FR_11: RuleMeta = {
  id: 'FR-11',
  version: '2026.1',
  severity: 'block',
  stage: 'both',
  title: text(
    'A real vacancy with a valid permit route',
    'Een echte vacature met een geldige toelatingsroute',
    'Une offre réelle avec une voie d’autorisation valable',
  ),
  explanation: text(
    'A candidate is only matched to a vacancy they can legally take: free movement, temporary protection or a permit route.',
    'Een kandidaat wordt enkel gekoppeld aan een vacature die hij wettelijk mag invullen: vrij verkeer, tijdelijke bescherming of een toelatingsroute.',
    'Un candidat n’est proposé que pour une offre qu’il peut légalement occuper : libre circulation, protection temporaire ou voie d’autorisation.',
  ),
  source: {
    ...VLAANDEREN_ECONOMIC_MIGRATION,
    title: `ILO General Principles for Fair Recruitment (2019), principle 2; ${VLAANDEREN_ECONOMIC_MIGRATION.title}`,
  },
  reads: [
    'route',
    'candidate.nationalities',
    ...INTAKE_ROUTE_READS,
    'contract.type',
    'contract.durationMonths',
    'reference.mediumSkilled',
    'reference.bottleneck',
  ],
};

const fr11Pair: StageRule<PairView> = {
  meta: FR_11,
  reads: ['route', 'candidate.nationalities'],
  evaluate({ route, candidate }) {
    if (route !== 'none') {
      const label = ROUTE_LABELS[route];
      return pass(
        text(
          `Permit route: ${label.en}.`,
          `Toelatingsroute: ${label.nl}.`,
          `Voie d’autorisation : ${label.fr}.`,
        ),
      );
    }
    const list = candidate.nationalities.join(', ');
    return violation(
      text(
        `No legal route for this candidate (${list}): no free movement, no valid temporary protection, and none of BE-03, BE-04, BE-05, BE-06 applies.`,
        `Geen wettelijke route voor deze kandidaat (${list}): geen vrij verkeer, geen geldige tijdelijke bescherming, en BE-03, BE-04, BE-05 noch BE-06 is van toepassing.`,
        `Aucune voie légale pour ce candidat (${list}) : ni libre circulation, ni protection temporaire valable, et aucune de BE-03, BE-04, BE-05, BE-06 ne s’applique.`,
      ),
      ['candidate.nationalities'],
    );
  },
};

const fr11Intake: StageRule<IntakeView> = {
  meta: FR_11,
  reads: [
    ...INTAKE_ROUTE_READS,
    'contract.type',
    'contract.durationMonths',
    'contract.skilledCategoryMinimumEur',
    'contract.employmentPercent',
    'employer.country',
    'reference.mediumSkilled',
    'reference.bottleneck',
  ],
  evaluate({ routeFacts: f }) {
    if (
      f.blueCard.possible ||
      f.highlySkilled.possible ||
      f.mediumSkilled.available ||
      f.otherBottleneck.possible
    ) {
      return pass(
        text(
          'At least one permit route is open to a third-country worker.',
          'Minstens één toelatingsroute staat open voor een werknemer van buiten de EU.',
          'Au moins une voie d’autorisation est ouverte à un travailleur de pays tiers.',
        ),
      );
    }
    return violation(
      text(
        'No permit route is open to a third-country worker (salary, job level and lists rule out BE-03 to BE-06): the vacancy will be matched with EU/EEA/Swiss and temporarily protected candidates only.',
        'Geen toelatingsroute staat open voor een werknemer van buiten de EU (loon, functieniveau en lijsten sluiten BE-03 tot BE-06 uit): de vacature wordt enkel gekoppeld aan kandidaten uit de EU/EER/Zwitserland en met tijdelijke bescherming.',
        'Aucune voie d’autorisation n’est ouverte à un travailleur de pays tiers (salaire, niveau et listes excluent BE-03 à BE-06) : l’offre ne sera proposée qu’aux candidats UE/EEE/suisses et sous protection temporaire.',
      ),
      ['contract.annualGrossSalaryEur', 'occupation.isco'],
      'warn',
    );
  },
};

export const ROUTE_INTAKE_RULES: readonly StageRule<IntakeView>[] = [
  ...PERMIT_ROUTE_INTAKE_RULES,
  fr11Intake,
];
export const ROUTE_PAIR_RULES: readonly StageRule<PairView>[] = [
  ...EXEMPTION_PAIR_RULES,
  ...PERMIT_ROUTE_PAIR_RULES,
  fr11Pair,
];
