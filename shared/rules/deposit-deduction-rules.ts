import { fieldsOf, ILO_SOURCE, indexed, workerClauses } from './fee-evidence.js';
import { quoteClauses } from './fee-language.js';
import type { CostKind } from './fee-terms.js';
import { describeCost, joinLocalized } from './labels.js';
import {
  type LocalizedText,
  pass,
  type RuleMeta,
  type StageRule,
  text,
  type Verdict,
  violation,
} from './rule.js';
import { type IntakeView, TEXT_FIELD_READS } from './views.js';

/**
 * FR-03 (no deposits, bonds or training loans) and FR-04 (no wage deductions for recruitment
 * costs): blocked on the employer's declaration, on a cost line, or on a clause of the text
 * that asks one of the worker (fee-clauses.ts).
 */

/** The declaration or a clause of the text blocks; both are named. */
function declaredOrWorded(
  v: IntakeView,
  flagged: { on: boolean; fields: string[]; message: LocalizedText },
  kinds: readonly CostKind[],
  worded: (quoted: string) => LocalizedText,
  passed: LocalizedText,
): Verdict {
  const clauses = workerClauses(v, kinds);
  if (!flagged.on && clauses.length === 0) return pass(passed);
  const parts = [
    ...(flagged.on ? [flagged.message] : []),
    ...(clauses.length > 0 ? [worded(quoteClauses(clauses))] : []),
  ];
  return violation(joinLocalized(parts, ' '), [...(flagged.on ? flagged.fields : []), ...fieldsOf(clauses)]);
}

// FR-03 — ILO Definition of recruitment fees and related costs (2019) and general principle 7:
// no deposits, bonds, guarantees or "training loans" as a condition of recruitment (block).
export const FR_03: RuleMeta = {
  id: 'FR-03',
  version: '2026.2',
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
      ['deposit', 'loan'],
      (q) =>
        text(
          `The text asks the worker for a deposit, bond or loan: ${q}. The worker may not pay one.`,
          `De tekst vraagt de werknemer een waarborg, borgsom of lening: ${q}. De werknemer mag die niet betalen.`,
          `Le texte demande au travailleur un dépôt, une caution ou un prêt : ${q}. Le travailleur ne peut pas en payer.`,
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
  version: '2026.2',
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
      ['deduction'],
      (q) =>
        text(
          `The text recovers a cost from the worker’s wages: ${q}. Recruitment costs may not be recovered from wages.`,
          `De tekst verhaalt een kost op het loon van de werknemer: ${q}. Rekruteringskosten mogen niet op het loon verhaald worden.`,
          `Le texte récupère un coût sur le salaire du travailleur : ${q}. Les frais de recrutement ne peuvent pas être retenus sur le salaire.`,
        ),
      text(
        'No wage deduction recovers recruitment costs.',
        'Geen looninhouding verhaalt rekruteringskosten.',
        'Aucune retenue sur salaire ne récupère des frais de recrutement.',
      ),
    );
  },
};

export const DEPOSIT_DEDUCTION_RULES: readonly StageRule<IntakeView>[] = [fr03, fr04];
