import { describeIntakeCases, type IntakeCase } from './intake-helpers.js';
import { contract } from './pair-helpers.js';

/**
 * The permit routes at intake: whether any route exists (FR-11, shared/rules/route-rules.ts), each
 * route's conditions (BE-03 … BE-06, permit-route-rules.ts) and the vacancy's exposure (CM-01,
 * concentric-exposure.ts).
 */
const CASES: IntakeCase[] = [
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

describeIntakeCases(CASES);
