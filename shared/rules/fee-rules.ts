import type { RecruitmentCost } from '../domain/vacancy.js';
import { COST_CATEGORY_LABELS, describeCost, joinLocalized, quotePhrases } from './labels.js';
import { pass, RULE_VERSION, type RuleMeta, type StageRule, text, type Verdict, violation } from './rule.js';
import { type IntakeView, TEXT_FIELD_READS } from './views.js';

/**
 * Rules on who pays: FR-01 to FR-04 (ILO fair recruitment) and BE-01 (Belgian fee prohibition),
 * checked at vacancy intake from the recorded cost lines, the employer's declarations and the
 * free text (see fee-language.ts).
 */

const ILO_SOURCE = {
  title:
    'ILO General Principles and Operational Guidelines for Fair Recruitment and Definition of Recruitment Fees and Related Costs (2019)',
  url: 'https://migrationnetwork.un.org/resources/general-principles-and-operational-guidelines-fair-recruitment-and-definition-recruitment',
} as const;

const workerCharged = (cost: RecruitmentCost): boolean => cost.payer === 'worker' || cost.payer === 'shared';
const indexed = (costs: readonly RecruitmentCost[], keep: (cost: RecruitmentCost) => boolean) =>
  costs.flatMap((cost, index) => (keep(cost) ? [{ cost, index }] : []));

// FR-01 — ILO general principle 7: "No recruitment fees or related costs should be charged to,
// or otherwise borne by, workers or jobseekers." Block when a cost is worker-paid or shared;
// warn when a payer is unknown (it never counts as employer-paid) or nothing was declared.
export const FR_01: RuleMeta = {
  id: 'FR-01',
  version: RULE_VERSION,
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
    'recruitmentCosts[].description',
    'fairRecruitment.workerPaysNothingDeclared',
  ],
};

const fr01: StageRule<IntakeView> = {
  meta: FR_01,
  evaluate(v) {
    const charged = indexed(v.recruitmentCosts, workerCharged);
    if (charged.length > 0) {
      const list = joinLocalized(charged.map(({ cost }) => describeCost(cost)));
      return violation(
        text(
          `Costs charged to the worker: ${list.en}. The worker must pay nothing.`,
          `Kosten aangerekend aan de werknemer: ${list.nl}. De werknemer betaalt niets.`,
          `Frais facturés au travailleur : ${list.fr}. Le travailleur ne doit rien payer.`,
        ),
        charged.map(({ index }) => `recruitmentCosts.${index}.payer`),
      );
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
  version: RULE_VERSION,
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
  reads: ['recruitmentCosts[].category', 'recruitmentCosts[].payer'],
};

const categoriesOf = (items: readonly { cost: RecruitmentCost }[]) =>
  joinLocalized(
    [...new Set(items.map(({ cost }) => cost.category))].map((c) => COST_CATEGORY_LABELS[c]),
    ', ',
  );

const fr02: StageRule<IntakeView> = {
  meta: FR_02,
  evaluate(v) {
    const related = (keep: (cost: RecruitmentCost) => boolean) =>
      indexed(v.recruitmentCosts, (cost) => RELATED_COST_CATEGORIES.has(cost.category) && keep(cost));
    const charged = related(workerCharged);
    if (charged.length > 0) {
      const list = categoriesOf(charged);
      return violation(
        text(
          `Related costs paid (wholly or partly) by the worker: ${list.en}.`,
          `Bijhorende kosten (geheel of gedeeltelijk) betaald door de werknemer: ${list.nl}.`,
          `Coûts connexes payés (en tout ou en partie) par le travailleur : ${list.fr}.`,
        ),
        charged.map(({ index }) => `recruitmentCosts.${index}.payer`),
      );
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

/** Findings of some kinds as "“phrase” (field)", or undefined when there are none. */
function phrasesOf(
  v: IntakeView,
  kinds: readonly string[],
): { quoted: string; fields: string[] } | undefined {
  const found = v.textFindings.filter((f) => kinds.includes(f.kind));
  if (found.length === 0) return undefined;
  return { quoted: quotePhrases(found), fields: [...new Set(found.map((f) => f.field))] };
}

/** A declaration flag blocks; matching free text only warns (text detection is a heuristic). */
function declaredOrWorded(
  v: IntakeView,
  flagged: { on: boolean; fields: string[]; message: { en: string; nl: string; fr: string } },
  kinds: readonly string[],
  worded: (quoted: string) => { en: string; nl: string; fr: string },
  passed: { en: string; nl: string; fr: string },
): Verdict {
  if (flagged.on) return violation(flagged.message, flagged.fields);
  const phrases = phrasesOf(v, kinds);
  if (phrases) return violation(worded(phrases.quoted), phrases.fields, 'warn');
  return pass(passed);
}

// FR-03 — ILO Definition of recruitment fees and related costs (2019) and general principle 7:
// no deposits, bonds, guarantees or "training loans" as a condition of recruitment (block).
export const FR_03: RuleMeta = {
  id: 'FR-03',
  version: RULE_VERSION,
  severity: 'block',
  stage: 'intake',
  title: text(
    'No deposits, bonds or training loans',
    'Geen waarborgen, borgsommen of opleidingsleningen',
    'Ni dépôt, ni caution, ni prêt de formation',
  ),
  explanation: text(
    'The worker may not be asked for a deposit, bond, guarantee or training loan.',
    'Van de werknemer mag geen waarborg, borgsom, garantie of opleidingslening gevraagd worden.',
    'Aucun dépôt, caution, garantie ou prêt de formation ne peut être exigé du travailleur.',
  ),
  source: { ...ILO_SOURCE, title: `${ILO_SOURCE.title}, general principle 7` },
  reads: ['fairRecruitment.depositOrBondRequired', ...TEXT_FIELD_READS],
};

const fr03: StageRule<IntakeView> = {
  meta: FR_03,
  evaluate: (v) =>
    declaredOrWorded(
      v,
      {
        on: v.fairRecruitment.depositOrBondRequired,
        fields: ['fairRecruitment.depositOrBondRequired'],
        message: text(
          'The vacancy requires a deposit or bond from the worker.',
          'De vacature vraagt een waarborg of borgsom van de werknemer.',
          'L’offre exige un dépôt ou une caution du travailleur.',
        ),
      },
      ['deposit'],
      (q) =>
        text(
          `The text mentions a deposit, bond or loan: ${q}. The worker may not pay one.`,
          `De tekst vermeldt een waarborg, borgsom of lening: ${q}. De werknemer mag die niet betalen.`,
          `Le texte mentionne un dépôt, une caution ou un prêt : ${q}. Le travailleur ne peut pas en payer.`,
        ),
      text(
        'No deposit, bond or training loan is asked.',
        'Er wordt geen waarborg, borgsom of opleidingslening gevraagd.',
        'Aucun dépôt, caution ou prêt de formation n’est demandé.',
      ),
    ),
};

// FR-04 — ILO Protection of Wages Convention (C95) art. 9 and general principle 7: no deduction
// from wages to pay for obtaining or keeping the job (block).
export const FR_04: RuleMeta = {
  id: 'FR-04',
  version: RULE_VERSION,
  severity: 'block',
  stage: 'intake',
  title: text(
    'No wage deductions for recruitment costs',
    'Geen looninhoudingen voor rekruteringskosten',
    'Aucune retenue sur salaire pour les frais de recrutement',
  ),
  explanation: text(
    'Recruitment costs may not be recovered from the worker’s wages.',
    'Rekruteringskosten mogen niet op het loon van de werknemer worden verhaald.',
    'Les frais de recrutement ne peuvent pas être récupérés sur le salaire du travailleur.',
  ),
  source: { ...ILO_SOURCE, title: `${ILO_SOURCE.title}, general principle 7; ILO Convention C95, art. 9` },
  reads: [
    'fairRecruitment.wageDeductionsForRecruitmentCosts',
    'recruitmentCosts[].recoveredByWageDeduction',
    ...TEXT_FIELD_READS,
  ],
};

const fr04: StageRule<IntakeView> = {
  meta: FR_04,
  evaluate(v) {
    const recovered = indexed(v.recruitmentCosts, (cost) => cost.recoveredByWageDeduction === true);
    const list = joinLocalized(recovered.map(({ cost }) => describeCost(cost)));
    return declaredOrWorded(
      v,
      {
        on: v.fairRecruitment.wageDeductionsForRecruitmentCosts || recovered.length > 0,
        fields: [
          ...(v.fairRecruitment.wageDeductionsForRecruitmentCosts
            ? ['fairRecruitment.wageDeductionsForRecruitmentCosts']
            : []),
          ...recovered.map(({ index }) => `recruitmentCosts.${index}.recoveredByWageDeduction`),
        ],
        message:
          recovered.length > 0
            ? text(
                `Recruitment costs recovered from wages: ${list.en}.`,
                `Rekruteringskosten verhaald op het loon: ${list.nl}.`,
                `Frais de recrutement récupérés sur le salaire : ${list.fr}.`,
              )
            : text(
                'The employer declares wage deductions for recruitment costs.',
                'De werkgever verklaart looninhoudingen voor rekruteringskosten.',
                'L’employeur déclare des retenues sur salaire pour les frais de recrutement.',
              ),
      },
      ['wage-deduction'],
      (q) =>
        text(
          `The text mentions a wage deduction: ${q}. Recruitment costs may not be recovered from wages.`,
          `De tekst vermeldt een looninhouding: ${q}. Rekruteringskosten mogen niet op het loon verhaald worden.`,
          `Le texte mentionne une retenue sur salaire : ${q}. Les frais de recrutement ne peuvent pas être retenus sur le salaire.`,
        ),
      text(
        'No wage deduction recovers recruitment costs.',
        'Geen looninhouding verhaalt rekruteringskosten.',
        'Aucune retenue sur salaire ne récupère des frais de recrutement.',
      ),
    );
  },
};

// BE-01 — Law of 30 April 1999 on the employment of foreign workers, art. 12/3: nobody may ask or
// accept a fee from a foreign national for promising or procuring a job (sanctions: Social Penal
// Code art. 175 and 175/1). Free-text fee language blocks unless the employer declares that the
// worker pays nothing; with the declaration it still warns, naming the phrase.
export const BE_01: RuleMeta = {
  id: 'BE-01',
  version: RULE_VERSION,
  severity: 'block',
  stage: 'intake',
  title: text('No fee for a job', 'Geen vergoeding voor een job', 'Aucune rétribution pour un emploi'),
  explanation: text(
    'No one may charge a foreign worker for promising or procuring a job, in any wording.',
    'Niemand mag een buitenlandse werknemer laten betalen voor het beloven of bezorgen van een job, in welke bewoording ook.',
    'Personne ne peut faire payer un travailleur étranger pour lui promettre ou procurer un emploi, quelle que soit la formulation.',
  ),
  source: {
    title:
      'Law of 30 April 1999 on the employment of foreign workers, art. 12/3; Social Penal Code, art. 175 and 175/1',
    url: 'https://www.ejustice.just.fgov.be/eli/wet/1999/04/30/1999012338/justel',
  },
  reads: [
    ...TEXT_FIELD_READS,
    'recruitmentCosts[].category',
    'fairRecruitment.workerPaysNothingDeclared',
    'intermediary.chargesJobseeker',
  ],
};

const be01: StageRule<IntakeView> = {
  meta: BE_01,
  evaluate(v) {
    const fees = indexed(
      v.recruitmentCosts,
      (cost) => cost.category === 'recruitment-fee' && workerCharged(cost),
    );
    if (fees.length > 0 || v.intermediary?.chargesJobseeker) {
      const list = joinLocalized(fees.map(({ cost }) => describeCost(cost)));
      const parts = joinLocalized([
        ...(fees.length > 0
          ? [
              text(
                `a recruitment fee charged to the worker: ${list.en}`,
                `een rekruteringsvergoeding aangerekend aan de werknemer: ${list.nl}`,
                `des frais de recrutement facturés au travailleur : ${list.fr}`,
              ),
            ]
          : []),
        ...(v.intermediary?.chargesJobseeker
          ? [
              text(
                'the intermediary charges the jobseeker',
                'de bemiddelaar rekent de werkzoekende kosten aan',
                'l’intermédiaire facture le demandeur d’emploi',
              ),
            ]
          : []),
      ]);
      return violation(
        text(
          `Fee for a job: ${parts.en}.`,
          `Vergoeding voor een job: ${parts.nl}.`,
          `Rétribution pour un emploi : ${parts.fr}.`,
        ),
        [
          ...fees.map(({ index }) => `recruitmentCosts.${index}.payer`),
          ...(v.intermediary?.chargesJobseeker ? ['intermediary.chargesJobseeker'] : []),
        ],
      );
    }
    const phrases = phrasesOf(v, ['recruitment-fee', 'related-cost']);
    if (!phrases) {
      return pass(
        text(
          'No fee language found.',
          'Geen taal over vergoedingen gevonden.',
          'Aucune mention de frais trouvée.',
        ),
      );
    }
    const q = phrases.quoted;
    if (v.fairRecruitment.workerPaysNothingDeclared) {
      return violation(
        text(
          `Fee language found despite the declaration that the worker pays nothing: ${q}. Check the wording.`,
          `Taal over vergoedingen gevonden ondanks de verklaring dat de werknemer niets betaalt: ${q}. Controleer de formulering.`,
          `Mention de frais trouvée malgré la déclaration que le travailleur ne paie rien : ${q}. Vérifiez la formulation.`,
        ),
        phrases.fields,
        'warn',
      );
    }
    return violation(
      text(
        `Fee language found: ${q}. A foreign worker may not be charged for a job: remove the wording or declare that the worker pays nothing.`,
        `Taal over vergoedingen gevonden: ${q}. Een buitenlandse werknemer mag niet betalen voor een job: verwijder de formulering of verklaar dat de werknemer niets betaalt.`,
        `Mention de frais trouvée : ${q}. Un travailleur étranger ne peut pas payer pour un emploi : retirez la formulation ou déclarez que le travailleur ne paie rien.`,
      ),
      [...phrases.fields, 'fairRecruitment.workerPaysNothingDeclared'],
    );
  },
};

export const FEE_INTAKE_RULES: readonly StageRule<IntakeView>[] = [fr01, fr02, fr03, fr04, be01];
