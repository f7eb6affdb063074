/** Letters NFD does not decompose but French and German text uses ("main-d'œuvre"). */
const LIGATURES: Record<string, string> = { œ: 'oe', æ: 'ae', ß: 'ss' };

/**
 * How free-text skill labels are compared: lower-case, diacritics stripped (NFD), punctuation
 * and whitespace collapsed to single spaces. So "Maçonnerie", "maconnerie" and " MAÇONNERIE. "
 * are one term. `+` and `#` survive, because "C++" and "C#" must not collapse into "c".
 */
export function normaliseTerm(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/[œæß]/g, (ligature) => LIGATURES[ligature] ?? ligature)
    .replace(/[^\p{L}\p{N}+#]+/gu, ' ')
    .trim();
}

/**
 * A term as the search engine's analyser sees it: normalised and reduced to ASCII letters,
 * digits and spaces. Returns undefined for terms that do not survive folding intact (e.g.
 * "C#", non-Latin scripts), since such a synonym would expand to the wrong tokens.
 */
export function asciiSearchTerm(text: string): string | undefined {
  const term = normaliseTerm(text);
  return /^[a-z0-9]+( [a-z0-9]+)*$/.test(term) ? term : undefined;
}
