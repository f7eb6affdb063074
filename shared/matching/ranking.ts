/** How engines order scored candidates, the same in every engine. */

/** The score engines rank on: the float32 nearest the score, as OpenSearch keeps `_score`. */
export function rankingScore(score: number): number {
  return Math.fround(score);
}

/** Code-unit order, the order OpenSearch sorts ASCII keyword ids in (not locale order). */
export function compareStrings(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** Ranking order everywhere: ranking score descending, then id ascending. */
export function compareRanked(a: { score: number; id: string }, b: { score: number; id: string }): number {
  return b.score - a.score || compareStrings(a.id, b.id);
}
