import type { VacancyInput } from '../domain/vacancy.js';
import type { AuditedDecision } from '../ports/audit-log.js';

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
 * list, never the employer's say-so) and the intake rules' verdict.
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
  };
}
