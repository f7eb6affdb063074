import { describe, expect, it } from 'vitest';
import { RULES } from '../../../shared/rules/catalogue.js';
import { evaluateVacancyIntake } from '../../../shared/rules/intake.js';
import type { RuleDecision } from '../../../shared/rules/rule.js';
import { ctx, vacancy, vacancyRaw } from './fixtures.js';

const TODAY = '2025-06-15';
type Patch = Parameters<typeof vacancy>[0];

function decisionOf(ruleId: string, patch?: Patch, today = TODAY): RuleDecision {
  const decision = evaluateVacancyIntake(vacancy(patch), ctx(today)).decisions.find(
    (d) => d.ruleId === ruleId,
  );
  if (!decision) throw new Error(`no decision for ${ruleId}`);
  return decision;
}

const fair = vacancyRaw().fairRecruitment;
const contract = vacancyRaw().contract;

describe('the base vacancy', () => {
  it('passes intake with no block and no warning', () => {
    const result = evaluateVacancyIntake(vacancy(), ctx(TODAY));
    expect(result.blocking).toEqual([]);
    expect(result.warnings).toEqual([]);
  });

  it('gets a decision from every intake rule, in catalogue order', () => {
    const ids = evaluateVacancyIntake(vacancy(), ctx(TODAY)).decisions.map((d) => d.ruleId);
    const intakeRules = RULES.filter((r) => r.stage !== 'match').map((r) => r.id);
    expect(ids).toEqual(intakeRules);
    expect(ids).toEqual([
      'FR-01',
      'FR-02',
      'FR-03',
      'FR-04',
      'FR-05',
      'FR-06',
      'FR-07',
      'FR-08',
      'FR-09',
      'FR-10',
      'FR-11',
      'FR-12',
      'BE-01',
      'BE-03',
      'BE-04',
      'BE-05',
      'BE-06',
      'CM-01',
    ]);
  });
});

/** [rule, case, patch, outcome, severity, failing fields (when checked)] */
const CASES: [string, string, Patch, RuleDecision['outcome'], RuleDecision['severity'], string[]?][] = [
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
  ['FR-05', 'contract languages given', undefined, 'pass', 'block'],
  [
    'FR-05',
    'no contract language (warn at intake, block at offer)',
    { contract: { ...contract, contractLanguages: [] } },
    'violation',
    'warn',
    ['contract.contractLanguages'],
  ],
  ['FR-06', 'all terms stated', undefined, 'pass', 'block'],
  [
    'FR-06',
    'tasks and housing missing',
    { contract: { ...contract, tasks: undefined, housing: undefined } },
    'violation',
    'block',
    ['contract.tasks', 'contract.housing'],
  ],
  [
    'FR-06',
    'not disclosed before departure',
    { fairRecruitment: { ...fair, termsDisclosedBeforeDeparture: false } },
    'violation',
    'block',
    ['fairRecruitment.termsDisclosedBeforeDeparture'],
  ],
  ['FR-07', 'signed terms apply on arrival', undefined, 'pass', 'block'],
  [
    'FR-07',
    'not confirmed',
    { fairRecruitment: { ...fair, signedTermsApplyOnArrival: false } },
    'violation',
    'block',
    ['fairRecruitment.signedTermsApplyOnArrival'],
  ],
  ['FR-08', 'documents stay with the worker', undefined, 'pass', 'block'],
  [
    'FR-08',
    'employer holds documents',
    { fairRecruitment: { ...fair, employerHoldsIdentityDocuments: true } },
    'violation',
    'block',
    ['fairRecruitment.employerHoldsIdentityDocuments'],
  ],
  [
    'FR-08',
    'passport kept, in the text',
    { description: 'Nous conservons votre passeport pendant le contrat.' },
    'violation',
    'warn',
    ['description'],
  ],
  ['FR-09', 'free to resign (informs about the permit)', undefined, 'pass', 'info'],
  [
    'FR-09',
    'exit penalties declared',
    { fairRecruitment: { ...fair, exitPenalties: true } },
    'violation',
    'block',
    ['fairRecruitment.exitPenalties'],
  ],
  [
    'FR-09',
    'clawback in the text',
    { description: 'Boete bij vroegtijdig ontslag.' },
    'violation',
    'warn',
    ['description'],
  ],
  ['FR-10', 'grievance contact given', undefined, 'pass', 'warn'],
  [
    'FR-10',
    'no grievance contact',
    { fairRecruitment: { ...fair, grievanceContact: undefined } },
    'violation',
    'warn',
    ['fairRecruitment.grievanceContact'],
  ],
  ['FR-11', 'a permit route exists', undefined, 'pass', 'block'],
  [
    'FR-11',
    'no third-country route (clerk, low pay)',
    {
      occupation: { isco: '4110' },
      contract: { ...contract, annualGrossSalaryEur: 30_000, qualificationLevel: 3 },
    },
    'violation',
    'warn',
  ],
  ['FR-12', 'no intermediary', undefined, 'pass', 'block'],
  [
    'FR-12',
    'recognised intermediary',
    { intermediary: { name: 'Agency', recognitionNumber: 'VG.123/BU', chargesJobseeker: false } },
    'pass',
    'block',
  ],
  [
    'FR-12',
    'unlicensed intermediary',
    { intermediary: { name: 'Agency', chargesJobseeker: false } },
    'violation',
    'block',
    ['intermediary.recognitionNumber'],
  ],
  [
    'FR-12',
    'intermediary charges the jobseeker',
    { intermediary: { name: 'Agency', recognitionNumber: 'VG.123/BU', chargesJobseeker: true } },
    'violation',
    'block',
    ['intermediary.chargesJobseeker'],
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
  [
    'BE-03',
    'salary at the normal threshold',
    { contract: { ...contract, annualGrossSalaryEur: 48_912 } },
    'pass',
    'info',
  ],
  [
    'BE-03',
    'salary at the reduced threshold (under-30s only)',
    { contract: { ...contract, annualGrossSalaryEur: 39_129.6 } },
    'pass',
    'info',
  ],
  [
    'BE-03',
    'salary one euro below the reduced threshold',
    { contract: { ...contract, annualGrossSalaryEur: 39_128.6 } },
    'violation',
    'info',
    ['contract.annualGrossSalaryEur'],
  ],
  [
    'BE-04',
    'Blue Card salary, permanent',
    { contract: { ...contract, annualGrossSalaryEur: 63_586 } },
    'pass',
    'info',
  ],
  [
    'BE-04',
    'salary one euro below',
    { contract: { ...contract, annualGrossSalaryEur: 63_585 } },
    'violation',
    'info',
    ['contract.annualGrossSalaryEur'],
  ],
  [
    'BE-04',
    'contract of 5 months',
    { contract: { ...contract, type: 'fixed-term', durationMonths: 5, annualGrossSalaryEur: 70_000 } },
    'violation',
    'info',
    ['contract.durationMonths'],
  ],
  ['BE-05', 'electrician on the 2023 list, VKS 4, skilled pay', undefined, 'pass', 'info'],
  [
    'BE-05',
    'job at VKS 5',
    { contract: { ...contract, qualificationLevel: 5 } },
    'violation',
    'info',
    ['contract.qualificationLevel'],
  ],
  [
    'BE-05',
    'employment 50%',
    { contract: { ...contract, employmentPercent: 50, hoursPerWeek: 19 } },
    'violation',
    'info',
    ['contract.employmentPercent'],
  ],
  [
    'BE-05',
    'foreign employer',
    { employer: { name: 'Acme NL', country: 'NL' } },
    'violation',
    'info',
    ['employer.country'],
  ],
  [
    'BE-05',
    'skilled-category minimum unknown',
    { contract: { ...contract, skilledCategoryMinimumEur: undefined } },
    'violation',
    'info',
    ['contract.skilledCategoryMinimumEur'],
  ],
  [
    'BE-05',
    'software developer, not on the list',
    { occupation: { isco: '2512' } },
    'violation',
    'info',
    ['occupation.isco'],
  ],
  ['BE-06', 'bottleneck occupation published since January', undefined, 'pass', 'info'],
  [
    'BE-06',
    'published 62 days ago',
    {
      publication: {
        vdabPublishedOn: '2025-04-14',
        euresPublishedOn: '2025-01-12',
        otherRegionsExposedOn: '2025-01-15',
      },
    },
    'violation',
    'info',
    ['publication.vdabPublishedOn'],
  ],
  [
    'BE-06',
    'published exactly 63 days ago',
    {
      publication: {
        vdabPublishedOn: '2025-04-13',
        euresPublishedOn: '2025-04-13',
        otherRegionsExposedOn: '2025-01-15',
      },
    },
    'pass',
    'info',
  ],
  [
    'BE-06',
    'VKS 2, not seasonal',
    { contract: { ...contract, qualificationLevel: 2 } },
    'violation',
    'info',
    ['contract.qualificationLevel'],
  ],
  [
    'BE-06',
    'VKS 2, seasonal',
    { contract: { ...contract, qualificationLevel: 2, type: 'seasonal', durationMonths: 4 } },
    'pass',
    'info',
  ],
  [
    'BE-06',
    'not a bottleneck occupation',
    { occupation: { isco: '4110' } },
    'violation',
    'info',
    ['occupation.isco'],
  ],
  ['CM-01', 'exposed everywhere', undefined, 'pass', 'warn'],
  [
    'CM-01',
    'not exposed in the other regions',
    { publication: { otherRegionsExposedOn: undefined } },
    'violation',
    'warn',
    ['publication.otherRegionsExposedOn'],
  ],
  [
    'CM-01',
    'EURES publication still in the future',
    {
      publication: {
        vdabPublishedOn: '2025-01-10',
        euresPublishedOn: '2025-07-01',
        otherRegionsExposedOn: '2025-01-15',
      },
    },
    'violation',
    'warn',
    ['publication.euresPublishedOn'],
  ],
];

describe.each([...new Set(CASES.map(([id]) => id))])('%s at intake', (ruleId) => {
  it.each(
    CASES.filter(([id]) => id === ruleId).map(([, name, patch, outcome, severity, fields]) => ({
      name,
      patch,
      outcome,
      severity,
      fields,
    })),
  )('$name → $outcome ($severity)', ({ patch, outcome, severity, fields }) => {
    const decision = decisionOf(ruleId, patch);
    expect([decision.outcome, decision.severity]).toEqual([outcome, severity]);
    if (fields) expect(decision.fields).toEqual(fields);
    expect(decision.message.en.length).toBeGreaterThan(0);
    expect(decision.message.nl.length).toBeGreaterThan(0);
    expect(decision.message.fr.length).toBeGreaterThan(0);
  });
});

describe('messages say what failed', () => {
  it('names the worker-paid cost (FR-01)', () => {
    const d = decisionOf('FR-01', {
      recruitmentCosts: [{ category: 'travel', payer: 'worker', description: 'Flight Casablanca–Brussels' }],
    });
    expect(d.message.en).toContain(
      'travel (interviews, relocation, return) “Flight Casablanca–Brussels” (paid by the worker)',
    );
    expect(d.message.nl).toContain('betaald door de werknemer');
    expect(d.message.fr).toContain('payé par le travailleur');
  });

  it('names the fee phrase and its field (BE-01)', () => {
    const d = decisionOf('BE-01', { title: 'Lasser – inschrijvingsgeld 150 euro' });
    expect(d.message.en).toContain('“lasser inschrijvingsgeld 150 euro” (title)');
  });
});

describe('decision digests', () => {
  it('are identical for identical inputs', () => {
    const a = evaluateVacancyIntake(vacancy(), ctx(TODAY));
    const b = evaluateVacancyIntake(vacancy(), ctx(TODAY));
    expect(a).toEqual(b);
    expect(a.decisions.every((d) => /^[0-9a-f]{64}$/.test(d.inputsDigest))).toBe(true);
  });

  it('change only for the rules that read the changed field', () => {
    const digests = (patch?: Patch) =>
      Object.fromEntries(
        evaluateVacancyIntake(vacancy(patch), ctx(TODAY)).decisions.map((d) => [d.ruleId, d.inputsDigest]),
      );
    const base = digests();
    const retitled = digests({ title: 'Maintenance electrician' });
    const changed = Object.keys(base).filter((id) => base[id] !== retitled[id]);
    expect(changed.sort()).toEqual(['BE-01', 'FR-01', 'FR-02', 'FR-03', 'FR-04', 'FR-08', 'FR-09']);
  });

  it('cover the date and the reference data read', () => {
    const at = (today: string) => decisionOf('BE-03', undefined, today).inputsDigest;
    expect(at('2025-06-15')).toBe(at('2025-06-15'));
    expect(at('2025-06-15')).not.toBe(at('2025-06-16'));
  });
});
