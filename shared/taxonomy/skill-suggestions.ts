/**
 * Near matches for a skill term the taxonomy does not know, scored, for a person to choose
 * from: never applied by themselves (an unmapped term stays unmapped until the caller sends an
 * id or URI). Score: the Dice coefficient of the two terms' character trigrams (with a space
 * before and after each term), 0 to 1, so word order and small spelling differences count
 * little and "tegelzetten op maat" still finds "tegelzetten". Each skill is scored on its best
 * term, every label and synonym in every loaded language.
 *
 * Candidate terms are found through an inverted index of trigrams, so a lookup reads only the
 * terms that share a trigram with the query, not the whole vocabulary.
 */
export interface SkillSuggestion {
  readonly id: string;
  /** The label or synonym that scored best, normalised. */
  readonly term: string;
  readonly score: number;
}

/** Below this a suggestion is more noise than help. */
export const MIN_SUGGESTION_SCORE = 0.5;

export class SkillSuggester {
  private readonly terms: { readonly term: string; readonly id: string; readonly grams: number }[] = [];
  private readonly postings = new Map<string, number[]>();

  constructor(entries: Iterable<readonly [term: string, id: string]>) {
    for (const [term, id] of entries) {
      const grams = trigrams(term);
      const index = this.terms.push({ term, id, grams: grams.size }) - 1;
      for (const gram of grams) {
        const list = this.postings.get(gram);
        if (list) list.push(index);
        else this.postings.set(gram, [index]);
      }
    }
  }

  /** The best-scoring skills for a normalised term, best first, at most `limit`. */
  suggest(term: string, limit = 3): SkillSuggestion[] {
    const grams = trigrams(term);
    if (grams.size === 0) return [];
    const shared = new Map<number, number>();
    for (const gram of grams) {
      for (const index of this.postings.get(gram) ?? []) shared.set(index, (shared.get(index) ?? 0) + 1);
    }
    const best = new Map<string, SkillSuggestion>();
    for (const [index, count] of shared) {
      const candidate = this.terms[index] as (typeof this.terms)[number];
      const score = (2 * count) / (grams.size + candidate.grams);
      if (score < MIN_SUGGESTION_SCORE) continue;
      const current = best.get(candidate.id);
      if (!current || score > current.score) {
        best.set(candidate.id, { id: candidate.id, term: candidate.term, score: round(score) });
      }
    }
    return [...best.values()].sort((a, b) => b.score - a.score || a.id.localeCompare(b.id)).slice(0, limit);
  }
}

function trigrams(term: string): Set<string> {
  const padded = ` ${term} `;
  const grams = new Set<string>();
  for (let i = 0; i + 3 <= padded.length; i++) grams.add(padded.slice(i, i + 3));
  return grams;
}

const round = (score: number) => Math.round(score * 100) / 100;
