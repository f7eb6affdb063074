import { describeIntakeCases, fair, type IntakeCase } from './intake-helpers.js';
import { contract } from './pair-helpers.js';

/**
 * The contract's terms (FR-05 … FR-07, shared/rules/contract-terms-rules.ts), the worker's freedoms
 * (FR-08, FR-09, worker-freedom-rules.ts), grievances and intermediaries (FR-10, FR-12,
 * fair-recruitment-rules.ts) at intake.
 */
const CASES: IntakeCase[] = [
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
];

describeIntakeCases(CASES);
