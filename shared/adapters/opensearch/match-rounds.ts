import type { CandidateOverlap, MatchWeights, VacancyMatchProfile } from '../../matching/score-model.js';
import { minimalOverlaps, type OverlapPrecision } from '../../matching/upper-bound-levels.js';
import { MATCH_NONE, type QueryClause } from './condition-to-query.js';

/**
 * The ranking rounds' filters: which bound level a round starts from, and "bound ≥ θ" as a
 * boolean query Lucene evaluates from postings (upper-bound-levels.ts).
 */

/**
 * How far below the highest bound level the first round reaches. The best candidates usually
 * score a little under their bound (a language, experience or readiness gap), so a first round
 * at the highest level alone mostly needs a second round; one reaching a little lower settles
 * at once in most ring searches (docs/benchmarks.md). A tuning choice only: any first level
 * gives the same, exact, hits.
 */
export const FIRST_ROUND_SPAN = 0.05;

/** The index of the lowest level within FIRST_ROUND_SPAN of the highest. */
export function firstRoundLevel(levels: readonly number[]): number {
  return levelWithin(levels, FIRST_ROUND_SPAN);
}

/** The index of the lowest level within `span` of the highest (levels sorted highest first). */
export function levelWithin(levels: readonly number[], span: number): number {
  const top = levels[0] ?? 0;
  let index = 0;
  while (index + 1 < levels.length && (levels[index + 1] as number) >= top - span) index++;
  return index;
}

/**
 * Lucene counts every leaf clause of a query against `indices.query.bool.max_clause_count`
 * (1,024 by default); the bound filter stays well under it, so the rest of the query fits too.
 */
export const MAX_RESTRICTION_LEAVES = 400;

const PRECISIONS: readonly OverlapPrecision[] = ['exact', 'skills-and-occupation', 'occupation'];

/**
 * The filter "bound level ≥ threshold" (upper-bound-levels.ts), or undefined if every
 * candidate reaches it. For a vacancy with so many skills that the exact filter would have too
 * many clauses, a coarser one that keeps a superset of the candidates.
 */
export function boundRestriction(
  profile: VacancyMatchProfile,
  weights: MatchWeights,
  threshold: number,
): QueryClause | undefined {
  for (const precision of PRECISIONS) {
    const restriction = overlapRestriction(profile, minimalOverlaps(profile, weights, threshold, precision));
    if (restriction.leaves <= MAX_RESTRICTION_LEAVES) return restriction.query;
  }
  return undefined;
}

/**
 * A query matching the candidates whose overlap is ≥ one of `minimal` in every coordinate;
 * undefined when that is everyone (an all-zero overlap), match_none when `minimal` is empty.
 * `leaves` counts its leaf clauses.
 */
export function overlapRestriction(
  profile: VacancyMatchProfile,
  minimal: readonly CandidateOverlap[],
): { query: QueryClause | undefined; leaves: number } {
  if (minimal.length === 0) return { query: MATCH_NONE, leaves: 1 };
  const isco = profile.occupation;
  const parts: QueryClause[] = [];
  let leaves = 0;
  for (const m of minimal) {
    const clauses: QueryClause[] = [];
    for (const [keys, count] of [
      [profile.requiredSkills, m.requiredMatched],
      [profile.optionalSkills, m.optionalMatched],
    ] as const) {
      if (count <= 0) continue;
      if (count === 1) {
        clauses.push({ terms: { skills: [...keys] } });
        leaves += 1;
      } else {
        clauses.push({
          bool: { should: keys.map((key) => ({ term: { skills: key } })), minimum_should_match: count },
        });
        leaves += keys.length;
      }
    }
    if (m.sharedIscoDigits > 0) {
      // d or more shared digits: the candidate holds one of the prefixes of d…4 digits.
      const prefixes = [];
      for (let d = m.sharedIscoDigits; d <= isco.length; d++) prefixes.push(isco.slice(0, d));
      clauses.push({ terms: { iscoGroups: prefixes } });
      leaves += 1;
    }
    if (clauses.length === 0) return { query: undefined, leaves: 0 };
    parts.push(clauses.length === 1 ? (clauses[0] as QueryClause) : { bool: { filter: clauses } });
  }
  return {
    query: parts.length === 1 ? parts[0] : { bool: { should: parts, minimum_should_match: 1 } },
    leaves,
  };
}
