import type { RecruitmentCost } from '../domain/vacancy.js';
import * as L from './fee-lexicon.js';

/** What a clause's cost is: a fee for a job, a related cost, or a deposit, loan, deduction or repayment. */
export type CostKind = 'fee' | 'related' | 'deposit' | 'loan' | 'deduction' | 'repayment' | 'cost';

/**
 * The cost words of a clause: a fee for a job (BE-01), a related cost and its ILO category
 * (FR-02), a deposit or loan (FR-03), money (a currency, an amount), and what makes a cost no
 * recruitment cost at all (rent, tax, the salary itself).
 */

type Category = RecruitmentCost['category'];

export interface CostTerms {
  /** The clause speaks of a cost at all (otherwise it is not judged). */
  readonly context: boolean;
  /** Money is named (fee, cost, deposit, loan or an amount): what a demand verb can ask for. */
  readonly money: boolean;
  readonly fee: boolean;
  readonly deposit: boolean;
  readonly loan: boolean;
  readonly amount: boolean;
  readonly items: readonly Category[];
  readonly wages: boolean;
  readonly statutory: boolean;
  /** Rent, lodging or meals are named: living costs the contract states (FR-06), not recruitment costs. */
  readonly living: boolean;
  /** A fee, deposit, loan or related item: more than a generic cost. */
  readonly specific: boolean;
  /** Token positions of money words and of any cost word. */
  readonly moneyAt: readonly number[];
  readonly costAt: readonly number[];
}

const RENTAL = /^(?:huur|miet|loyer)/;

function compoundCategory(token: string): Category | undefined {
  return L.COMPOUND_ITEMS.find(([re]) => re.test(token))?.[1];
}

export function costTerms(tokens: readonly string[], text: string): CostTerms {
  let fee = false;
  let deposit = false;
  let loan = false;
  let amount = false;
  let living = false;
  let income = false;
  let wages = false;
  let statutory = false;
  let deduction = false;
  const items = new Set<Category>();
  const moneyAt: number[] = [];
  const costAt: number[] = [];
  const notDeposit = L.NOT_A_DEPOSIT.test(text);
  tokens.forEach((t, i) => {
    const prev = tokens[i - 1] ?? '';
    const after = tokens[i + 1] === 'de' || tokens[i + 1] === 'd' ? (tokens[i + 2] ?? '') : '';
    const money = () => {
      moneyAt.push(i);
      costAt.push(i);
    };
    if (L.WAGES.has(t)) wages = true;
    if (L.STATUTORY.has(t)) statutory = true;
    if (L.DEDUCT.has(t)) deduction = true;
    if (L.LIVING.has(t)) living = true;
    if (L.INCOME.has(t)) income = true;
    if (L.CURRENCY.has(t)) {
      amount = true;
      money();
    }
    if (L.FEE.has(t) || t === 'commission' || t === 'commissions' || t === 'kickback') {
      const item = L.ITEMS.get(prev);
      if (item && !L.JOB_QUALIFIER.has(prev)) items.add(item);
      else fee = true;
      money();
      return;
    }
    if (L.COST.has(t) || t === 'droits' || t === 'droit') {
      if (L.JOB_QUALIFIER.has(prev) || L.JOB_QUALIFIER.has(after)) fee = true;
      const item = L.ITEMS.get(prev) ?? L.ITEMS.get(after);
      if (item) items.add(item);
      money();
      return;
    }
    if (L.JOB_FEE_COMPOUND.test(t)) {
      fee = true;
      money();
      return;
    }
    if (/(?:waarborg|borg|borgsom|kaution|pfand)$/.test(t) && t.length > 6) {
      if (RENTAL.test(t)) living = true;
      else deposit = true;
      money();
      return;
    }
    if (/(?:lening|darlehen|kredit)$/.test(t) && t.length > 7) {
      loan = true;
      money();
      return;
    }
    if (L.COST_COMPOUND.test(t)) {
      const category = compoundCategory(t);
      if (category) items.add(category);
      money();
      return;
    }
    if (L.DEPOSIT.has(t) && !notDeposit) {
      deposit = true;
      money();
      return;
    }
    if (L.LOAN.has(t)) {
      loan = true;
      money();
      return;
    }
    const item = L.ITEMS.get(t) ?? L.ITEMS.get(t.replace(/(?:s|en|es|e)$/, ''));
    if (item) {
      items.add(item);
      costAt.push(i);
    }
  });
  const specific = fee || deposit || loan || items.size > 0;
  const anyCost = specific || moneyAt.length > 0;
  // Rent or the salary alone is no recruitment cost (FR-06 states them as terms); an amount
  // taken off the salary is one (ILO C95, art. 8), unless it is tax or social security.
  const context = anyCost && (specific || !(living || income) || (deduction && !living && !statutory));
  return {
    context,
    money: moneyAt.length > 0,
    fee,
    deposit,
    loan,
    amount,
    items: [...items],
    wages,
    statutory,
    living,
    specific,
    moneyAt,
    costAt,
  };
}
