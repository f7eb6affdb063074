import type { VacancyInput } from '../../../shared/domain/vacancy.js';

/**
 * What every demo vacancy promises: a salary of EUR 28k–75k, every recruitment cost paid by the
 * employer, no fee, deposit, deduction or exit penalty, terms disclosed, a grievance contact.
 * Returns the promises broken (empty when none), so thousands can be checked cheaply.
 */
export function unfairOrUnrealistic(vacancy: VacancyInput): string[] {
  const problems: string[] = [];
  const salary = vacancy.contract.annualGrossSalaryEur;
  if (salary < 28_000 || salary > 75_000) problems.push(`salary ${salary}`);
  if (vacancy.recruitmentCosts.length === 0) problems.push('no recruitment costs listed');
  if (vacancy.recruitmentCosts.some((cost) => cost.payer !== 'employer'))
    problems.push('a cost not paid by the employer');
  const fair = vacancy.fairRecruitment;
  if (!fair.workerPaysNothingDeclared) problems.push('worker-pays-nothing not declared');
  if (fair.depositOrBondRequired || fair.wageDeductionsForRecruitmentCosts || fair.exitPenalties)
    problems.push('deposit, deduction or penalty');
  if (fair.employerHoldsIdentityDocuments) problems.push('employer holds identity documents');
  if (!fair.termsDisclosedBeforeDeparture || !fair.signedTermsApplyOnArrival)
    problems.push('terms not disclosed or substituted');
  if (!fair.grievanceContact) problems.push('no grievance contact');
  if (vacancy.contract.contractLanguages.length === 0) problems.push('no contract language');
  if (vacancy.intermediary?.chargesJobseeker) problems.push('intermediary charges the jobseeker');
  return problems;
}
