import { describeIntakeCases, fair, type IntakeCase } from './intake-helpers.js';
import { contract } from './pair-helpers.js';

/**
 * Who pays for recruitment at intake: the fees and related costs (FR-01, FR-02, shared/rules/fee-rules.ts),
 * deposits and wage deductions (FR-03, FR-04, deposit-deduction-rules.ts) and fees charged for a job
 * (BE-01, fee-for-job-rule.ts).
 */
const CASES: IntakeCase[] = [
  ['FR-01', 'all costs employer-paid', undefined, 'pass', 'block'],
  [
    'FR-01',
    'travel paid by the worker',
    { recruitmentCosts: [{ category: 'travel', payer: 'worker', description: 'Flight' }] },
    'violation',
    'block',
    ['recruitmentCosts.0.payer'],
  ],
  [
    'FR-01',
    'visa cost shared',
    {
      recruitmentCosts: [
        { category: 'travel', payer: 'employer' },
        { category: 'administrative', payer: 'shared' },
      ],
    },
    'violation',
    'block',
    ['recruitmentCosts.1.payer'],
  ],
  [
    'FR-01',
    'payer unknown',
    { recruitmentCosts: [{ category: 'medical', payer: 'unknown' }] },
    'violation',
    'warn',
    ['recruitmentCosts.0.payer'],
  ],
  [
    'FR-01',
    'no declaration',
    { fairRecruitment: { ...fair, workerPaysNothingDeclared: false } },
    'violation',
    'warn',
    ['fairRecruitment.workerPaysNothingDeclared'],
  ],
  ['FR-02', 'related costs employer-paid', undefined, 'pass', 'block'],
  [
    'FR-02',
    'medical exam shared',
    { recruitmentCosts: [{ category: 'medical', payer: 'shared' }] },
    'violation',
    'block',
    ['recruitmentCosts.0.payer'],
  ],
  [
    'FR-02',
    'insurance payer unknown',
    { recruitmentCosts: [{ category: 'insurance', payer: 'unknown' }] },
    'violation',
    'warn',
    ['recruitmentCosts.0.payer'],
  ],
  [
    'FR-02',
    'only the recruitment fee is worker-paid (FR-01 and BE-01 catch it)',
    { recruitmentCosts: [{ category: 'recruitment-fee', payer: 'worker' }] },
    'pass',
    'block',
  ],
  ['FR-03', 'no deposit', undefined, 'pass', 'block'],
  [
    'FR-03',
    'deposit declared',
    { fairRecruitment: { ...fair, depositOrBondRequired: true } },
    'violation',
    'block',
    ['fairRecruitment.depositOrBondRequired'],
  ],
  [
    'FR-03',
    'deposit asked in the text, whatever is declared',
    { description: 'A deposit of EUR 500 is required.' },
    'violation',
    'block',
    ['description'],
  ],
  ['FR-04', 'no wage deduction', undefined, 'pass', 'block'],
  [
    'FR-04',
    'wage deductions declared',
    { fairRecruitment: { ...fair, wageDeductionsForRecruitmentCosts: true } },
    'violation',
    'block',
    ['fairRecruitment.wageDeductionsForRecruitmentCosts'],
  ],
  [
    'FR-04',
    'a cost recovered from wages',
    { recruitmentCosts: [{ category: 'travel', payer: 'employer', recoveredByWageDeduction: true }] },
    'violation',
    'block',
    ['recruitmentCosts.0.recoveredByWageDeduction'],
  ],
  [
    'FR-04',
    'deduction in the text, whatever is declared',
    { contract: { ...contract, tasks: 'Welding. Visa costs are deducted from your salary.' } },
    'violation',
    'block',
    ['contract.tasks'],
  ],
  ['BE-01', 'no fee language', undefined, 'pass', 'block'],
  [
    'BE-01',
    'a fee named without a payer, no declaration',
    {
      description: 'Frais de placement : 300 €.',
      fairRecruitment: { ...fair, workerPaysNothingDeclared: false },
    },
    'violation',
    'block',
    ['description', 'fairRecruitment.workerPaysNothingDeclared'],
  ],
  [
    'BE-01',
    'a fee named without a payer, declared (the declaration settles who pays)',
    { description: 'Frais de placement : 300 €.' },
    'violation',
    'warn',
    ['description'],
  ],
  [
    'BE-01',
    'recruitment fee charged to the worker',
    { recruitmentCosts: [{ category: 'recruitment-fee', payer: 'worker' }] },
    'violation',
    'block',
    ['recruitmentCosts.0.payer'],
  ],
  [
    'BE-01',
    'a fee in a cost line of unknown payer, declared',
    { recruitmentCosts: [{ category: 'other', payer: 'unknown', description: 'Inschrijvingsgeld' }] },
    'violation',
    'warn',
    ['recruitmentCosts.0.description'],
  ],
  [
    'BE-01',
    'the worker pays a placement fee, declaration ticked',
    { description: 'Candidates pay a one-off placement fee of EUR 450.' },
    'violation',
    'block',
    ['description'],
  ],
  [
    'BE-01',
    'the employer pays the placement fee, nothing declared',
    {
      description: 'The employer pays the placement fee.',
      fairRecruitment: { ...fair, workerPaysNothingDeclared: false },
    },
    'pass',
    'block',
  ],
  [
    'BE-01',
    'fee language in an employer-paid cost line',
    {
      recruitmentCosts: [
        { category: 'recruitment-fee', payer: 'employer', description: 'Placement fee of the agency' },
      ],
    },
    'pass',
    'block',
  ],
];

describeIntakeCases(CASES);
