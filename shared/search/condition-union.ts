import { allConditions, anyCondition, never } from '../rules/conditions.js';
import type { CandidateCondition } from './candidate-condition.js';
import { ConditionKeys } from './condition-keys.js';

/**
 * The union of conditions with the conjuncts they share factored out, by distributivity:
 * (A ∧ B) ∨ (A ∧ C) = A ∧ (B ∨ C). It selects exactly the candidates the plain union does, in
 * fewer leaves: one OpenSearch query may hold at most `indices.query.bool.max_clause_count`
 * (1024 by default) clauses, counted over the whole query tree since Lucene 9, and the "can start
 * by" conditions of many vacancies share their availability, permit and training parts.
 *
 * Greedy: the conjunct most members share is pulled out first, then the same is done inside the
 * members that had it and among those that did not.
 */
export function factoredUnion(
  conditions: readonly CandidateCondition[],
  keys: ConditionKeys = new ConditionKeys(),
): CandidateCondition {
  const members = new Map<number, readonly CandidateCondition[]>();
  for (const condition of conditions.flatMap(disjuncts)) {
    if (condition.kind === 'never') continue;
    members.set(keys.id(condition), conjuncts(condition));
  }
  return factor([...members.values()], keys);
}

function disjuncts(condition: CandidateCondition): readonly CandidateCondition[] {
  return condition.kind === 'or' ? condition.any.flatMap(disjuncts) : [condition];
}

function conjuncts(condition: CandidateCondition): readonly CandidateCondition[] {
  if (condition.kind === 'always') return [];
  return condition.kind === 'and' ? condition.all.flatMap(conjuncts) : [condition];
}

/** The union of members, each member the conjunction of its conditions. */
function factor(
  members: readonly (readonly CandidateCondition[])[],
  keys: ConditionKeys,
): CandidateCondition {
  if (members.some((member) => member.length === 0)) return allConditions();
  const [only] = members;
  if (only === undefined) return never;
  if (members.length === 1) return allConditions(...only);
  const shared = mostShared(members, keys);
  if (shared === undefined) return anyCondition(...members.map((member) => allConditions(...member)));
  const withIt: (readonly CandidateCondition[])[] = [];
  const without: (readonly CandidateCondition[])[] = [];
  for (const member of members) {
    const rest = member.filter((c) => keys.id(c) !== shared.key);
    (rest.length < member.length ? withIt : without).push(rest);
  }
  return anyCondition(allConditions(shared.condition, factor(withIt, keys)), factor(without, keys));
}

/** The conjunct found in the most members, if two or more share one. */
function mostShared(
  members: readonly (readonly CandidateCondition[])[],
  keys: ConditionKeys,
): { key: number; condition: CandidateCondition } | undefined {
  const counts = new Map<number, { condition: CandidateCondition; members: number }>();
  for (const member of members) {
    const seenHere = new Set<number>();
    for (const condition of member) {
      const key = keys.id(condition);
      if (seenHere.has(key)) continue;
      seenHere.add(key);
      const seen = counts.get(key);
      if (seen) seen.members++;
      else counts.set(key, { condition, members: 1 });
    }
  }
  let best: { key: number; condition: CandidateCondition; members: number } | undefined;
  for (const [key, entry] of counts) {
    if (entry.members >= 2 && (best === undefined || entry.members > best.members)) best = { key, ...entry };
  }
  return best;
}
