import type { CandidateCondition } from './candidate-condition.js';

/**
 * Structural identity of conditions: two conditions get the same id exactly when they are equal
 * as data. Ids are interned bottom-up (a node's key is its kind and its children's ids), so each
 * node costs its own size, not its subtree's as JSON.stringify would: the start windows compare
 * thousands of large, mostly equal, conditions. One instance per computation; its table is not
 * meant to outlive it.
 */
export class ConditionKeys {
  private readonly interned = new Map<string, number>();
  private readonly known = new WeakMap<CandidateCondition, number>();

  id(condition: CandidateCondition): number {
    const cached = this.known.get(condition);
    if (cached !== undefined) return cached;
    const key = this.keyOf(condition);
    let id = this.interned.get(key);
    if (id === undefined) {
      id = this.interned.size;
      this.interned.set(key, id);
    }
    this.known.set(condition, id);
    return id;
  }

  private keyOf(condition: CandidateCondition): string {
    switch (condition.kind) {
      case 'and':
        return `and(${condition.all.map((c) => this.id(c)).join(',')})`;
      case 'or':
        return `or(${condition.any.map((c) => this.id(c)).join(',')})`;
      case 'atLeast':
        return `atLeast${condition.min}(${condition.any.map((c) => this.id(c)).join(',')})`;
      case 'not':
        return `not(${this.id(condition.condition)})`;
      default:
        return JSON.stringify(condition);
    }
  }
}
