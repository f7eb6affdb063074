import { always, and, type CandidateCondition, not, or } from '../search/candidate-condition.js';

/** Small combinators over the candidate-condition DSL that fold `always`/`never` away. */

export const never: CandidateCondition = { kind: 'never' };

export function anyCondition(...conditions: CandidateCondition[]): CandidateCondition {
  const live = conditions.filter((c) => c.kind !== 'never');
  if (live.some((c) => c.kind === 'always')) return always;
  if (live.length === 0) return never;
  return live.length === 1 ? (live[0] as CandidateCondition) : or(...live);
}

export function allConditions(...conditions: CandidateCondition[]): CandidateCondition {
  const live = conditions.filter((c) => c.kind !== 'always');
  if (live.some((c) => c.kind === 'never')) return never;
  if (live.length === 0) return always;
  return live.length === 1 ? (live[0] as CandidateCondition) : and(...live);
}

export function negate(condition: CandidateCondition): CandidateCondition {
  if (condition.kind === 'always') return never;
  if (condition.kind === 'never') return always;
  return not(condition);
}

export const when = (test: boolean, condition: CandidateCondition = always): CandidateCondition =>
  test ? condition : never;
