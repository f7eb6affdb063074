import { describe, expect, it } from 'vitest';
import { evaluateVacancyIntake } from '../../../shared/rules/intake.js';
import type { RuleDecision } from '../../../shared/rules/rule.js';
import { ctx, vacancy, vacancyRaw } from './fixtures.js';
import type { Patch } from './pair-helpers.js';

/**
 * Shared by the intake rule tests: one rule's decision on a patched base vacancy, and the runner of
 * their case tables.
 */

export const TODAY = '2025-06-15';
export const fair = vacancyRaw().fairRecruitment;

export function decisionOf(ruleId: string, patch?: Patch, today = TODAY): RuleDecision {
  const decision = evaluateVacancyIntake(vacancy(patch), ctx(today)).decisions.find(
    (d) => d.ruleId === ruleId,
  );
  if (!decision) throw new Error(`no decision for ${ruleId}`);
  return decision;
}

/** [rule, case, patch, outcome, severity, failing fields (when checked)] */
export type IntakeCase = [
  string,
  string,
  Patch,
  RuleDecision['outcome'],
  RuleDecision['severity'],
  string[]?,
];

/** One `<rule> at intake` block per rule in the table, one test per case, each message in three languages. */
export function describeIntakeCases(cases: readonly IntakeCase[]): void {
  describe.each([...new Set(cases.map(([id]) => id))])('%s at intake', (ruleId) => {
    it.each(
      cases
        .filter(([id]) => id === ruleId)
        .map(([, name, patch, outcome, severity, fields]) => ({
          name,
          patch,
          outcome,
          severity,
          fields,
        })),
    )('$name → $outcome ($severity)', ({ patch, outcome, severity, fields }) => {
      const decision = decisionOf(ruleId, patch);
      expect([decision.outcome, decision.severity]).toEqual([outcome, severity]);
      if (fields) expect(decision.fields).toEqual(fields);
      expect(decision.message.en.length).toBeGreaterThan(0);
      expect(decision.message.nl.length).toBeGreaterThan(0);
      expect(decision.message.fr.length).toBeGreaterThan(0);
    });
  });
}
