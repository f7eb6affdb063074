import {
  AGGRAVATING,
  CONTRAST,
  EMPLOYER_PAYS,
  type FeeFindingKind,
  LIST_WORD,
  NEGATORS,
  PHRASE_PATTERNS,
  WORKER_PAYS,
} from './fee-patterns.js';

/**
 * Free-text fee detection (BE-01: "free-text fee language must not slip through"). Texts are
 * folded, cut into clauses at sentence ends and contrast words ("but", "maar", "mais"), and every
 * phrase pattern match is then weighed in its clause:
 * 1. partial payment, "non-refundable" or refused reimbursement → found, whatever else is said;
 * 2. a negator just before it (across a list: "no placement, registration or agency fees") or
 *    just after it ("placement fee: none") → not found;
 * 3. the employer or nobody pays, and nothing says the worker does → not found;
 * 4. a weak (related-cost) phrase counts only when the worker is said to pay;
 * 5. otherwise → found.
 */

export type { FeeFindingKind } from './fee-patterns.js';

export interface FeeFinding {
  readonly kind: FeeFindingKind;
  /** The matched phrase, folded (lower case, no diacritics). */
  readonly phrase: string;
}

export interface ScanOptions {
  /** The text describes a cost whose recorded payer is the employer (a cost line's description). */
  readonly employerPaid?: boolean;
}

/** Lower case, diacritics removed, typographic apostrophes and dashes made plain. */
export function foldText(value: string): string {
  return value
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/[\u2018\u2019\u02bc`\u00b4]/g, "'")
    .replace(/[\u2010-\u2015]/g, '-');
}

const SENTENCE_END = /[!?;\n\r\u2022|]+|\.(?!\d)/;
const TOKEN = /[a-z0-9\u20ac$%]+(?:['-][a-z0-9]+)*'?|,/g;
const WORD = /[a-z0-9\u20ac$%]+(?:['-][a-z0-9]+)*'?/g;
const AMOUNT = /\d|\u20ac|\beuros?\b|\beur\b/;
const PRE_WINDOW = 6;
const POST_WINDOW = 4;

const isNegator = (token: string): boolean => NEGATORS.has(token) || token.startsWith("n'");

function clausesOf(value: string): string[] {
  return foldText(value)
    .split(SENTENCE_END)
    .flatMap((sentence) => sentence.split(CONTRAST))
    .map((clause) => clause.replace(/\s+/g, ' ').trim())
    .filter((clause) => clause.length > 0);
}

/** A negator among the few words before the phrase; past a comma only across a list of fee words. */
function negatedBefore(before: string): boolean {
  const tokens = before.match(TOKEN) ?? [];
  let words = 0;
  let crossedComma = false;
  let onlyListWords = true;
  for (let i = tokens.length - 1; i >= 0 && words < PRE_WINDOW; i--) {
    const token = tokens[i] as string;
    if (token === ',') {
      crossedComma = true;
      continue;
    }
    words++;
    if (isNegator(token)) return !crossedComma || onlyListWords;
    if (!LIST_WORD.test(token)) onlyListWords = false;
  }
  return false;
}

/** A negator among the few words after the phrase, before the next comma ("inschrijvingsgeld: geen"). */
function negatedAfter(after: string): boolean {
  const part = after.split(',')[0] ?? '';
  return (part.match(WORD) ?? []).slice(0, POST_WINDOW).some(isNegator);
}

/** The comma-delimited part of the clause holding [start, end). */
function commaPart(clause: string, start: number, end: number): string {
  const from = clause.lastIndexOf(',', start - 1) + 1;
  const to = clause.indexOf(',', end);
  return clause.slice(from, to === -1 ? clause.length : to);
}

interface RawMatch {
  readonly kind: FeeFindingKind;
  readonly weak: boolean;
  readonly start: number;
  readonly end: number;
}

function matchesIn(clause: string): RawMatch[] {
  const kept: RawMatch[] = [];
  for (const pattern of PHRASE_PATTERNS) {
    for (const m of clause.matchAll(pattern.re)) {
      const start = m.index;
      const end = start + m[0].length;
      if (kept.some((k) => start < k.end && k.start < end)) continue;
      kept.push({ kind: pattern.kind, weak: pattern.weak === true, start, end });
    }
  }
  return kept.sort((a, b) => a.start - b.start);
}

function found(clause: string, match: RawMatch, options: ScanOptions): boolean {
  if (AGGRAVATING.test(clause)) return true;
  if (negatedBefore(clause.slice(0, match.start)) || negatedAfter(clause.slice(match.end))) return false;
  const workerPays = WORKER_PAYS.test(clause);
  // An amount next to the phrase ("registration fee EUR 250") must be covered in its own part.
  const part = commaPart(clause, match.start, match.end);
  const employerScope = AMOUNT.test(part) ? part : clause;
  const employerPays = options.employerPaid === true || EMPLOYER_PAYS.test(employerScope);
  if (employerPays && !workerPays) return false;
  return !match.weak || workerPays;
}

/** Worker-paid fee and cost language in one text, in order, without duplicates. */
export function scanFeeLanguage(value: string, options: ScanOptions = {}): FeeFinding[] {
  const findings: FeeFinding[] = [];
  const seen = new Set<string>();
  for (const clause of clausesOf(value)) {
    for (const match of matchesIn(clause)) {
      if (!found(clause, match, options)) continue;
      const phrase = clause.slice(match.start, match.end);
      const key = `${match.kind}:${phrase}`;
      if (seen.has(key)) continue;
      seen.add(key);
      findings.push({ kind: match.kind, phrase });
    }
  }
  return findings;
}

export interface TextField {
  /** Path of the field in the vacancy body, e.g. `recruitmentCosts.2.description`. */
  readonly field: string;
  readonly text: string;
  readonly employerPaid?: boolean;
}

export interface FieldFinding extends FeeFinding {
  readonly field: string;
}

export function scanFields(fields: readonly TextField[]): FieldFinding[] {
  return fields.flatMap(({ field, text, employerPaid }) =>
    scanFeeLanguage(text, { employerPaid }).map((finding) => ({ ...finding, field })),
  );
}
