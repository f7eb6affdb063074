import type { DemoEmployer, VacancySpec } from './vacancy-builder.js';

/**
 * The demo world's employers and vacancies as a table (data, not code): six fictitious Flemish
 * employers and 29 vacancies, bottleneck trades and professions and a few ordinary jobs, with
 * the openings the calibration in docs/demo-data.md gives them. demo-data.ts builds them.
 */

export const DEMO_EMPLOYERS = {
  bouwgroep: {
    id: 'emp-bouwgroep-vdb',
    name: 'Bouwgroep Van den Broeck',
    grievanceContact: 'vertrouwenspersoon@bouwgroep-vdb.example',
  },
  zorgnet: {
    id: 'emp-zorgnet-schelde',
    name: 'Zorgnet Schelde',
    grievanceContact: 'ombudsdienst@zorgnet-schelde.example',
  },
  technometaal: {
    id: 'emp-technometaal-kempen',
    name: 'Technometaal Kempen',
    grievanceContact: 'vertrouwenspersoon@technometaal.example',
  },
  logistiek: {
    id: 'emp-delta-logistics',
    name: 'Delta Logistics Antwerpen',
    grievanceContact: 'hr-klachten@delta-logistics.example',
  },
  digitaal: {
    id: 'emp-codeleuven',
    name: 'CodeLeuven',
    grievanceContact: 'people@codeleuven.example',
  },
  horeca: {
    id: 'emp-brasserie-kust',
    name: 'Brasseriegroep De Kust',
    grievanceContact: 'personeelsdienst@brasserie-dekust.example',
  },
} as const satisfies Record<string, DemoEmployer>;

export type DemoVacancySpec = Omit<
  VacancySpec,
  'employer' | 'workplace' | 'startDate' | 'publishedOn' | 'languages'
> & {
  readonly ref: string;
  readonly municipality: string;
  readonly languages?: VacancySpec['languages'];
  readonly startDate?: string;
  readonly publishedOn?: string;
};

export const NL_B1 = [{ language: 'nl', level: 'B1' }] as const;
const NL_B2 = [{ language: 'nl', level: 'B2' }] as const;
const EN_B2 = [{ language: 'en', level: 'B2' }] as const;

const { bouwgroep, zorgnet, technometaal, logistiek, digitaal, horeca } = DEMO_EMPLOYERS;

export const DEMO_VACANCY_TABLE: readonly (readonly [DemoEmployer, DemoVacancySpec])[] = [
  // Construction: bottleneck trades on the medium-skilled route.
  [
    bouwgroep,
    {
      ref: 'bouw-metselaar-antwerpen',
      isco: '7112',
      municipality: 'Antwerpen',
      annualGrossSalaryEur: 38_400,
      openings: 14,
      housing: { provided: true, workerCostEurPerMonth: 0 },
    },
  ],
  [
    bouwgroep,
    {
      ref: 'bouw-metselaar-mechelen',
      isco: '7112',
      municipality: 'Mechelen',
      annualGrossSalaryEur: 37_800,
      freeTextSkills: ['voegwerk'],
      openings: 6,
    },
  ],
  [
    bouwgroep,
    {
      ref: 'bouw-timmerman-lier',
      isco: '7115',
      municipality: 'Lier',
      annualGrossSalaryEur: 39_000,
      openings: 8,
    },
  ],
  [
    bouwgroep,
    {
      ref: 'bouw-dakdekker-turnhout',
      isco: '7121',
      municipality: 'Turnhout',
      annualGrossSalaryEur: 38_000,
      openings: 6,
    },
  ],
  [
    bouwgroep,
    { ref: 'bouw-loodgieter-geel', isco: '7126', municipality: 'Geel', annualGrossSalaryEur: 40_200 },
  ],
  [
    bouwgroep,
    {
      ref: 'bouw-werfleider-antwerpen',
      isco: '3123',
      municipality: 'Antwerpen',
      annualGrossSalaryEur: 52_000,
      minExperienceYears: 5,
      languages: NL_B2,
      openings: 4,
    },
  ],
  [
    bouwgroep,
    {
      ref: 'bouw-ingenieur-antwerpen',
      isco: '2142',
      municipality: 'Antwerpen',
      annualGrossSalaryEur: 58_000,
      minExperienceYears: 3,
      languages: [
        { language: 'nl', level: 'B2' },
        { language: 'en', level: 'B2' },
      ],
      openings: 3,
    },
  ],
  // Care: regulated professions (diploma recognition) and the Aurora nursing track.
  [
    zorgnet,
    {
      ref: 'zorg-verpleegkundige-gent',
      isco: '2221',
      municipality: 'Gent',
      annualGrossSalaryEur: 46_500,
      openings: 30,
      languages: NL_B2,
      housing: { provided: true, workerCostEurPerMonth: 350 },
    },
  ],
  [
    zorgnet,
    {
      ref: 'zorg-verpleegkundige-aalst',
      isco: '2221',
      municipality: 'Aalst',
      annualGrossSalaryEur: 45_800,
      openings: 15,
      languages: NL_B2,
    },
  ],
  [
    zorgnet,
    {
      ref: 'zorg-zorgkundige-sint-niklaas',
      isco: '5321',
      municipality: 'Sint-Niklaas',
      annualGrossSalaryEur: 34_200,
      openings: 25,
      languages: NL_B1,
    },
  ],
  [
    zorgnet,
    {
      ref: 'zorg-kinesitherapeut-dendermonde',
      isco: '2264',
      municipality: 'Dendermonde',
      annualGrossSalaryEur: 44_000,
      languages: NL_B2,
      openings: 4,
    },
  ],
  [
    zorgnet,
    {
      ref: 'zorg-huisarts-lokeren',
      isco: '2211',
      municipality: 'Lokeren',
      annualGrossSalaryEur: 75_000,
      minExperienceYears: 2,
      languages: NL_B2,
      openings: 3,
    },
  ],
  [
    zorgnet,
    {
      ref: 'zorg-apotheker-gent',
      isco: '2262',
      municipality: 'Gent',
      annualGrossSalaryEur: 58_500,
      languages: NL_B2,
      openings: 2,
    },
  ],
  // Technical trades.
  [
    technometaal,
    {
      ref: 'metaal-lasser-geel',
      isco: '7212',
      municipality: 'Geel',
      annualGrossSalaryEur: 39_600,
      openings: 10,
      extraRequiredSkills: ['welding-tig'],
    },
  ],
  [
    technometaal,
    {
      ref: 'metaal-lasser-genk',
      isco: '7212',
      municipality: 'Genk',
      annualGrossSalaryEur: 38_900,
      contract: 'fixed-term',
      durationMonths: 12,
      openings: 4,
    },
  ],
  [
    technometaal,
    {
      ref: 'metaal-cnc-operator-herentals',
      isco: '7223',
      municipality: 'Herentals',
      annualGrossSalaryEur: 40_800,
      openings: 8,
    },
  ],
  [
    technometaal,
    {
      ref: 'metaal-elektricien-hasselt',
      isco: '7411',
      municipality: 'Hasselt',
      annualGrossSalaryEur: 41_000,
      openings: 10,
    },
  ],
  [
    technometaal,
    {
      ref: 'metaal-onderhoudsmecanicien-beringen',
      isco: '7233',
      municipality: 'Beringen',
      annualGrossSalaryEur: 42_500,
      openings: 5,
    },
  ],
  [
    technometaal,
    {
      ref: 'metaal-ingenieur-geel',
      isco: '2144',
      municipality: 'Geel',
      annualGrossSalaryEur: 61_000,
      languages: EN_B2,
      minExperienceYears: 3,
      openings: 3,
    },
  ],
  // Logistics.
  [
    logistiek,
    {
      ref: 'log-vrachtwagenchauffeur-antwerpen',
      isco: '8332',
      municipality: 'Antwerpen',
      annualGrossSalaryEur: 39_500,
      openings: 25,
      languages: [{ language: 'nl', level: 'A2' }],
    },
  ],
  [
    logistiek,
    {
      ref: 'log-heftruck-zaventem',
      isco: '8344',
      municipality: 'Zaventem',
      annualGrossSalaryEur: 33_800,
      openings: 3,
      contract: 'temporary-agency',
      durationMonths: 6,
      intermediary: { name: 'Flexwerk Interim (fictitious)', recognitionNumber: 'VG.0000/demo' },
    },
  ],
  [
    logistiek,
    {
      ref: 'log-magazijnmedewerker-vilvoorde',
      isco: '9333',
      municipality: 'Vilvoorde',
      annualGrossSalaryEur: 30_500,
      openings: 8,
      languages: [{ language: 'nl', level: 'A2' }],
    },
  ],
  // IT.
  [
    digitaal,
    {
      ref: 'it-softwareontwikkelaar-leuven',
      isco: '2512',
      municipality: 'Leuven',
      annualGrossSalaryEur: 56_000,
      openings: 12,
      languages: EN_B2,
      contractLanguages: ['nl', 'en'],
    },
  ],
  [
    digitaal,
    {
      ref: 'it-webontwikkelaar-leuven',
      isco: '2513',
      municipality: 'Leuven',
      annualGrossSalaryEur: 49_000,
      languages: EN_B2,
      contractLanguages: ['nl', 'en'],
      openings: 5,
    },
  ],
  [
    digitaal,
    {
      ref: 'it-systeembeheerder-tienen',
      isco: '2522',
      municipality: 'Tienen',
      annualGrossSalaryEur: 52_000,
      languages: [
        { language: 'en', level: 'B2' },
        { language: 'nl', level: 'A2' },
      ],
      openings: 4,
    },
  ],
  [
    digitaal,
    {
      ref: 'it-boekhouder-leuven',
      isco: '2411',
      municipality: 'Leuven',
      annualGrossSalaryEur: 47_000,
      languages: NL_B2,
      openings: 3,
    },
  ],
  // Hospitality and cleaning: ordinary jobs.
  [
    horeca,
    {
      ref: 'horeca-kok-oostende',
      isco: '5120',
      municipality: 'Oostende',
      annualGrossSalaryEur: 34_000,
      openings: 4,
      contract: 'seasonal',
      durationMonths: 6,
    },
  ],
  [
    horeca,
    {
      ref: 'horeca-keukenmedewerker-brugge',
      isco: '9412',
      municipality: 'Brugge',
      annualGrossSalaryEur: 29_000,
      openings: 2,
    },
  ],
  [
    horeca,
    {
      ref: 'horeca-schoonmaker-brugge',
      isco: '9112',
      municipality: 'Brugge',
      annualGrossSalaryEur: 28_600,
      employmentPercent: 80,
      hoursPerWeek: 30.4,
    },
  ],
];
