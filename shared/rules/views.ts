import type { CandidateDocument } from '../search/candidate-document.js';
import type { TextField, TextFindings } from './fee-language.js';
import type { MigrationRoute, VacancyRouteFacts } from './migration-routes.js';
import type {
  BottleneckLookup,
  ListLookup,
  PartnerAgreement,
  ReferenceData,
  SalaryThresholds,
} from './reference-data.js';
import type { MatchVacancy, RuleVacancy } from './rule-vacancy.js';

export type { MatchVacancy, RuleVacancy };

/**
 * What the rules see. A view is the vacancy (as in the request body) plus the evaluation date,
 * the reference values looked up for that date, and, at match time, the candidate document. A
 * rule's `reads` are paths into its view, so its digest covers exactly what it read.
 */

export interface RuleContext {
  /** ISO date (YYYY-MM-DD) the rules are evaluated on; the rules never read the clock. */
  readonly today: string;
  readonly data: ReferenceData;
}

export interface IntakeReference {
  readonly salaryThresholds: SalaryThresholds | null;
  readonly bottleneck: BottleneckLookup;
  readonly mediumSkilled: ListLookup;
}

export interface IntakeView extends RuleVacancy {
  readonly today: string;
  readonly reference: IntakeReference;
  /** What the free-text fields say about costs and conduct (derived from them; not digested separately). */
  readonly textFindings: TextFindings;
  /** Vacancy-side facts of the permit routes (derived from the vacancy and reference). */
  readonly routeFacts: VacancyRouteFacts;
}

export interface PairReference {
  readonly salaryThresholds: SalaryThresholds | null;
  readonly mediumSkilled: ListLookup;
  readonly temporaryProtectionEnd: string;
  readonly regulatedProfession: { readonly healthProfession: boolean } | null;
  readonly healthOccupation: boolean;
  /** WHO safeguards list, ISO 3166-1 alpha-3. */
  readonly whoSafeguardCountries: readonly string[];
  /** Active government-to-government agreements that lift WHO-01 for this occupation. */
  readonly whoLiftingAgreements: readonly Pick<PartnerAgreement, 'id' | 'country'>[];
  /** Active partner agreements covering this occupation (CM-02). */
  readonly partnerAgreements: readonly Pick<PartnerAgreement, 'id' | 'country'>[];
}

export interface PairView extends MatchVacancy {
  readonly today: string;
  readonly candidate: CandidateDocument;
  readonly reference: PairReference;
  readonly routeFacts: VacancyRouteFacts;
  /** The route chosen for the pair (derived from the route rules' inputs; read by FR-09, FR-11, CM-01). */
  readonly route: MigrationRoute;
}

/** Every free-text field of a vacancy, with the payer recorded on a cost line for its description. */
export function vacancyTextFields(v: RuleVacancy): TextField[] {
  const field = (path: string, value: string | undefined): TextField[] =>
    value?.trim() ? [{ field: path, text: value }] : [];
  return [
    ...field('title', v.title),
    ...field('description', v.description),
    ...field('contract.tasks', v.contract.tasks),
    ...field('contract.housing.description', v.contract.housing?.description),
    ...field('employer.name', v.employer.name),
    ...field('intermediary.name', v.intermediary?.name),
    ...field('fairRecruitment.grievanceContact', v.fairRecruitment.grievanceContact),
    ...v.recruitmentCosts.flatMap((cost, i) =>
      cost.description
        ? [{ field: `recruitmentCosts.${i}.description`, text: cost.description, linePayer: cost.payer }]
        : [],
    ),
  ];
}

/** The read paths of those fields, for the rules that scan them. */
export const TEXT_FIELD_READS = [
  'title',
  'description',
  'contract.tasks',
  'contract.housing.description',
  'employer.name',
  'intermediary.name',
  'fairRecruitment.grievanceContact',
  'recruitmentCosts[].description',
  'recruitmentCosts[].payer',
] as const;
