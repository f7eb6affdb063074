import type { VacancyInput } from '../domain/vacancy.js';
import { inCatalogueOrder } from './catalogue.js';
import { EXPOSURE_INTAKE_RULES } from './concentric-exposure.js';
import { DEPOSIT_DEDUCTION_RULES } from './deposit-deduction-rules.js';
import { FAIR_RECRUITMENT_INTAKE_RULES } from './fair-recruitment-rules.js';
import { FEE_FOR_JOB_RULES } from './fee-for-job-rule.js';
import { scanFields } from './fee-language.js';
import { COST_RULES } from './fee-rules.js';
import { judgementDates, runRuleOnDates } from './judgement-dates.js';
import { vacancyRouteFacts } from './migration-routes.js';
import { ROUTE_INTAKE_RULES } from './route-rules.js';
import { isBlocking, isWarning, type RuleDecision, type StageRule } from './rule.js';
import { type IntakeReference, type IntakeView, type RuleContext, vacancyTextFields } from './views.js';

const INTAKE_RULES: readonly StageRule<IntakeView>[] = inCatalogueOrder(
  [
    ...COST_RULES,
    ...DEPOSIT_DEDUCTION_RULES,
    ...FEE_FOR_JOB_RULES,
    ...FAIR_RECRUITMENT_INTAKE_RULES,
    ...ROUTE_INTAKE_RULES,
    ...EXPOSURE_INTAKE_RULES,
  ],
  (rule) => rule.meta.id,
);

export interface IntakeResult {
  /** Every intake rule's decision, passes included, in catalogue order. */
  readonly decisions: readonly RuleDecision[];
  readonly blocking: readonly RuleDecision[];
  readonly warnings: readonly RuleDecision[];
  /** Every violation that does not block, of any severity (info included): what is stored. */
  readonly findings: readonly RuleDecision[];
}

/**
 * Evaluates a vacancy at intake (FR-01 … FR-12, BE-01, BE-03 … BE-06, CM-01) on `ctx.today`
 * and on its start date, against the reference data valid on each (judgement-dates.ts). Pure: the same input, date and data give the same
 * decisions and digests.
 */
export function evaluateVacancyIntake(input: VacancyInput, ctx: RuleContext): IntakeResult {
  const { data } = ctx;
  const isco = input.occupation.isco;
  const textFindings = scanFields(vacancyTextFields(input));
  const views = judgementDates(ctx.today, input.contract.startDate).map((today): IntakeView => {
    const reference: IntakeReference = {
      salaryThresholds: data.salaryThresholds(today) ?? null,
      bottleneck: data.isBottleneck(isco, today),
      mediumSkilled: data.isMediumSkilledListed(isco, today),
    };
    return {
      ...input,
      today,
      reference,
      textFindings,
      routeFacts: vacancyRouteFacts(input, reference.bottleneck.bottleneck, today, reference),
    };
  });
  const decisions = INTAKE_RULES.map((rule) => runRuleOnDates(rule, views));
  return {
    decisions,
    blocking: decisions.filter(isBlocking),
    warnings: decisions.filter(isWarning),
    findings: decisions.filter((d) => d.outcome === 'violation' && !isBlocking(d)),
  };
}
