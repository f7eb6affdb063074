import { normaliseTerm } from './normalise.js';
import type { Skill } from './taxonomy-types.js';

/**
 * Every label and synonym of every skill, in every loaded language, normalised, pointing at
 * the skill that owns it. A term two skills claim with equal rank points at neither (`null`):
 * never a guess. Rank orders claims: layer first (curated before imported), then preferred
 * label before synonym; a lower rank wins outright.
 */
export class TermIndex {
  private readonly terms = new Map<string, { id: string | null; rank: number }>();

  addSkill(skill: Skill, layer: number): void {
    for (const text of Object.values(skill.labels)) this.add(text, skill.id, layer * 2);
    for (const synonyms of Object.values(skill.synonyms)) {
      for (const text of synonyms) this.add(text, skill.id, layer * 2 + 1);
    }
  }

  /** The skill id a normalised term names, if exactly one does. */
  lookup(term: string): string | undefined {
    return this.terms.get(term)?.id ?? undefined;
  }

  /** Every term with a single owner, for building other indexes over the same vocabulary. */
  *entries(): IterableIterator<[term: string, id: string]> {
    for (const [term, { id }] of this.terms) if (id !== null) yield [term, id];
  }

  private add(text: string, skillId: string, rank: number): void {
    const term = normaliseTerm(text);
    if (term === '') return;
    const current = this.terms.get(term);
    if (current === undefined || rank < current.rank) this.terms.set(term, { id: skillId, rank });
    else if (rank === current.rank && current.id !== skillId) current.id = null;
  }
}
