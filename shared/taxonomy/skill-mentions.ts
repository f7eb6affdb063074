import { normaliseTerm } from './normalise.js';

/**
 * Skills named in free text (a vacancy's description, a CV paragraph): every place where the
 * text's words, normalised as a skill label is (normalise.ts), spell a whole label or synonym
 * of exactly one skill. Longest first and never overlapping, so "TIG welding" is one mention of
 * TIG welding, not also one of welding. Offsets point into the text as given (UTF-16 code
 * units, as JavaScript and JSON count them), so a caller can highlight what was found.
 *
 * Found by lookup, never by resemblance: a mention is an exact term, and near matches belong
 * to the suggester (skill-suggestions.ts).
 */
export interface SkillMention {
  readonly id: string;
  /** The label or synonym found, normalised. */
  readonly term: string;
  readonly start: number;
  readonly end: number;
}

/** A word of the text: its normalised form and where it stands. */
interface Word {
  readonly text: string;
  readonly start: number;
  readonly end: number;
}

/** Characters that can belong to a term (normalise.ts keeps letters, digits, `+` and `#`; marks fold away). */
const WORD = /[\p{L}\p{M}\p{N}+#]+/gu;

/**
 * Below this length a term is a letter or an abbreviation too common in running text to stand
 * for a skill on its own ("c", "r").
 */
const MIN_TERM_LENGTH = 2;

/** The vocabulary a finder reads: a term's single owner, and every such term (term-index.ts). */
export interface MentionTerms {
  lookup(term: string): string | undefined;
  entries(): Iterable<readonly [term: string, id: string]>;
}

export class SkillMentionFinder {
  /** Per first word, the most words any term starting with it has: how far to look ahead. */
  private readonly longestFrom = new Map<string, number>();

  /** Reads `terms` in place: only the look-ahead table is its own. */
  constructor(private readonly terms: MentionTerms) {
    for (const [term] of terms.entries()) {
      if (term.length < MIN_TERM_LENGTH) continue;
      const words = term.split(' ');
      const first = words[0] as string;
      if ((this.longestFrom.get(first) ?? 0) < words.length) this.longestFrom.set(first, words.length);
    }
  }

  /** Every mention in the text, in the order they appear. */
  find(text: string): SkillMention[] {
    const words = wordsOf(text);
    const mentions: SkillMention[] = [];
    let i = 0;
    while (i < words.length) {
      const found = this.longestAt(words, i);
      if (found) {
        mentions.push(found.mention);
        i += found.words;
      } else i += 1;
    }
    return mentions;
  }

  private longestAt(
    words: readonly Word[],
    at: number,
  ): { mention: SkillMention; words: number } | undefined {
    const first = words[at] as Word;
    const reach = Math.min(this.longestFrom.get(first.text) ?? 0, words.length - at);
    for (let n = reach; n >= 1; n--) {
      const term = n === 1 ? first.text : join(words, at, n);
      if (term.length < MIN_TERM_LENGTH) continue;
      const id = this.terms.lookup(term);
      if (id === undefined) continue;
      const last = words[at + n - 1] as Word;
      return { mention: { id, term, start: first.start, end: last.end }, words: n };
    }
    return undefined;
  }
}

/** The text's words, normalised one by one; a word that folds into two stays at one place. */
function wordsOf(text: string): Word[] {
  const words: Word[] = [];
  for (const match of text.matchAll(WORD)) {
    const start = match.index;
    const end = start + match[0].length;
    for (const part of normaliseTerm(match[0]).split(' ')) {
      if (part !== '') words.push({ text: part, start, end });
    }
  }
  return words;
}

function join(words: readonly Word[], at: number, n: number): string {
  let term = (words[at] as Word).text;
  for (let k = 1; k < n; k++) term += ` ${(words[at + k] as Word).text}`;
  return term;
}
