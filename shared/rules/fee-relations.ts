import { DETERMINER, isVerb, type Party, partyOf } from './fee-clause-split.js';
import * as L from './fee-lexicon.js';
import { separableAt } from './fee-links.js';
import type { CostKind, CostTerms } from './fee-terms.js';

/**
 * Who pays in a clause: each pay, demand, deduction, repayment or advance verb with its payer
 * (the subject of an active verb, the agent of a passive one, the worker for a demand or a
 * deduction) and whether a negator around it negates it.
 */

const RECIPIENT = new Set('to aan an a au aux for voor pour fur from bij chez bei with'.split(' '));
/** Whom a clawback takes the money from ("reclaimed from the worker"). */
const FROM = new Set('from van bij aupres von bei'.split(' '));
const ENGLISH_PAY = new Set(
  'pay pays paying bear bears cover covers fund funds reimburse reimburses refund refunds settle settles contribute contributes shoulder shoulders sponsor sponsors handle handles owe owes carry carries wire wires remit remits'.split(
    ' ',
  ),
);
export interface Relation {
  readonly payer: Party;
  readonly negated: boolean;
  readonly kind?: CostKind;
}

/** A negator among tokens [from, to), skipping those that negate a party ("not the candidate"). */
export function negatedIn(
  tokens: readonly string[],
  excluded: ReadonlySet<number>,
  from: number,
  to: number,
) {
  for (let i = Math.max(0, from); i < Math.min(tokens.length, to); i++)
    if (L.NEGATOR.has(tokens[i] as string) && !excluded.has(i)) return true;
  return false;
}

/** Negators next to a leaving word negate the leaving, not a repayment ("if you do not stay"). */
function leavingNegators(tokens: readonly string[]): Set<number> {
  const out = new Set<number>();
  tokens.forEach((t, i) => {
    if (!L.LEAVING.has(t)) return;
    for (let j = i - 2; j <= i + 2; j++) if (L.NEGATOR.has(tokens[j] ?? '')) out.add(j);
  });
  return out;
}

/** Token indices of "not the candidate" style exclusions, negator and party both. */
export function exclusions(tokens: readonly string[]): Set<number> {
  const out = new Set<number>();
  tokens.forEach((t, i) => {
    if (!L.NEGATOR.has(t) || t === 'no' || t === 'geen' || t.startsWith('kein')) return;
    let j = i + 1;
    while (L.AGENT.has(tokens[j] as string) || DETERMINER.has(tokens[j] as string)) j++;
    if (partyOf(tokens[j]) && !isVerb(tokens[j + 1] ?? '')) out.add(i).add(j);
  });
  return out;
}

export function relationsOf(tokens: readonly string[], terms: CostTerms): Relation[] {
  const excluded = exclusions(tokens);
  const notRepayment = new Set([...excluded, ...leavingNegators(tokens)]);
  const party = (i: number) => (excluded.has(i) ? undefined : partyOf(tokens[i]));
  /** A party after "to", "aan", "an", "à": who is paid, never who pays. */
  const recipient = (j: number) => {
    let k = j - 1;
    while (DETERMINER.has(tokens[k] as string)) k--;
    return RECIPIENT.has(tokens[k] ?? '');
  };
  const subjectBefore = (i: number) => {
    for (let j = i - 1; j >= 0; j--) if (party(j) && !recipient(j)) return j;
    return -1;
  };
  const partyAfter = (i: number, span: number) => {
    for (let j = i + 1; j <= i + span && j < tokens.length; j++) {
      if (DETERMINER.has(tokens[j] as string)) continue;
      return party(j) ? j : -1;
    }
    return -1;
  };
  /** Where the negation of the verb at i may start: after the previous verb, at most 5 words back. */
  const scopeStart = (i: number) => {
    let j = i - 1;
    while (j >= 0 && !isVerb(tokens[j] as string)) j--;
    return Math.max(j + 1, i - 5);
  };
  const out: Relation[] = [];
  tokens.forEach((t, i) => {
    const next = tokens[i + 1];
    if (L.PAID.has(t)) {
      const agent = tokens.slice(i + 1, i + 4).findIndex((x) => L.AGENT.has(x));
      if (agent >= 0) {
        const at = partyAfter(i + 1 + agent, 3);
        const payer = at >= 0 ? party(at) : undefined;
        if (payer) out.push({ payer, negated: negatedIn(tokens, excluded, scopeStart(i), at) });
        return;
      }
      // "Paid back": a repayment asked of the worker.
      if (next === 'back') {
        const negated = negatedIn(tokens, notRepayment, scopeStart(i), i);
        out.push({ payer: 'worker', negated, kind: 'repayment' });
        return;
      }
      // Dutch and German put the agent before the participle ("door de kandidaat betaald").
      const before = tokens.slice(Math.max(0, i - 4), i).findIndex((x) => L.AGENT.has(x));
      if (before >= 0) {
        const at = partyAfter(Math.max(0, i - 4) + before, 3);
        const payer = at >= 0 && at < i ? party(at) : undefined;
        if (payer) {
          out.push({ payer, negated: negatedIn(tokens, excluded, 0, i + 3) });
          return;
        }
      }
      // "To be paid", "must be paid": asked of the reader.
      if (tokens[i - 1] === 'be' && ['to', 'must', 'should'].includes(tokens[i - 2] ?? '')) {
        out.push({ payer: 'worker', negated: negatedIn(tokens, excluded, 0, i + 3) });
        return;
      }
      if (!L.PAY.has(t)) return;
    }
    // "Transfer" pays only with a party as its subject ("the candidate must transfer EUR 300");
    // alone it is a ride ("flight and transfer").
    const transfer = (t === 'transfer' || t === 'transfers') && subjectBefore(i) >= 0;
    if (L.PAY.has(t) || t === 'owe' || t === 'owes' || transfer || separableAt(tokens, i) === 'pay') {
      if (['prend', 'prenons', 'prennent', 'prendre'].includes(t) && next !== 'en') return;
      if (['neemt', 'nemen'].includes(t)) return;
      let s = subjectBefore(i);
      // Dutch and German invert subject and verb ("betalen wij", "trägt der Arbeitgeber"); in
      // English a party after the verb is who is paid ("pay us").
      if (s < 0 && !ENGLISH_PAY.has(t)) s = partyAfter(i, 2);
      const payer = s >= 0 ? (party(s) as Party) : 'worker';
      const from = s >= 0 && s < i ? s + 1 : 0;
      const kind = next === 'back' ? 'repayment' : undefined;
      out.push({ payer, negated: negatedIn(tokens, excluded, from, i + 4), kind });
      return;
    }
    const owedFr =
      (t === 'du' || t === 'dus') && ['est', 'sont', 'sera', 'seront'].includes(tokens[i - 1] ?? '');
    // "In Rechnung gestellt", "in rekening gebracht": invoiced.
    const invoiced =
      (tokens[i - 1] === 'rechnung' && /^(?:gestellt|stellt|stellen)$/.test(t)) ||
      (tokens[i - 1] === 'rekening' && /^(?:gebracht|brengt|brengen)$/.test(t));
    const demand =
      L.DEMAND.has(t) ||
      owedFr ||
      invoiced ||
      ((t === 'charge' || t === 'charges') && party(i - 1) !== undefined);
    if (demand && (terms.money || invoiced || L.CHARGED.has(t))) {
      // "Payable to the agency" names who is paid; "payable by the employer" who pays.
      if (L.PAYABLE.has(t)) {
        const agent = tokens.slice(i + 1, i + 6).findIndex((x) => L.AGENT.has(x));
        const at = agent >= 0 ? partyAfter(i + 1 + agent, 3) : -1;
        const payer = at >= 0 ? (party(at) as Party) : 'worker';
        out.push({ payer, negated: negatedIn(tokens, excluded, 0, i + 4) });
        return;
      }
      const to = tokens.findIndex(
        (x, j) => j > i && ['to', 'aan', 'a', 'au', 'aux', 'dem', 'an'].includes(x),
      );
      const target = to >= 0 ? partyAfter(to, 3) : -1;
      // "Charged by our partner" names who charges, not who pays.
      const agent = tokens.slice(i + 1, i + 3).some((x) => L.AGENT.has(x));
      if (agent && target < 0) return;
      const payer = target >= 0 && party(target) === 'employer' ? 'employer' : 'worker';
      out.push({ payer, negated: negatedIn(tokens, excluded, 0, i + 4) });
      return;
    }
    const fromPay = terms.wages || (L.DEDUCTION_NOUN.has(t) && (terms.amount || terms.fee));
    if (L.DEDUCT.has(t) && fromPay && !(terms.statutory && !terms.specific)) {
      out.push({ payer: 'worker', negated: negatedIn(tokens, excluded, 0, i + 4), kind: 'deduction' });
      return;
    }
    if (L.REPAY.has(t)) {
      const s = subjectBefore(i);
      const payer = s >= 0 && party(s) === 'employer' ? 'employer' : 'worker';
      out.push({ payer, negated: negatedIn(tokens, notRepayment, scopeStart(i), i), kind: 'repayment' });
      return;
    }
    if (L.CLAWBACK.has(t)) {
      const from = tokens.findIndex((x, j) => j > i && j <= i + 6 && FROM.has(x));
      const at = from >= 0 ? partyAfter(from, 3) : -1;
      const payer = at >= 0 ? (party(at) as Party) : 'worker';
      out.push({ payer, negated: negatedIn(tokens, notRepayment, scopeStart(i), i), kind: 'repayment' });
      return;
    }
    const advance =
      separableAt(tokens, i) === 'advance' ||
      (L.ADVANCE.has(t) &&
        (t !== 'advance' || tokens[i - 1] === 'in' || ['payment', 'fee', 'fees'].includes(next ?? '')));
    if (advance) out.push({ payer: 'worker', negated: negatedIn(tokens, excluded, 0, i), kind: 'loan' });
  });
  return out;
}
