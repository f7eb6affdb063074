import * as L from './fee-lexicon.js';

/**
 * Cutting a text into clauses for the fee analysis (fee-clauses.ts): folded, split at sentence
 * ends, at contrast and exception words, and at "and" when a new party speaks ("… and the
 * candidate pays …"), each clause as tokens.
 */

/** Lower case, no diacritics, ß as ss, typographic apostrophes and dashes plain, "n't" as "not". */
export function foldText(value: string): string {
  return value
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/ß/g, 'ss')
    .replace(/[\u2018\u2019\u02bc`\u00b4]/g, "'")
    .replace(/[\u2010-\u2015]/g, '-')
    .replace(/n't\b/g, ' not')
    .replace(/\bcannot\b/g, 'can not');
}

/** Phrases rewritten before reading: they hold a negator that negates nothing ("free of charge"). */
const REWRITES: readonly (readonly [RegExp, string])[] = [
  [
    /\bfree\s+of\s+(?:any\s+)?charge\b|\bat\s+no\s+(?:extra\s+|additional\s+)?(?:cost|charge|expense)\b|\bno\s+cost\s+to\b|\bwithout\s+(?:any\s+)?(?:cost|charge)\b|\bsans\s+(?:aucun\s+)?(?:frais|cout)\b|\bohne\s+(?:jegliche\s+)?kosten\b|\bzonder\s+(?:enige\s+)?kosten\b|\bkosten(?:los|frei)\b/g,
    ' gratis ',
  ],
  [L.NON_REFUNDABLE, ' nonrefundable '],
  [
    /\b(?:no|not)\s+(?:more|later)\s+than\b|\bniet\s+(?:meer|later)\s+dan\b|\bpas\s+plus\s+(?:de|tard\s+que)\b|\bnicht\s+(?:mehr|spater)\s+als\b/g,
    ' upto ',
  ],
  [/\bnot\s+only\b|\bniet\s+alleen\b|\bnon\s+seulement\b|\bnicht\s+nur\b/g, ' '],
];

/** Articles, and the words that may stand between one and a party ("the new recruit", "each candidate"). */
export const DETERMINER = new Set(
  [
    'the a an de het een le la les l un une des du der die das den dem des ein eine einen',
    'each every new successful selected future prospective elke iedere nieuwe chaque nouveau nouvelle',
    'nouveaux nouvelles jeder jede jeden jedem neue neuen neuer',
  ]
    .join(' ')
    .split(' '),
);
const TOKEN = /\d+(?:[.,\u202f\u00a0 ]\d{3})*(?:[.,]\d+)?|[a-z]+(?:-[a-z]+)*|[€$£¥₦₹₱%]|[,:()]/g;

export type Party = 'worker' | 'employer';
export const partyOf = (t: string | undefined): Party | undefined =>
  t === undefined ? undefined : L.EMPLOYER.has(t) ? 'employer' : L.WORKER.has(t) ? 'worker' : undefined;

export interface Clause {
  readonly text: string;
  readonly tokens: readonly string[];
  readonly link: 'start' | 'contrast' | 'except' | 'and';
}

function tokensOf(text: string): string[] {
  return text.replace(/'/g, ' ').match(TOKEN) ?? [];
}

/** Splits at "and"/"en"/"et"/"und" followed by a party and a verb ("… and the candidate pays …"). */
function splitOnNewParty(text: string, link: Clause['link']): Clause[] {
  const tokens = tokensOf(text);
  const clauses: Clause[] = [];
  let from = 0;
  for (let i = 1; i < tokens.length - 1; i++) {
    if (!L.COORDINATOR.has(tokens[i] as string)) continue;
    let j = i + 1;
    while (DETERMINER.has(tokens[j] as string)) j++;
    if (!partyOf(tokens[j]) || isCostWord(tokens[j + 1] ?? '')) continue;
    const verb = tokens.slice(j + 1, j + 5).some((t) => isVerb(t));
    if (!verb) continue;
    clauses.push({ text, tokens: tokens.slice(from, i), link: from === 0 ? link : 'and' });
    from = i + 1;
  }
  clauses.push({ text, tokens: tokens.slice(from), link: from === 0 ? link : 'and' });
  return clauses;
}

export const isCostWord = (t: string): boolean => L.FEE.has(t) || L.COST.has(t);

export const isVerb = (t: string): boolean =>
  L.PAY.has(t) || L.PAID.has(t) || L.DEMAND.has(t) || L.DEDUCT.has(t) || L.REPAY.has(t) || L.CLAWBACK.has(t);

const SENTENCE_END = /[!?;\n\r\u2022|]+|\.(?!\d)/;
const TURN = new RegExp(`(${L.CONTRAST.source})|(${L.EXCEPTION.source})`);

export function clausesOf(value: string): Clause[] {
  let text = foldText(value);
  for (const [re, by] of REWRITES) text = text.replace(re, by);
  const clauses: Clause[] = [];
  for (const sentence of text.split(SENTENCE_END)) {
    let rest = sentence;
    let link: Clause['link'] = 'start';
    for (;;) {
      const m = TURN.exec(rest);
      const part = (m ? rest.slice(0, m.index) : rest).replace(/^[\s,:]+|[\s,:]+$/g, '');
      if (part) clauses.push(...splitOnNewParty(part, link));
      if (!m) break;
      link = m[1] ? 'contrast' : 'except';
      rest = rest.slice(m.index + m[0].length);
    }
  }
  return clauses.filter((c) => c.tokens.length > 0);
}
