import type { LanguageLevel } from '../domain/common-schemas.js';
import type { CONTRACT_TYPES, VacancyInputRaw } from '../domain/vacancy.js';
import { OCCUPATIONS } from '../taxonomy/occupations-data.js';
import { SKILLS } from '../taxonomy/skills-data.js';
import type { Occupation } from '../taxonomy/taxonomy-types.js';
import type { DemoWorkplace } from './workplaces.js';

/**
 * Turns a short description of a demo vacancy into a full, fair-recruitment-compliant
 * VacancyInputRaw: the employer pays every related cost, no fee or deposit, terms disclosed
 * before departure, a grievance contact. Shared by the hand-written demo set and the generator,
 * so both look like what a careful Flemish employer would post.
 */

export interface DemoEmployer {
  /** Organisation id, the vacancy owner, e.g. `emp-bouwgroep-vdb`. */
  readonly id: string;
  readonly name: string;
  /** Where a worker can raise a complaint (FR-10). */
  readonly grievanceContact: string;
}

export interface VacancySpec {
  readonly isco: string;
  readonly employer: DemoEmployer;
  readonly workplace: DemoWorkplace;
  readonly annualGrossSalaryEur: number;
  /** Dutch title; defaults to the occupation's Dutch label. */
  readonly title?: string;
  readonly contract?: (typeof CONTRACT_TYPES)[number];
  /** Needed for every contract but a permanent one. */
  readonly durationMonths?: number;
  readonly hoursPerWeek?: number;
  readonly employmentPercent?: number;
  readonly languages: readonly LanguageLevel[];
  readonly minExperienceYears?: number;
  readonly openings?: number;
  readonly startDate: string;
  /** Date the vacancy went up on VDAB; EURES follows a week later. */
  readonly publishedOn: string;
  readonly housing?: { readonly provided: boolean; readonly workerCostEurPerMonth?: number };
  /** How many of the occupation's optional skills to ask for. */
  readonly optionalSkillCount?: number;
  /** Extra required skills (taxonomy ids) on top of the occupation's essential ones. */
  readonly extraRequiredSkills?: readonly string[];
  /** Free-text skills in the employer's words (unmapped unless the taxonomy knows them). */
  readonly freeTextSkills?: readonly string[];
  readonly contractLanguages?: readonly string[];
  readonly intermediary?: { readonly name: string; readonly recognitionNumber: string };
}

const OCCUPATION_BY_ISCO = new Map(OCCUPATIONS.map((o) => [o.isco, o]));
const SKILL_BY_ID = new Map(SKILLS.map((s) => [s.id, s]));

export function demoOccupation(isco: string): Occupation {
  const occupation = OCCUPATION_BY_ISCO.get(isco);
  if (!occupation) throw new Error(`no built-in occupation for ISCO ${isco}`);
  return occupation;
}

export function buildVacancy(spec: VacancySpec): VacancyInputRaw {
  const occupation = demoOccupation(spec.isco);
  const contract = spec.contract ?? 'permanent';
  const salary = spec.annualGrossSalaryEur;
  const jointCommittee =
    spec.isco in JOINT_COMMITTEES
      ? JOINT_COMMITTEES[spec.isco]
      : JOINT_COMMITTEE_BY_SECTOR[occupation.sector];
  const required = [...new Set([...occupation.essentialSkills, ...(spec.extraRequiredSkills ?? [])])];
  const optional = occupation.optionalSkills.slice(0, spec.optionalSkillCount ?? 3);
  const minEducationLevel = minimumEducation(spec.isco);
  return {
    title: spec.title ?? `${capitalise(occupation.labels.nl)} (m/v/x)`,
    description:
      `${spec.employer.name} zoekt een ${occupation.labels.nl} voor ${spec.workplace.municipality}. ` +
      `We nemen alle kosten van aanwerving, reis, visum en verblijf op ons.`,
    occupation: { isco: spec.isco },
    requiredSkills: [
      ...required.map((id) => ({ id })),
      ...(spec.freeTextSkills ?? []).map((label) => ({ label })),
    ],
    optionalSkills: optional.map((id) => ({ id })),
    languages: [...spec.languages],
    minExperienceYears: spec.minExperienceYears ?? 0,
    ...(minEducationLevel === undefined ? {} : { minEducationLevel }),
    workplace: { ...spec.workplace },
    employer: { name: spec.employer.name, country: 'BE' },
    contract: {
      type: contract,
      ...(contract === 'permanent' ? {} : { durationMonths: spec.durationMonths ?? 12 }),
      hoursPerWeek: spec.hoursPerWeek ?? 38,
      employmentPercent: spec.employmentPercent ?? 100,
      annualGrossSalaryEur: salary,
      ...(jointCommittee
        ? {
            jointCommittee,
            // Illustrative: the skilled category minimum sits below what these employers pay.
            skilledCategoryMinimumEur: Math.round((salary * 0.88) / 100) * 100,
          }
        : {}),
      qualificationLevel: qualificationLevel(spec.isco),
      startDate: spec.startDate,
      tasks: `Taken: ${occupation.essentialSkills.map((id) => SKILL_BY_ID.get(id)?.labels.nl ?? id).join(', ')}.`,
      housing: housing(spec.housing),
      contractLanguages: [...(spec.contractLanguages ?? ['nl', 'en', 'fr'])],
    },
    recruitmentCosts: EMPLOYER_PAID_COSTS.map(([category, amountEur]) => ({
      category,
      amountEur,
      payer: 'employer' as const,
    })),
    fairRecruitment: {
      workerPaysNothingDeclared: true,
      depositOrBondRequired: false,
      wageDeductionsForRecruitmentCosts: false,
      employerHoldsIdentityDocuments: false,
      exitPenalties: false,
      termsDisclosedBeforeDeparture: true,
      signedTermsApplyOnArrival: true,
      grievanceContact: spec.employer.grievanceContact,
    },
    ...(spec.intermediary ? { intermediary: { ...spec.intermediary, chargesJobseeker: false } } : {}),
    publication: {
      vdabPublishedOn: spec.publishedOn,
      euresPublishedOn: addDays(spec.publishedOn, 7),
      otherRegionsExposedOn: spec.publishedOn,
    },
    openings: spec.openings ?? 1,
  };
}

/** Costs the ILO counts as recruitment-related, all carried by the employer (FR-02). */
const EMPLOYER_PAID_COSTS = [
  ['administrative', 450],
  ['medical', 150],
  ['travel', 900],
  ['training', 1200],
  ['lodging', 600],
] as const;

function housing(spec: VacancySpec['housing']) {
  if (!spec?.provided) return { provided: false };
  const cost = spec.workerCostEurPerMonth ?? 0;
  return {
    provided: true,
    workerCostEurPerMonth: cost,
    description:
      cost === 0
        ? 'Gemeubelde studio, kosteloos de eerste zes maanden.'
        : 'Gemeubelde kamer in gedeelde woning.',
  };
}

/** Joint committees (paritaire comités) by occupation, then by sector. Teachers (public sector) have none. */
const JOINT_COMMITTEES: Readonly<Record<string, string | null>> = {
  '7411': '149.01',
  '7412': '149.01',
  '7231': '112',
  '8332': '140.03',
  '8331': '140.01',
  '8344': '226',
  '9333': '226',
  '4323': '226',
  '9112': '121',
  '7511': '118',
  '7512': '118',
  '5311': '331',
  '2330': null,
  '2341': null,
  '2342': null,
};
const JOINT_COMMITTEE_BY_SECTOR: Readonly<Record<Occupation['sector'], string>> = {
  construction: '124',
  technical: '111',
  healthcare: '330',
  it: '200',
  logistics: '226',
  hospitality: '302',
  other: '200',
};

const MASTER_LEVEL = new Set(['2142', '2144', '2151', '2211', '2212', '2261', '2262']);

/** Flemish qualification structure (VKS) level of the job, from the ISCO skill level. */
function qualificationLevel(isco: string): number {
  if (MASTER_LEVEL.has(isco)) return 7;
  const byMajorGroup: Record<string, number> = { 2: 6, 3: 5, 4: 4, 5: 3, 7: 4, 8: 3, 9: 2 };
  if (isco === '5321') return 4;
  return byMajorGroup[isco[0] as string] ?? 4;
}

function minimumEducation(isco: string): number | undefined {
  if (MASTER_LEVEL.has(isco)) return 7;
  const byMajorGroup: Record<string, number> = { 2: 6, 3: 5, 5: 3, 7: 3, 8: 2 };
  return byMajorGroup[isco[0] as string];
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** Calendar arithmetic on ISO dates, in UTC so the result never depends on the local time zone. */
export function addDays(isoDate: string, days: number): string {
  const date = new Date(`${isoDate}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() + days);
  return date.toISOString().slice(0, 10);
}
