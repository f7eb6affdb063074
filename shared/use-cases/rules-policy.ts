import { RULES } from '../rules/catalogue.js';
import { evaluateVacancyIntake } from '../rules/intake.js';
import { defaultReferenceData, type ReferenceData } from '../rules/reference-data.js';
import type { RuleDecision } from '../rules/rule.js';
import { auditedDecision } from './audit-trail.js';
import type { RuleFindingView, VacancyPolicy } from './vacancy-policy.js';

/** How a rule decision is shown to API callers: id, version, severity, what failed, why and the source. */
export function findingView(decision: RuleDecision): RuleFindingView {
  const meta = RULES.find((r) => r.id === decision.ruleId);
  return {
    ruleId: decision.ruleId,
    ruleVersion: decision.ruleVersion,
    severity: decision.severity,
    message: decision.message.en,
    explanation: meta?.explanation ?? decision.message,
    source: decision.source,
    fields: [...decision.fields],
  };
}

/** The vacancy policy backed by the rules module and its year-versioned reference data. */
export function rulesVacancyPolicy(data: ReferenceData = defaultReferenceData): VacancyPolicy {
  return {
    bottleneck: (isco, today) => {
      const found = data.isBottleneck(isco, today);
      return { bottleneck: found.bottleneck, listYear: found.listYear ?? undefined };
    },
    intake: (input, today) => {
      const result = evaluateVacancyIntake(input, { today, data });
      return {
        blocking: result.blocking.map(findingView),
        warnings: result.warnings.map(findingView),
        findings: result.findings.map(findingView),
        decisions: result.decisions.map(auditedDecision),
        ruleDecisions: result.decisions,
      };
    },
  };
}
