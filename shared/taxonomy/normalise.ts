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
