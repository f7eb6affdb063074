import type { RecruitmentCost } from '../domain/vacancy.js';
import { type FieldClause, quoteClauses } from './fee-language.js';
import type { CostKind } from './fee-terms.js';
import { COST_CATEGORY_LABELS, describeCost, joinLocalized } from './labels.js';
import { type LocalizedText, text } from './rule.js';
import type { IntakeView } from './views.js';

/**
 * What the fee rules (FR-01 … FR-04, BE-01) rest on: the cost lines as recorded, and the
 * clauses of the free text that make the worker pay. A clause saying the worker pays blocks
 * whatever the employer declares; the declaration only settles a fee named without a payer.
 */

export const ILO_SOURCE = {
  title:
    'ILO General Principles and Operational Guidelines for Fair Recruitment and Definition of Recruitment Fees and Related Costs (2019)',
  url: 'https://migrationnetwork.un.org/resources/general-principles-and-operational-guidelines-fair-recruitment-and-definition-recruitment',
} as const;

export const workerCharged = (cost: RecruitmentCost): boolean =>
  cost.payer === 'worker' || cost.payer === 'shared';

export const indexed = (costs: readonly RecruitmentCost[], keep: (cost: RecruitmentCost) => boolean) =>
  costs.flatMap((cost, index) => (keep(cost) ? [{ cost, index }] : []));

/** Clauses that say the worker pays, of the given kinds (any kind when none are given). */
export function workerClauses(v: IntakeView, kinds?: readonly CostKind[]): FieldClause[] {
  return v.textFindings.costs.filter(
    (c) => c.payer === 'worker' && (kinds === undefined || c.kinds.some((k) => kinds.includes(k))),
  );
}

/** Clauses that name a fee for a job without saying who pays. */
export const unstatedFees = (v: IntakeView): FieldClause[] =>
  v.textFindings.costs.filter((c) => c.payer === 'unstated' && c.kinds.includes('fee'));

export const fieldsOf = (clauses: readonly { field: string }[]): string[] => [
  ...new Set(clauses.map((c) => c.field)),
];

export interface Contradiction {
  readonly index: number;
  readonly cost: RecruitmentCost;
  readonly clause: FieldClause;
}

/**
 * Cost lines recorded as employer-paid that a clause says the worker pays: the same category,
 * or a clause in the line's own description.
 */
export function contradictions(v: IntakeView, kinds?: readonly CostKind[]): Contradiction[] {
  const clauses = workerClauses(v, kinds);
  return indexed(v.recruitmentCosts, (cost) => cost.payer === 'employer').flatMap(({ cost, index }) => {
    const clause = clauses.find(
      (c) => c.field === `recruitmentCosts.${index}.description` || c.categories.includes(cost.category),
    );
    return clause ? [{ index, cost, clause }] : [];
  });
}

/** "The text says the worker pays: “…” (description)." */
export function textSaysWorkerPays(clauses: readonly FieldClause[]): LocalizedText {
  const q = quoteClauses(clauses);
  return text(
    `The text says the worker pays: ${q}.`,
    `De tekst zegt dat de werknemer betaalt: ${q}.`,
    `Le texte dit que le travailleur paie : ${q}.`,
  );
}

/** "Cost line 2, … (paid by the employer), contradicts the text: “…” (description)." */
export function contradictionText(found: readonly Contradiction[]): LocalizedText {
  return joinLocalized(
    found.map(({ index, cost, clause }) => {
      const line = describeCost(cost);
      const q = quoteClauses([clause]);
      return text(
        `Cost line recruitmentCosts.${index}, ${line.en}, contradicts the text: ${q}.`,
        `Kostenlijn recruitmentCosts.${index}, ${line.nl}, spreekt de tekst tegen: ${q}.`,
        `La ligne de coût recruitmentCosts.${index}, ${line.fr}, contredit le texte : ${q}.`,
      );
    }),
    ' ',
  );
}

export const contradictionFields = (found: readonly Contradiction[]): string[] =>
  found.flatMap(({ index, clause }) => [`recruitmentCosts.${index}.payer`, clause.field]);

/** Category labels of related costs, for messages. */
export const categoryList = (categories: readonly RecruitmentCost['category'][]): LocalizedText =>
  joinLocalized(
    [...new Set(categories)].map((c) => COST_CATEGORY_LABELS[c]),
    ', ',
  );
