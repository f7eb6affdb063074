import type { VacancyInput } from '../domain/vacancy.js';
import type { AuditedDecision } from '../ports/audit-log.js';
import type { RuleDecision } from '../rules/rule.js';

/** A rule decision as the HTTP layer reports it (422 body, stored warnings). */
export interface RuleFindingView {
  readonly ruleId: string;
  readonly ruleVersion: string;
  readonly severity: 'block' | 'warn' | 'info';
  readonly message: string;
  readonly explanation: { readonly en: string; readonly nl: string; readonly fr?: string };
  readonly source: { readonly title: string; readonly url: string };
  readonly fields: readonly string[];
}

/**
 * What the vacancy use cases ask of the rules: the bottleneck status (from the year-versioned
 * list, never the employer's say-so) and the intake rules' verdict. The dry run
 * (POST /v1/rules/dry-run) asks the same port, so it cannot drift from POST /v1/vacancies.
 */
export interface VacancyPolicy {
  bottleneck(isco: string, today: string): { bottleneck: boolean; listYear?: number | undefined };
  intake(
    input: VacancyInput,
    today: string,
  ): {
    blocking: RuleFindingView[];
    warnings: RuleFindingView[];
    /** Every violation that does not block, warnings and info alike: what the vacancy keeps. */
    findings: RuleFindingView[];
    /** Every rule's decision (passes too), as the audit log records it. */
    decisions: AuditedDecision[];
    /** Every rule's decision in full (message, source, failing fields), as the dry run shows it. */
    ruleDecisions: readonly RuleDecision[];
  };
}
