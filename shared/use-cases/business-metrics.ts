import type { ImportTotals } from '../ports/import-store.js';
import type { Telemetry } from '../ports/telemetry.js';

/**
 * The business metrics, counted where the use cases decide them (one definition each). Every
 * dependency set that carries a Telemetry may count; without one (scripts, some tests) nothing is.
 */
type Counting = { readonly telemetry?: Telemetry | undefined };

/** Matches returned per ring of the concentric model, one data point per ring searched. */
export function countMatches(
  deps: Counting,
  rings: readonly { ring: number; matches: readonly unknown[] }[],
) {
  for (const r of rings)
    deps.telemetry?.metrics.record({ kind: 'matches', ring: r.ring, count: r.matches.length });
}

/** One per blocking rule that refused a vacancy at intake. */
export function countRuleBlocks(deps: Counting, blocking: readonly { ruleId: string }[]) {
  for (const b of blocking) deps.telemetry?.metrics.record({ kind: 'rule-block', ruleId: b.ruleId });
}

const ROW_OUTCOMES = ['created', 'updated', 'unchanged', 'rejected'] as const;

/** Rows of a bulk upload or an import job, per outcome (outcomes with no rows are not sent). */
export function countBulkRows(deps: Counting, totals: ImportTotals) {
  for (const outcome of ROW_OUTCOMES) {
    if (totals[outcome] > 0)
      deps.telemetry?.metrics.record({ kind: 'bulk-rows', outcome, count: totals[outcome] });
  }
}

/** One webhook delivery attempt, by what became of the delivery. */
export function countDelivery(deps: Counting, status: 'delivered' | 'retrying' | 'failed') {
  deps.telemetry?.metrics.record({ kind: 'webhook-delivery', status });
}
