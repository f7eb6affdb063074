import type { GroupSupply } from '../../../shared/insight/insight-engine.js';
import type { RouteAvailability } from '../../../shared/insight/occupation-routes.js';
import type { GapItem } from '../../../shared/insight/qualification.js';
import type { AgreementFact, OccupationSourcingFacts } from '../../../shared/insight/sourcing-plan.js';

/**
 * The facts the sourcing-plan tests decide on: WHO-listed countries, agreements, and the supply of
 * a nursing occupation.
 */

export const WHO = new Set(['NG', 'SN', 'PK']);
export const MATCH_NG: AgreementFact = { id: 'NG-MATCH', country: 'NG', liftsWho01: false };
export const G2G_NG: AgreementFact = { id: 'NG-G2G', country: 'NG', liftsWho01: true };
export const PALIM_MA: AgreementFact = { id: 'MA-THAMM', country: 'MA', liftsWho01: false };

const GAPS: GapItem[] = [
  {
    key: 'module:Wound care',
    kind: 'technical-module',
    label: 'Wound care',
    skills: ['wound-care'],
    module: 'Wound care',
  },
  { key: 'skill:patient-care', kind: 'skill', label: 'patient care', skills: ['patient-care'] },
];
const OPEN_ROUTE: RouteAvailability = {
  route: 'highly-skilled',
  ruleId: 'BE-03',
  status: 'open',
  vacancies: 1,
  reason: '',
};
export const CLOSED_ROUTE: RouteAvailability = { ...OPEN_ROUTE, status: 'closed', vacancies: 0 };

/** Nursing (health): Flanders 3, Wallonia 1, NL 2, ring 4: IN 5 (agreement), NG 4 (WHO list), TN 2 (none). */
const nursing: GroupSupply = {
  group: '2221',
  candidates: 17,
  rings: [
    {
      ring: 1,
      candidates: 3,
      countries: [
        {
          country: 'BE',
          candidates: 3,
          gaps: { 'module:Wound care': 1, 'skill:patient-care': 0 },
          startable: { '1': 1, '3': 2, '6': 3, '12': 3 },
        },
      ],
      gaps: {},
      startable: {},
    },
    {
      ring: 2,
      candidates: 1,
      countries: [
        {
          country: 'BE',
          candidates: 1,
          gaps: { 'module:Wound care': 1, 'skill:patient-care': 1 },
          startable: { '1': 0, '3': 1, '6': 1, '12': 1 },
        },
      ],
      gaps: {},
      startable: {},
    },
    {
      ring: 3,
      candidates: 2,
      countries: [
        {
          country: 'NL',
          candidates: 2,
          gaps: { 'module:Wound care': 0, 'skill:patient-care': 0 },
          startable: { '1': 0, '3': 1, '6': 2, '12': 2 },
        },
      ],
      gaps: {},
      startable: {},
    },
    {
      ring: 4,
      candidates: 11,
      countries: [
        {
          country: 'IN',
          candidates: 5,
          gaps: { 'module:Wound care': 4, 'skill:patient-care': 2 },
          startable: { '1': 0, '3': 0, '6': 2, '12': 5 },
        },
        {
          country: 'NG',
          candidates: 4,
          gaps: { 'module:Wound care': 4, 'skill:patient-care': 4 },
          startable: { '1': 0, '3': 0, '6': 1, '12': 4 },
        },
        {
          country: 'TN',
          candidates: 2,
          gaps: { 'module:Wound care': 2, 'skill:patient-care': 2 },
          startable: { '1': 0, '3': 0, '6': 0, '12': 2 },
        },
      ],
      gaps: {},
      startable: {},
    },
  ],
};

export function facts(overrides: Partial<OccupationSourcingFacts> = {}): OccupationSourcingFacts {
  return {
    isco: '2221',
    title: { en: 'Nursing professionals', nl: 'Verpleegkundigen' },
    listUnverified: false,
    health: true,
    regulated: true,
    demand: { vacancies: 2, openings: 5 },
    routes: [OPEN_ROUTE],
    agreements: [{ id: 'IN-AURORA', country: 'IN', liftsWho01: false }, MATCH_NG],
    whoSafeguardCountries: WHO,
    supply: nursing,
    gaps: GAPS,
    startWindows: WINDOWS,
    ...overrides,
  };
}

const WINDOWS = [
  { months: 1, by: '2026-04-01' },
  { months: 3, by: '2026-06-01' },
  { months: 6, by: '2026-09-01' },
  { months: 12, by: '2027-03-01' },
];
