import { allConditions, anyCondition, negate, never } from '../rules/conditions.js';
import { always, type CandidateCondition } from './candidate-condition.js';
import { ConditionKeys } from './condition-keys.js';
import { factoredUnion } from './condition-union.js';

/**
 * Splits a condition into disjoint parts whose union is the condition, until each part passes
 * `fits` (for OpenSearch: stays within the clause limit of one query). Counting the parts one by
 * one and adding the counts gives exactly the count of the whole, because no candidate is in two
 * parts.
 *
 * It is Shannon's expansion on a leaf L: C = (L ∧ C[L := true]) ∨ (¬L ∧ C[L := false]). Putting a
 * constant for every copy of L folds the branches it decides away, so both halves are smaller.
 * Each half is factored again (condition-union.ts). The leaf split on is the one with the most copies. A part that cannot be split further (no
 * leaf repeats, or `maxParts` is reached) is returned as it is; the caller decides what to do
 * with a part that still does not fit.
 */
export function splitDisjoint(
  condition: CandidateCondition,
  fits: (part: CandidateCondition) => boolean,
  maxParts = 64,
): CandidateCondition[] {
  const keys = new ConditionKeys();
  const parts: CandidateCondition[] = [];
  const pending: { path: CandidateCondition[]; rest: CandidateCondition }[] = [{ path: [], rest: condition }];
  while (pending.length > 0) {
    const { path, rest } = pending.shift() as { path: CandidateCondition[]; rest: CandidateCondition };
    if (rest.kind === 'never') continue;
    const whole = allConditions(...path, rest);
    const leaf =
      fits(whole) || parts.length + pending.length + 2 > maxParts ? undefined : mostRepeatedLeaf(rest, keys);
    if (leaf === undefined) {
      parts.push(whole);
      continue;
    }
    const key = keys.id(leaf);
    pending.push({ path: [...path, leaf], rest: factoredUnion([substitute(rest, key, true, keys)], keys) });
    pending.push({
      path: [...path, negate(leaf)],
      rest: factoredUnion([substitute(rest, key, false, keys)], keys),
    });
  }
  return parts;
}

const isLeaf = (c: CandidateCondition) =>
  c.kind !== 'and' &&
  c.kind !== 'or' &&
  c.kind !== 'not' &&
  c.kind !== 'atLeast' &&
  c.kind !== 'always' &&
  c.kind !== 'never';

function children(c: CandidateCondition): readonly CandidateCondition[] {
  switch (c.kind) {
    case 'and':
      return c.all;
    case 'or':
    case 'atLeast':
      return c.any;
    case 'not':
      return [c.condition];
    default:
      return [];
  }
}

/** The leaf with the most copies in the tree, if one has two or more. */
function mostRepeatedLeaf(
  condition: CandidateCondition,
  keys: ConditionKeys,
): CandidateCondition | undefined {
  const counts = new Map<number, { leaf: CandidateCondition; copies: number }>();
  const visit = (c: CandidateCondition) => {
    if (isLeaf(c)) {
      const key = keys.id(c);
      const seen = counts.get(key);
      if (seen) seen.copies++;
      else counts.set(key, { leaf: c, copies: 1 });
      return;
    }
    children(c).forEach(visit);
  };
  visit(condition);
  let best: { leaf: CandidateCondition; copies: number } | undefined;
  for (const entry of counts.values())
    if (entry.copies >= 2 && (!best || entry.copies > best.copies)) best = entry;
  return best?.leaf;
}

/** The condition with every copy of the leaf `key` replaced by a constant, folded. */
export function substitute(
  condition: CandidateCondition,
  key: number,
  value: boolean,
  keys: ConditionKeys,
): CandidateCondition {
  const go = (c: CandidateCondition): CandidateCondition => {
    if (isLeaf(c)) return keys.id(c) === key ? (value ? always : never) : c;
    switch (c.kind) {
      case 'and':
        return allConditions(...c.all.map(go));
      case 'or':
        return anyCondition(...c.any.map(go));
      case 'not':
        return negate(go(c.condition));
      case 'atLeast': {
        const any = c.any.map(go);
        const min = c.min - any.filter((x) => x.kind === 'always').length;
        const open = any.filter((x) => x.kind !== 'always' && x.kind !== 'never');
        if (min <= 0) return always;
        if (min > open.length) return never;
        return min === 1 ? anyCondition(...open) : { kind: 'atLeast', min, any: open };
      }
      default:
        return c;
    }
  };
  return go(condition);
}
