import type { LanguageLevel } from '../domain/common-schemas.js';
import type { VacancyInputRaw } from '../domain/vacancy.js';
import { OCCUPATIONS } from '../taxonomy/occupations-data.js';
import type { Occupation, Sector } from '../taxonomy/taxonomy-types.js';
import { Rng, randomDate } from './prng.js';
import { buildVacancy, type DemoEmployer } from './vacancy-builder.js';
import { FLEMISH_WORKPLACES } from './workplaces.js';

/**
 * Deterministic synthetic vacancies at Flemish workplaces, across bottleneck and other
 * occupations, each compliant with the fair-recruitment rules. Like the candidate generator,
 * record n has its own seeded stream.
 */

export interface VacancyGeneratorOptions {
  readonly seed: number;
  readonly count: number;
  readonly start?: number;
}

/** Keeps vacancy streams apart from candidate streams generated with the same seed. */
const VACANCY_STREAM_SALT = 0x7a6c1e5b;

export function* generateVacancies(
  options: VacancyGeneratorOptions,
): Generator<VacancyInputRaw, void, undefined> {
  const start = options.start ?? 0;
  for (let index = start; index < start + options.count; index++) {
    yield generateVacancy(options.seed, index);
  }
}

export function generateVacancy(seed: number, index: number): VacancyInputRaw {
  const rng = new Rng((seed ^ VACANCY_STREAM_SALT) >>> 0, index);
  const occupation = rng.pick(OCCUPATIONS);
  const employer = rng.pick(EMPLOYERS_BY_SECTOR[occupation.sector]);
  const contract = rng.weighted([
    ['permanent', 70],
    ['fixed-term', 20],
    ['temporary-agency', 7],
    ['seasonal', 3],
  ] as const);
  const partTime = rng.chance(0.12);
  const publishedOn = randomDate(rng, 2025, 2026);
  return buildVacancy({
    isco: occupation.isco,
    employer,
    workplace: rng.pick(FLEMISH_WORKPLACES),
    annualGrossSalaryEur: salary(rng, occupation),
    contract,
    durationMonths: contract === 'seasonal' ? rng.int(3, 6) : rng.int(6, 24),
    hoursPerWeek: partTime ? 30.4 : 38,
    employmentPercent: partTime ? 80 : 100,
    languages: languageRequirements(rng, occupation),
    minExperienceYears: rng.weighted([
      [0, 30],
      [1, 25],
      [2, 25],
      [5, 20],
    ] as const),
    openings: rng.weighted([
      [1, 60],
      [2, 20],
      [3, 10],
      [5, 10],
    ] as const),
    startDate: randomDate(rng, 2026, 2026),
    publishedOn,
    housing: rng.chance(0.4)
      ? { provided: true, workerCostEurPerMonth: rng.pick([0, 0, 250, 350, 450]) }
      : undefined,
    optionalSkillCount: rng.int(0, 4),
    contractLanguages: rng.pick([
      ['nl', 'en'],
      ['nl', 'en', 'fr'],
      ['nl', 'fr'],
    ]),
    ...(contract === 'temporary-agency'
      ? {
          intermediary: {
            name: 'Interim Vlaanderen (fictitious agency)',
            recognitionNumber: `VG.${rng.int(1000, 9999)}`,
          },
        }
      : {}),
  });
}

/** Gross annual salaries by ISCO major group, in EUR, rounded to 100: EUR 28k–75k overall. */
const SALARY_RANGES: Readonly<Record<string, readonly [number, number]>> = {
  2: [42_000, 75_000],
  3: [36_000, 55_000],
  4: [30_000, 42_000],
  5: [28_000, 38_000],
  7: [32_000, 48_000],
  8: [31_000, 45_000],
  9: [28_000, 34_000],
};

function salary(rng: Rng, occupation: Occupation): number {
  const [min, max] = SALARY_RANGES[occupation.isco[0] as string] ?? [30_000, 45_000];
  return Math.round(rng.int(min, max) / 100) * 100;
}

/** Dutch for nearly every job (B2 where patients or pupils are involved); English for most IT jobs. */
function languageRequirements(rng: Rng, occupation: Occupation): LanguageLevel[] {
  if (occupation.sector === 'it') {
    return rng.chance(0.5)
      ? [{ language: 'en', level: 'B2' }]
      : [
          { language: 'en', level: 'B2' },
          { language: 'nl', level: 'A2' },
        ];
  }
  if (occupation.sector === 'healthcare' || occupation.isco.startsWith('23') || occupation.isco === '5311') {
    return [{ language: 'nl', level: 'B2' }];
  }
  return [{ language: 'nl', level: rng.pick(['A2', 'B1', 'B1'] as const) }];
}

const employer = (id: string, name: string, grievanceContact: string): DemoEmployer => ({
  id,
  name,
  grievanceContact,
});

/** Fictitious employers used by generated vacancies. */
const EMPLOYERS_BY_SECTOR: Readonly<Record<Sector, readonly DemoEmployer[]>> = {
  construction: [
    employer('emp-gen-bouw-kempen', 'Bouwbedrijf Kempenland', 'vertrouwenspersoon@bouw-kempenland.example'),
    employer('emp-gen-dakwerken-west', 'Dakwerken West-Vlaanderen', 'hr@dakwerken-west.example'),
  ],
  technical: [
    employer('emp-gen-metaal-limburg', 'Metaalconstructies Limburg', 'klachten@metaal-limburg.example'),
    employer('emp-gen-installatie-gent', 'Installatietechniek Gent', 'ombuds@installatie-gent.example'),
  ],
  healthcare: [
    employer('emp-gen-wzc-heide', 'Woonzorgcentrum De Heide', 'ombudsdienst@wzc-deheide.example'),
    employer(
      'emp-gen-az-rivierenland',
      'AZ Rivierenland (fictitious)',
      'ombudsdienst@az-rivierenland.example',
    ),
  ],
  it: [employer('emp-gen-softhouse-leuven', 'Softhouse Leuven', 'people@softhouse-leuven.example')],
  logistics: [
    employer('emp-gen-transport-haven', 'Havenlogistiek Antwerpen', 'hr@havenlogistiek.example'),
    employer('emp-gen-distributie-genk', 'Distributiecentrum Genk', 'vertrouwenspersoon@dc-genk.example'),
  ],
  hospitality: [employer('emp-gen-horeca-kust', 'Horecagroep Kust', 'personeel@horeca-kust.example')],
  other: [
    employer('emp-gen-diensten-mechelen', 'Dienstengroep Mechelen', 'hr@diensten-mechelen.example'),
    employer(
      'emp-gen-scholengroep',
      'Scholengroep Rivierenland (fictitious)',
      'personeel@scholengroep.example',
    ),
  ],
};
