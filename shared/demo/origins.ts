import type { CefrLevel } from '../domain/codes.js';
import type { BelgianRegion } from '../domain/geography.js';
import type { Sector } from '../taxonomy/taxonomy-types.js';
import type { Weighted } from './prng.js';

/**
 * Where demo candidates come from: one entry per (PES, country of residence), weighted so the
 * pool has the spread of the renewed concentric model (see shared/domain/geography.ts): about 35% in Flanders,
 * 15% in the other Belgian regions, 20% in neighbouring and other EU countries, 30% in third
 * countries. Sector mixes follow what each partnership recruits for (PALIM/THAMM: ICT and
 * technical trades; MATCH: ICT; Aurora: care; Taiwan MoU: engineers).
 */

/** A language a candidate may speak: probability, and the range of CEFR levels. */
export type LanguageChance = readonly [language: string, probability: number, min: CefrLevel, max: CefrLevel];

export interface Origin {
  readonly pes: string;
  readonly country: string;
  readonly region?: BelgianRegion;
  /** Share of the pool, in percent. */
  readonly weight: number;
  readonly nationalities: Weighted<string>;
  readonly sectors: Weighted<Sector>;
  /** ISCO codes this partner recruits for in particular; picked before the sector mix when set. */
  readonly focusIsco?: readonly string[];
  /** Languages beyond the mother tongue. */
  readonly languages: readonly LanguageChance[];
  /** Candidates in a pre-departure programme (Dutch course, civic orientation, soft skills). */
  readonly preDeparture: boolean;
  /** Telephone country code. */
  readonly dialCode: string;
}

const ALL_SECTORS: Weighted<Sector> = [
  ['construction', 20],
  ['technical', 20],
  ['healthcare', 20],
  ['it', 12],
  ['logistics', 14],
  ['hospitality', 7],
  ['other', 7],
];

/**
 * Belgian jobseekers' occupations (rings 1 and 2). Few work in bottleneck trades and care: an
 * occupation is on VDAB's bottleneck list precisely because Flemish jobseekers for it are
 * scarce, while jobseekers gather in occupations without a shortage (cleaning, warehouse work,
 * hospitality, office work). The calibration and its sources are in docs/demo-data.md.
 */
const BELGIAN_JOBSEEKER_SECTORS: Weighted<Sector> = [
  ['construction', 6],
  ['technical', 7],
  ['healthcare', 4],
  ['it', 4],
  ['logistics', 24],
  ['hospitality', 22],
  ['other', 33],
];

const EURES_LANGUAGES: readonly LanguageChance[] = [
  ['en', 0.75, 'A2', 'C1'],
  ['nl', 0.25, 'A1', 'B2'],
  ['fr', 0.3, 'A1', 'B2'],
  ['de', 0.25, 'A1', 'B2'],
];

function eures(country: string, weight: number, extra: Partial<Origin> = {}): Origin {
  return {
    pes: `EURES-${country}`,
    country,
    weight,
    nationalities: [[country, 1]],
    sectors: ALL_SECTORS,
    languages: EURES_LANGUAGES,
    preDeparture: false,
    dialCode: DIAL_CODES[country] ?? '00',
    ...extra,
  };
}

const DIAL_CODES: Readonly<Record<string, string>> = {
  NL: '31',
  FR: '33',
  DE: '49',
  LU: '352',
  PL: '48',
  RO: '40',
  ES: '34',
  PT: '351',
  IT: '39',
};

export const ORIGINS: readonly Origin[] = [
  // Ring 1: Flanders.
  {
    pes: 'VDAB',
    country: 'BE',
    region: 'BE-VLG',
    weight: 35,
    nationalities: [
      ['BE', 82],
      ['NL', 4],
      ['MA', 4],
      ['TR', 3],
      ['PL', 2],
      ['RO', 2],
      ['UA', 3],
    ],
    sectors: BELGIAN_JOBSEEKER_SECTORS,
    languages: [
      ['nl', 1, 'B1', 'C2'],
      ['en', 0.7, 'A2', 'C1'],
      ['fr', 0.55, 'A2', 'B2'],
      ['de', 0.1, 'A1', 'B1'],
    ],
    preDeparture: false,
    dialCode: '32',
  },
  // Ring 2: Brussels, Wallonia, the German-speaking community.
  {
    pes: 'ACTIRIS',
    country: 'BE',
    region: 'BE-BRU',
    weight: 7,
    nationalities: [
      ['BE', 70],
      ['MA', 10],
      ['FR', 5],
      ['RO', 5],
      ['UA', 4],
      ['CD', 6],
    ],
    sectors: BELGIAN_JOBSEEKER_SECTORS,
    languages: [
      ['fr', 1, 'B2', 'C2'],
      ['nl', 0.45, 'A1', 'B2'],
      ['en', 0.65, 'A2', 'C1'],
    ],
    preDeparture: false,
    dialCode: '32',
  },
  {
    pes: 'LEFOREM',
    country: 'BE',
    region: 'BE-WAL',
    weight: 6,
    nationalities: [
      ['BE', 88],
      ['IT', 4],
      ['FR', 4],
      ['MA', 4],
    ],
    sectors: BELGIAN_JOBSEEKER_SECTORS,
    languages: [
      ['fr', 1, 'B2', 'C2'],
      ['nl', 0.35, 'A1', 'B1'],
      ['en', 0.55, 'A2', 'B2'],
    ],
    preDeparture: false,
    dialCode: '32',
  },
  {
    pes: 'ADG',
    country: 'BE',
    region: 'BE-WAL',
    weight: 2,
    nationalities: [
      ['BE', 90],
      ['DE', 10],
    ],
    sectors: BELGIAN_JOBSEEKER_SECTORS,
    languages: [
      ['fr', 0.9, 'B1', 'C2'],
      ['nl', 0.3, 'A1', 'B2'],
      ['en', 0.55, 'A2', 'B2'],
    ],
    preDeparture: false,
    dialCode: '32',
  },
  // Ring 3: neighbouring countries, then the wider EU.
  eures('NL', 5, {
    languages: [
      ['en', 0.85, 'B1', 'C1'],
      ['fr', 0.2, 'A1', 'B1'],
      ['de', 0.35, 'A2', 'B2'],
    ],
  }),
  eures('FR', 4, {
    languages: [
      ['en', 0.6, 'A2', 'B2'],
      ['nl', 0.12, 'A1', 'B1'],
    ],
  }),
  eures('DE', 2, {
    languages: [
      ['en', 0.8, 'B1', 'C1'],
      ['nl', 0.15, 'A1', 'B1'],
      ['fr', 0.25, 'A1', 'B1'],
    ],
  }),
  eures('LU', 1, {
    languages: [
      ['fr', 0.95, 'B2', 'C2'],
      ['de', 0.95, 'B2', 'C2'],
      ['en', 0.75, 'B1', 'C1'],
    ],
  }),
  eures('PL', 2, {
    sectors: [
      ['construction', 35],
      ['logistics', 30],
      ['technical', 25],
      ['healthcare', 10],
    ],
  }),
  eures('RO', 2, {
    sectors: [
      ['construction', 30],
      ['logistics', 25],
      ['healthcare', 25],
      ['technical', 20],
    ],
  }),
  eures('ES', 1.5, {
    sectors: [
      ['healthcare', 35],
      ['it', 25],
      ['hospitality', 20],
      ['technical', 20],
    ],
  }),
  eures('PT', 1, {
    sectors: [
      ['construction', 35],
      ['healthcare', 30],
      ['hospitality', 20],
      ['logistics', 15],
    ],
  }),
  eures('IT', 1.5, {
    sectors: [
      ['healthcare', 30],
      ['it', 25],
      ['technical', 25],
      ['hospitality', 20],
    ],
  }),
  // Ring 4: partner countries outside the EU.
  {
    pes: 'ANAPEC',
    country: 'MA',
    weight: 7,
    nationalities: [['MA', 1]],
    sectors: [
      ['construction', 30],
      ['technical', 30],
      ['it', 25],
      ['logistics', 10],
      ['hospitality', 5],
    ],
    languages: [
      ['fr', 0.9, 'B1', 'C1'],
      ['en', 0.4, 'A2', 'B2'],
      ['nl', 0.3, 'A1', 'A2'],
    ],
    preDeparture: true,
    dialCode: '212',
  },
  {
    pes: 'ANETI',
    country: 'TN',
    weight: 4,
    nationalities: [['TN', 1]],
    sectors: [
      ['technical', 35],
      ['it', 30],
      ['construction', 25],
      ['healthcare', 10],
    ],
    languages: [
      ['fr', 0.95, 'B1', 'C1'],
      ['en', 0.45, 'A2', 'B2'],
      ['nl', 0.25, 'A1', 'A2'],
    ],
    preDeparture: true,
    dialCode: '216',
  },
  {
    pes: 'IOM-MATCH',
    country: 'NG',
    weight: 3,
    nationalities: [['NG', 1]],
    sectors: [
      ['it', 60],
      ['technical', 20],
      ['healthcare', 20],
    ],
    languages: [
      ['en', 1, 'B2', 'C2'],
      ['nl', 0.2, 'A1', 'A2'],
      ['fr', 0.1, 'A1', 'A2'],
    ],
    preDeparture: true,
    dialCode: '234',
  },
  {
    pes: 'IOM-MATCH',
    country: 'SN',
    weight: 2.5,
    nationalities: [['SN', 1]],
    sectors: [
      ['it', 55],
      ['technical', 25],
      ['construction', 20],
    ],
    languages: [
      ['fr', 1, 'B2', 'C2'],
      ['en', 0.45, 'A2', 'B2'],
      ['nl', 0.2, 'A1', 'A2'],
    ],
    preDeparture: true,
    dialCode: '221',
  },
  {
    pes: 'AURORA',
    country: 'IN',
    weight: 4.5,
    nationalities: [['IN', 1]],
    sectors: [
      ['healthcare', 65],
      ['it', 35],
    ],
    focusIsco: ['2221', '3221', '5321'],
    languages: [
      ['en', 1, 'B2', 'C2'],
      ['nl', 0.35, 'A1', 'B1'],
    ],
    preDeparture: true,
    dialCode: '91',
  },
  {
    pes: 'TW-WDA',
    country: 'TW',
    weight: 2,
    nationalities: [['TW', 1]],
    sectors: [
      ['technical', 70],
      ['it', 30],
    ],
    focusIsco: ['2144', '2151', '2142'],
    languages: [
      ['en', 0.9, 'B1', 'C1'],
      ['nl', 0.15, 'A1', 'A2'],
    ],
    preDeparture: true,
    dialCode: '886',
  },
  // The EU Talent Pool: individual jobseekers from countries without a bilateral programme,
  // including some on the WHO health-workforce safeguards list (NG, PK, GH).
  talentPool(
    'PH',
    2,
    '63',
    [
      ['healthcare', 60],
      ['hospitality', 20],
      ['logistics', 10],
      ['technical', 10],
    ],
    [['en', 1, 'B2', 'C2']],
  ),
  talentPool(
    'EG',
    1.5,
    '20',
    [
      ['technical', 40],
      ['construction', 30],
      ['it', 30],
    ],
    [
      ['en', 0.8, 'B1', 'C1'],
      ['fr', 0.2, 'A2', 'B2'],
    ],
  ),
  talentPool(
    'UA',
    1,
    '380',
    [
      ['construction', 30],
      ['technical', 25],
      ['logistics', 25],
      ['healthcare', 10],
      ['it', 10],
    ],
    [
      ['en', 0.6, 'A2', 'B2'],
      ['de', 0.2, 'A1', 'B1'],
    ],
  ),
  talentPool(
    'PK',
    1,
    '92',
    [
      ['it', 40],
      ['technical', 30],
      ['healthcare', 30],
    ],
    [['en', 1, 'B1', 'C1']],
  ),
  talentPool(
    'GH',
    1.5,
    '233',
    [
      ['healthcare', 50],
      ['it', 30],
      ['logistics', 20],
    ],
    [['en', 1, 'B2', 'C2']],
  ),
];

function talentPool(
  country: string,
  weight: number,
  dialCode: string,
  sectors: Weighted<Sector>,
  languages: readonly LanguageChance[],
): Origin {
  return {
    pes: 'EU-TALENT-POOL',
    country,
    weight,
    nationalities: [[country, 1]],
    sectors,
    languages: [...languages, ['nl', 0.1, 'A1', 'A2']],
    preDeparture: false,
    dialCode,
  };
}

/**
 * Mother tongues (and languages of schooling) by nationality, spoken at C1–C2. Belgians speak
 * the language of their region; that is decided from the residence, not listed here.
 */
export const MOTHER_TONGUES: Readonly<Record<string, readonly string[]>> = {
  NL: ['nl'],
  FR: ['fr'],
  DE: ['de'],
  LU: ['lb'],
  PL: ['pl'],
  RO: ['ro'],
  ES: ['es'],
  PT: ['pt'],
  IT: ['it'],
  MA: ['ar'],
  TN: ['ar'],
  EG: ['ar'],
  TR: ['tr'],
  NG: ['en', 'yo'],
  SN: ['wo', 'fr'],
  GH: ['en', 'tw'],
  IN: ['ml', 'en'],
  PK: ['ur', 'en'],
  TW: ['zh'],
  PH: ['tl', 'en'],
  UA: ['uk'],
  CD: ['fr', 'ln'],
};
