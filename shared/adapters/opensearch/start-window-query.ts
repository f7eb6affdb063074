import { splitDisjoint } from '../../search/condition-split.js';
import type { StartWindowSpec } from '../../start-date/start-windows.js';
import { conditionToQuery, type QueryClause } from './condition-to-query.js';

/**
 * OpenSearch refuses a query with more than `indices.query.bool.max_clause_count` clauses (1024
 * by default), counted over the whole query tree since Lucene 9 (LUCENE-8811; OpenSearch 2.16
 * made the setting dynamic but kept the default). A start window over many vacancies can pass
 * it, so such a window is sent as several disjoint filters (shared/search/condition-split.ts)
 * whose counts add up to the window's.
 */
export const MAX_CLAUSES = 1024;

/** Leaf queries of a query, as Lucene counts them against the clause limit. */
export function clauseCount(query: unknown): number {
  if (Array.isArray(query)) return query.reduce((n: number, q) => n + clauseCount(q), 0);
  if (query === null || typeof query !== 'object') return 0;
  const bool = (query as { bool?: Record<string, unknown> }).bool;
  if (bool === undefined) return 1;
  return ['filter', 'must', 'should', 'must_not'].reduce((n, occur) => {
    const clauses = bool[occur];
    return n + (clauses === undefined ? 0 : clauseCount(Array.isArray(clauses) ? clauses : [clauses]));
  }, 0);
}

/** A window's filter: its ring and its "can start by" condition. */
function windowQuery(ring: number, condition: StartWindowSpec['condition']): QueryClause {
  return { bool: { filter: [{ term: { ring } }, conditionToQuery(condition)] } };
}

/**
 * A start window as one or more disjoint filters, each within the clause limit. A part that
 * cannot be brought within it is an error naming the window, rather than OpenSearch's
 * TooManyClauses on the whole report.
 */
export function windowParts(window: StartWindowSpec): readonly QueryClause[] {
  const known = splitWindows.get(window);
  if (known) return known;
  const parts = splitWindow(window);
  splitWindows.set(window, parts);
  return parts;
}

/** Splitting is pure but not cheap; each window is split once however many buckets read it. */
const splitWindows = new WeakMap<StartWindowSpec, readonly QueryClause[]>();

function splitWindow(window: StartWindowSpec): QueryClause[] {
  const fits = (condition: StartWindowSpec['condition']) =>
    clauseCount(windowQuery(window.ring, condition)) <= MAX_CLAUSES;
  return splitDisjoint(window.condition, fits).map((condition) => {
    const query = windowQuery(window.ring, condition);
    if (clauseCount(query) > MAX_CLAUSES) {
      throw new Error(
        `Start window ring ${window.ring}, ${window.months} months: a part of its filter still has ${clauseCount(query)} clauses, over OpenSearch's ${MAX_CLAUSES}`,
      );
    }
    return query;
  });
}
