import type { RecruitmentCost } from '../domain/vacancy.js';
import { type Clause, clausesOf, DETERMINER, foldText, partyOf } from './fee-clause-split.js';
import * as L from './fee-lexicon.js';
import { AIMED_AT, anaphorAt, COPULA } from './fee-links.js';
import { EMPLOYER_EXPENSE, WORKER_EXPENSE } from './fee-payer-phrases.js';
import { exclusions, negatedIn, type Relation, relationsOf } from './fee-relations.js';
import { type CostKind, type CostTerms, costTerms } from './fee-terms.js';

export { clausesOf, foldText };

/**
 * Who pays, clause by clause (FR-01 … FR-04, BE-01). A text is folded and cut into clauses at
 * sentence ends, contrast words ("but", "maar", "mais", "aber"), exceptions ("except", "sauf")
 * and at "and"/"en"/"et"/"und" when a new party speaks. Each clause is read for its cost words
 * (fee-terms.ts) and its payer: the subject of an active pay verb, the agent of a passive one
 * ("paid by the employer"), whoever a demand verb asks ("a deposit is required": the worker), a
 * deduction from wages (the worker), "at your own expense" or "ten laste van de werkgever", each
 * relation negated or not by the negators around it. A clause without a verb after "but" or
 * "except" takes the payer of the clause before it, negated or inverted.
 */

type Category = RecruitmentCost['category'];

export interface ClauseFinding {
  /** The clause, folded. */
  readonly clause: string;
  /** `worker`: the clause says the worker pays or carries it; `unstated`: a fee named, no payer. */
  readonly payer: 'worker' | 'unstated';
  readonly kinds: readonly CostKind[];
  /** ILO categories of the costs named (`recruitment-fee` for a fee for a job). */
  readonly categories: readonly Category[];
}

type Outcome = 'worker' | 'settled' | 'unstated' | 'none';

interface Judgement {
  readonly outcome: Outcome;
  readonly terms: CostTerms;
  readonly relations: readonly Relation[];
  readonly extraKinds: readonly CostKind[];
  /** Decided by negation or by naming a cost alone: no payer of its own. */
  readonly bare: boolean;
}

/**
 * "Costs for the candidate", "frais pour le candidat": a money word aimed at the worker, next to
 * it or across a copula ("the cost of the course is for the candidate").
 */
function aimedAtWorker(tokens: readonly string[], terms: CostTerms): boolean {
  return tokens.some((t, i) => {
    if (!['for', 'voor', 'pour', 'fur', 'to', 'aan'].includes(t)) return false;
    const copula = AIMED_AT.has(t) && COPULA.has(tokens[i - 1] ?? '');
    if (!terms.moneyAt.some((m) => m < i && (copula || i - m <= 3))) return false;
    let j = i + 1;
    while (DETERMINER.has(tokens[j] as string)) j++;
    return partyOf(tokens[j]) === 'worker';
  });
}

/** A wage word with a word before it that makes it the worker's own ("your", "eerste", "vos"). */
function fromOwnWages(tokens: readonly string[]): boolean {
  return tokens.some(
    (t, i) =>
      L.WAGES.has(t) && t !== 'pay' && tokens.slice(Math.max(0, i - 3), i).some((w) => L.OWN_WAGES.has(w)),
  );
}

function partialCost(tokens: readonly string[], terms: CostTerms): boolean {
  return tokens.some((t, i) => {
    if (!L.PARTIAL.has(t) && !(t === '%' && /\d/.test(tokens[i - 1] ?? ''))) return false;
    if (L.NEGATOR.has(tokens[i - 1] ?? '')) return false;
    return terms.costAt.some((c) => Math.abs(c - i) <= 5);
  });
}

/**
 * A clause naming no cost of its own that refers back to one ("It is then deducted from your
 * salary", "Ce montant est retenu …") is read as naming the cost of the clause before, at the
 * word that refers back, when it says who pays or takes it.
 */
function withAntecedent(tokens: readonly string[], own: CostTerms, before?: CostTerms): CostTerms {
  if (own.context || own.living || own.statutory || !before?.context) return own;
  const at = anaphorAt(tokens);
  if (at < 0) return own;
  return { ...before, wages: own.wages, moneyAt: [at], costAt: [at], living: false, statutory: false };
}

function judge(clause: Clause, antecedent?: CostTerms): Judgement {
  const { tokens } = clause;
  const text = tokens.join(' ');
  const own = costTerms(tokens, text);
  const terms = withAntecedent(tokens, own, antecedent);
  const none: Judgement = { outcome: 'none', terms: own, relations: [], extraKinds: [], bare: true };
  if (!terms.context) return none;
  const relations = relationsOf(tokens, terms);
  // A clause that refers back is judged only on what it says is done with that cost.
  if (terms !== own && relations.length === 0) return none;
  const negated = negatedIn(tokens, exclusions(tokens), 0, tokens.length);
  const result = (outcome: Outcome, extraKinds: CostKind[] = [], bare = false): Judgement => ({
    outcome,
    terms,
    relations,
    extraKinds,
    bare,
  });
  if (tokens.includes('nonrefundable')) return result('worker');
  if (partialCost(tokens, terms)) return result('worker');
  const refundLater = tokens.some(
    (t, i) =>
      [
        'reimbursed',
        'refunded',
        'terugbetaald',
        'vergoed',
        'rembourse',
        'rembourses',
        'remboursee',
        'erstattet',
      ].includes(t) && tokens.slice(i + 1).some((x) => L.CONDITION.has(x)),
  );
  if (refundLater) return result('worker', ['repayment']);
  if (relations.some((r) => r.kind === 'repayment' && r.payer === 'worker' && !r.negated))
    return result('worker');
  if (relations.some((r) => (r.payer === 'worker') !== r.negated)) return result('worker');
  if (WORKER_EXPENSE.test(text)) return result(negated ? 'settled' : 'worker');
  if (relations.length > 0 || EMPLOYER_EXPENSE.test(text) || tokens.some((t) => L.FREE.has(t)))
    return result('settled');
  if (aimedAtWorker(tokens, terms)) return result(negated ? 'settled' : 'worker');
  if (negated) return result('settled', [], true);
  // A cost paid out of the worker's own wages ("your first two salaries go towards the agency
  // commission"): whatever the verb, the worker carries it (ILO C95, art. 9: no deduction from
  // wages to obtain or retain employment).
  if (fromOwnWages(tokens)) return result('worker', ['deduction']);
  // A deposit or loan with an amount is the worker's by its nature; without one it may be a word
  // with another sense ("caution", "bond").
  if ((terms.deposit || terms.loan) && terms.amount) return result('worker');
  if (terms.fee) return result('unstated', [], true);
  return result('none', [], true);
}

/** A verbless clause after "but" or "except" takes the previous clause's payer. */
function inherit(j: Judgement, clause: Clause, previous: Judgement | undefined): Outcome {
  if (!previous || !j.bare || clause.link === 'start' || clause.link === 'and') return j.outcome;
  if (!j.terms.context) return j.outcome;
  const before = previous.outcome;
  if (clause.link === 'except') {
    if (before === 'settled') return 'worker';
    if (before === 'worker') return 'settled';
    return j.outcome;
  }
  const negated = negatedIn(clause.tokens, new Set(), 0, clause.tokens.length);
  if (before === 'settled' && previous.relations.some((r) => r.payer === 'employer' && !r.negated))
    return negated ? 'worker' : 'settled';
  if (before === 'worker' && previous.relations.length > 0) return negated ? 'settled' : 'worker';
  return j.outcome;
}

function findingOf(clause: Clause, j: Judgement, outcome: 'worker' | 'unstated'): ClauseFinding {
  const kinds = new Set<CostKind>(j.extraKinds);
  for (const r of j.relations) if (r.kind && r.payer === 'worker' && !r.negated) kinds.add(r.kind);
  if (j.terms.fee) kinds.add('fee');
  if (j.terms.items.length > 0) kinds.add('related');
  if (j.terms.deposit) kinds.add('deposit');
  if (j.terms.loan) kinds.add('loan');
  if (!j.terms.specific) kinds.add('cost');
  const categories = new Set<Category>(j.terms.items);
  if (j.terms.fee) categories.add('recruitment-fee');
  return { clause: clause.tokens.join(' '), payer: outcome, kinds: [...kinds], categories: [...categories] };
}

/** The clauses of a text that make the worker pay, or name a fee for a job without a payer. */
export function analyseCosts(value: string): ClauseFinding[] {
  const findings: ClauseFinding[] = [];
  let previous: Judgement | undefined;
  for (const clause of clausesOf(value)) {
    const j = judge(clause, previous?.terms);
    const outcome = inherit(j, clause, previous);
    if (outcome === 'worker' || outcome === 'unstated') findings.push(findingOf(clause, j, outcome));
    previous = { ...j, outcome };
  }
  return findings;
}
