import { fieldsOf, indexed, unstatedFees, workerCharged, workerClauses } from './fee-evidence.js';
import { quoteClauses } from './fee-language.js';
import { describeCost, joinLocalized } from './labels.js';
import { pass, type RuleMeta, type StageRule, text, violation } from './rule.js';
import { type IntakeView, TEXT_FIELD_READS } from './views.js';

// BE-01 — Law of 30 April 1999 on the employment of foreign workers, art. 12/3: nobody may ask or
// accept a fee from a foreign national for promising or procuring a job (sanctions: Social Penal
// Code art. 175 and 175/1). A clause saying the worker pays a fee, or pays anything not tied to a
// related cost, blocks whatever the employer declares. A fee named without a payer blocks unless
// the employer declares that the worker pays nothing; with the declaration it warns.
export const BE_01: RuleMeta = {
  id: 'BE-01',
  version: '2026.2',
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
    const paid = workerClauses(v, ['fee', 'cost']);
    if (paid.length > 0) {
      const q = quoteClauses(paid);
      return violation(
        text(
          `Fee for a job: the text says the worker pays: ${q}. No declaration can allow it.`,
          `Vergoeding voor een job: de tekst zegt dat de werknemer betaalt: ${q}. Geen verklaring kan dat toelaten.`,
          `Rétribution pour un emploi : le texte dit que le travailleur paie : ${q}. Aucune déclaration ne peut l’autoriser.`,
        ),
        fieldsOf(paid),
      );
    }
    const named = unstatedFees(v);
    if (named.length === 0) {
      return pass(
        text(
          'No fee for a job in the text.',
          'Geen vergoeding voor een job in de tekst.',
          'Aucune rétribution pour un emploi dans le texte.',
        ),
      );
    }
    const q = quoteClauses(named);
    if (v.fairRecruitment.workerPaysNothingDeclared) {
      return violation(
        text(
          `A fee is named without a payer: ${q}. The employer declares the worker pays nothing; check the wording.`,
          `Een vergoeding wordt vermeld zonder betaler: ${q}. De werkgever verklaart dat de werknemer niets betaalt; controleer de formulering.`,
          `Des frais sont mentionnés sans payeur : ${q}. L’employeur déclare que le travailleur ne paie rien ; vérifiez la formulation.`,
        ),
        fieldsOf(named),
        'warn',
      );
    }
    return violation(
      text(
        `A fee is named without a payer: ${q}. A foreign worker may not be charged for a job: remove the wording or declare that the worker pays nothing.`,
        `Een vergoeding wordt vermeld zonder betaler: ${q}. Een buitenlandse werknemer mag niet betalen voor een job: verwijder de formulering of verklaar dat de werknemer niets betaalt.`,
        `Des frais sont mentionnés sans payeur : ${q}. Un travailleur étranger ne peut pas payer pour un emploi : retirez la formulation ou déclarez que le travailleur ne paie rien.`,
      ),
      [...fieldsOf(named), 'fairRecruitment.workerPaysNothingDeclared'],
    );
  },
};

export const FEE_FOR_JOB_RULES: readonly StageRule<IntakeView>[] = [be01];
