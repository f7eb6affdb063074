/**
 * Words that tie a clause of the fee analysis (fee-clauses.ts) to something outside its own
 * verb and cost word, on folded tokens: a pronoun or "this amount" standing for the cost of the
 * clause before ("We pay the flight. It is then deducted from your salary."), a copula that
 * hands a cost to a party ("the costs are for the candidate"), and the particle of a Dutch or
 * German separable verb ("maakt … over", "staat … in voor", "streckt … vor").
 */

const words = (...lists: string[]): ReadonlySet<string> => new Set(lists.join(' ').split(/\s+/));

/** Stand for a cost named before, anywhere in the clause. */
export const ANAPHOR = words(
  'it this these those amount sum dit deze bedrag som cela ceci montant somme dies diese dieser dieses',
  'betrag summe',
);
/** Stand for a cost named before only as a clause's first word (elsewhere an article or a party). */
export const LEADING_ANAPHOR = words('that het die dat ce il ils elle elles es sie');

/** "Is", "zijn", "sont", "sind": with "for" and a party, hands a named cost to that party. */
export const COPULA = words(
  'is are be remain remains zijn is blijft blijven est sont sera seront reste restent ist sind bleibt bleiben',
);
/** Words after a copula that aim the cost at a party ("for the candidate", "pour le travailleur"). */
export const AIMED_AT = words('for voor pour fur');

/** Separable verbs: a pay or advance verb when its particle follows in the clause. */
export const SEPARABLE: ReadonlyMap<string, { readonly particle: string; readonly as: 'pay' | 'advance' }> =
  new Map([
    ['maakt', { particle: 'over', as: 'pay' }],
    ['maken', { particle: 'over', as: 'pay' }],
    ['maak', { particle: 'over', as: 'pay' }],
    ['staat', { particle: 'in', as: 'pay' }],
    ['staan', { particle: 'in', as: 'pay' }],
    ['sta', { particle: 'in', as: 'pay' }],
    ['streckt', { particle: 'vor', as: 'advance' }],
    ['strecken', { particle: 'vor', as: 'advance' }],
    ['schiesst', { particle: 'vor', as: 'advance' }],
    ['schiessen', { particle: 'vor', as: 'advance' }],
  ]);

/** Is the token at `i` a separable verb whose particle follows in the clause, and as what? */
export function separableAt(tokens: readonly string[], i: number): 'pay' | 'advance' | undefined {
  const verb = SEPARABLE.get(tokens[i] as string);
  return verb && tokens.slice(i + 1).includes(verb.particle) ? verb.as : undefined;
}

/** Where a clause refers back to a cost named before, or -1. */
export function anaphorAt(tokens: readonly string[]): number {
  if (LEADING_ANAPHOR.has(tokens[0] as string)) return 0;
  return tokens.findIndex((t) => ANAPHOR.has(t));
}
