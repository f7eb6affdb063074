import type { Ring } from '../../shared/domain/geography.js';
import type { VacancyMatchProfile } from '../../shared/matching/score-model.js';
import { type CandidateDocument, iscoPrefixes } from '../../shared/search/candidate-document.js';

/**
 * A seeded, synthetic candidate pool and vacancy profiles for the engine tests, the parity test
 * and the benchmark. It produces search documents directly (no taxonomy, no store), shaped like
 * the real pool: skills clustered by occupation, candidates spread over the four rings with
 * ring-typical countries, employment services and languages, and many exact score ties (the
 * factors are coarse), which is what a ranking's tie-break must survive. Not domain data.
 */

/** mulberry32: a small, fast, seedable PRNG; the same seed gives the same pool on every machine. */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

type Random = () => number;
const pick = <T>(random: Random, items: readonly T[]): T => items[Math.floor(random() * items.length)] as T;
const intBetween = (random: Random, min: number, max: number): number =>
  min + Math.floor(random() * (max - min + 1));

/** `count` distinct items drawn at random (fewer when there are fewer). */
export function sample<T>(random: Random, items: readonly T[], count: number): T[] {
  const pool = [...items];
  const out: T[] = [];
  while (out.length < count && pool.length > 0)
    out.push(pool.splice(Math.floor(random() * pool.length), 1)[0] as T);
  return out;
}

interface SyntheticOccupation {
  readonly isco: string;
  readonly skills: readonly string[];
  readonly regulated: boolean;
}

/** Bottleneck-like occupations, each with a dozen skill keys; neighbours in ISCO share some. */
export const SYNTHETIC_OCCUPATIONS: readonly SyntheticOccupation[] = [
  ['7112', 'bricklaying masonry mortar-mixing blueprint-reading scaffolding site-safety levelling tiling'],
  ['7115', 'carpentry joinery woodworking blueprint-reading power-tools site-safety roofing measuring'],
  ['7126', 'plumbing pipe-fitting soldering heating-installation blueprint-reading sanitary-installation'],
  [
    '7127',
    'hvac-installation refrigeration pipe-fitting soldering electrical-diagnostics heating-installation',
  ],
  ['7131', 'painting surface-preparation plastering wallpapering colour-mixing site-safety'],
  ['7212', 'welding mig-welding tig-welding metal-cutting blueprint-reading pipe-fitting grinding'],
  ['7223', 'cnc-operation cnc-programming metal-cutting measuring quality-control machine-setup'],
  ['7233', 'machine-maintenance hydraulics pneumatics electrical-diagnostics welding troubleshooting'],
  ['7411', 'electrical-installation wiring electrical-diagnostics blueprint-reading low-voltage site-safety'],
  ['7412', 'electrical-diagnostics motor-repair wiring troubleshooting industrial-automation low-voltage'],
  ['8332', 'truck-driving cargo-securing route-planning tachograph vehicle-inspection forklift'],
  ['8343', 'crane-operation rigging load-calculation site-safety vehicle-inspection signalling'],
  ['5321', 'personal-care patient-hygiene mobility-assistance care-planning empathy medication-support'],
  ['2221', 'nursing medication-administration patient-assessment wound-care care-planning patient-hygiene'],
  ['3221', 'nursing wound-care patient-hygiene medication-support first-aid care-planning'],
  ['2264', 'physiotherapy rehabilitation patient-assessment massage exercise-therapy anatomy'],
  ['2211', 'diagnosis patient-assessment prescribing emergency-care anatomy medical-records'],
  ['2512', 'software-development java typescript sql testing agile cloud git'],
  ['2513', 'web-development typescript javascript css ux-design testing git'],
  ['2522', 'system-administration linux networking cloud scripting security'],
  ['3113', 'electrical-engineering industrial-automation plc-programming electrical-diagnostics cad'],
  ['5120', 'cooking food-safety menu-planning kitchen-hygiene stock-management pastry'],
  ['9112', 'cleaning kitchen-hygiene cleaning-chemicals floor-care waste-sorting'],
  ['4321', 'stock-management forklift order-picking inventory-software logistics-planning'],
  ['2341', 'teaching lesson-planning classroom-management child-development assessment-design'],
  ['2262', 'pharmacy medication-administration prescribing pharmacology patient-counselling'],
].map(([isco, skills]) => ({
  isco: isco as string,
  skills: (skills as string).split(' '),
  regulated: ['2211', '2221', '2262', '2264', '2341', '3221', '5321'].includes(isco as string),
}));

const GENERIC_SKILLS = [
  'teamwork',
  'time-management',
  'communication',
  'customer-service',
  'problem-solving',
  'english',
];

interface RingProfile {
  readonly places: readonly { country: string; region?: string; pes: string }[];
  readonly languages: readonly [language: string, minLevel: number, maxLevel: number, share: number][];
}

const RING_PROFILES: Record<Ring, RingProfile> = {
  1: {
    places: [{ country: 'BE', region: 'BE-VLG', pes: 'VDAB' }],
    languages: [
      ['nl', 5, 6, 1],
      ['en', 2, 5, 0.7],
      ['fr', 1, 4, 0.5],
    ],
  },
  2: {
    places: [
      { country: 'BE', region: 'BE-BRU', pes: 'ACTIRIS' },
      { country: 'BE', region: 'BE-WAL', pes: 'FOREM' },
      { country: 'BE', region: 'BE-WAL', pes: 'ADG' },
    ],
    languages: [
      ['fr', 5, 6, 0.9],
      ['nl', 1, 5, 0.5],
      ['de', 2, 6, 0.2],
      ['en', 2, 5, 0.6],
    ],
  },
  3: {
    places: [
      { country: 'NL', pes: 'UWV' },
      { country: 'FR', pes: 'EURES-FR' },
      { country: 'DE', pes: 'EURES-DE' },
      { country: 'LU', pes: 'EURES-LU' },
      { country: 'PL', pes: 'EURES-PL' },
      { country: 'RO', pes: 'EURES-RO' },
      { country: 'ES', pes: 'EURES-ES' },
      { country: 'PT', pes: 'EURES-PT' },
    ],
    languages: [
      ['en', 2, 6, 0.8],
      ['nl', 1, 6, 0.35],
      ['fr', 1, 6, 0.4],
      ['de', 1, 6, 0.4],
    ],
  },
  4: {
    places: [
      { country: 'MA', pes: 'ANAPEC' },
      { country: 'TN', pes: 'ANETI' },
      { country: 'NG', pes: 'IOM-MATCH' },
      { country: 'SN', pes: 'IOM-MATCH' },
      { country: 'IN', pes: 'AURORA' },
      { country: 'TW', pes: 'TW-WDA' },
      { country: 'UA', pes: 'EURES-UA' },
      { country: 'PH', pes: 'DMW-PH' },
    ],
    languages: [
      ['en', 2, 6, 0.75],
      ['fr', 2, 6, 0.45],
      ['ar', 3, 6, 0.3],
      ['nl', 1, 4, 0.4],
    ],
  },
};

const DIPLOMA_STATES = [
  'not-needed',
  'not-started',
  'pending',
  'specific-equivalence',
  'level-equivalence',
  'refused',
];

/** Experience years: mostly whole years, some halves, and some values with no exact binary form. */
const EXPERIENCE_YEARS = [0, 0.5, 1, 1.3, 2, 2.5, 3, 3.7, 4, 5, 6, 7.1, 8, 10, 12, 15, 20, 25];

export interface SyntheticPoolOptions {
  readonly seed: number;
  readonly count: number;
  /** Ring shares, in ring order; default 40 / 15 / 20 / 25 %. */
  readonly ringShares?: readonly [number, number, number, number];
}

export function syntheticCandidate(random: Random, index: number, ring: Ring): CandidateDocument {
  const place = pick(random, RING_PROFILES[ring].places);
  const main = pick(random, SYNTHETIC_OCCUPATIONS);
  // A second occupation, often a neighbour in ISCO (same minor or sub-major group).
  const occupations = [main];
  if (random() < 0.35) {
    const near = SYNTHETIC_OCCUPATIONS.filter(
      (o) => o !== main && o.isco.slice(0, 2) === main.isco.slice(0, 2),
    );
    occupations.push(
      near.length > 0 && random() < 0.7 ? pick(random, near) : pick(random, SYNTHETIC_OCCUPATIONS),
    );
  }
  const iscos = [...new Set(occupations.map((o) => o.isco))];
  const skills = new Set<string>();
  for (const occupation of occupations) {
    for (const skill of sample(random, occupation.skills, intBetween(random, 1, occupation.skills.length)))
      skills.add(skill);
  }
  for (const skill of sample(random, GENERIC_SKILLS, intBetween(random, 0, 3))) skills.add(skill);
  const languages: Record<string, number> = {};
  for (const [language, min, max, share] of RING_PROFILES[ring].languages) {
    if (random() < share) languages[language] = intBetween(random, min, max);
  }
  const nationality =
    ring <= 2 ? (random() < 0.85 ? 'BE' : pick(random, ['MA', 'TR', 'NL', 'FR', 'UA'])) : place.country;
  const id = `cand-${index.toString(36).padStart(6, '0')}-${Math.floor(random() * 1e6).toString(36)}`;
  return {
    id,
    pes: place.pes,
    version: 1,
    ring,
    country: place.country,
    region: place.region,
    nationalities: random() < 0.1 && nationality !== 'BE' ? [nationality, 'BE'] : [nationality],
    occupations: iscos,
    iscoGroups: iscoPrefixes(iscos),
    skills: [...skills].sort(),
    skillText: [...skills],
    languages,
    educationLevel: intBetween(random, 2, 7),
    diplomaRecognition: ring <= 3 && random() < 0.7 ? 'not-needed' : pick(random, DIPLOMA_STATES),
    workExperienceYears: pick(random, EXPERIENCE_YEARS),
    readinessDutch: ring >= 3 && random() < 0.5 ? intBetween(random, 1, 4) : 0,
    readinessCivic: intBetween(random, 0, 2),
    readinessSoftSkills: intBetween(random, 0, 2),
    technicalModules: [],
    consentMatching: random() < 0.93,
    temporaryProtectionUntil:
      place.country === 'UA' ? pick(random, ['2025-03-04', '2026-03-04', '2027-03-04']) : undefined,
    birthYear: intBetween(random, 1965, 2006),
    availableFrom:
      random() < 0.5 ? pick(random, ['2026-01-01', '2026-04-01', '2026-06-15', '2026-12-01']) : undefined,
    noticePeriodWeeks: random() < 0.3 ? intBetween(random, 0, 13) : undefined,
    updatedAt: '2026-01-15T10:00:00.000Z',
  };
}

/** `count` candidate documents, deterministic for a seed. */
export function syntheticCandidates(options: SyntheticPoolOptions): CandidateDocument[] {
  const random = seededRandom(options.seed);
  const shares = options.ringShares ?? [0.4, 0.15, 0.2, 0.25];
  const docs: CandidateDocument[] = [];
  for (let i = 0; i < options.count; i++) {
    const r = random();
    let ring: Ring = 4;
    let cumulative = 0;
    for (const [index, share] of shares.entries()) {
      cumulative += share;
      if (r < cumulative) {
        ring = (index + 1) as Ring;
        break;
      }
    }
    docs.push(syntheticCandidate(random, i, ring));
  }
  return docs;
}

/** `count` vacancy profiles over the synthetic occupations, deterministic for a seed. */
export function syntheticVacancyProfiles(options: { seed: number; count: number }): VacancyMatchProfile[] {
  const random = seededRandom(options.seed);
  const profiles: VacancyMatchProfile[] = [];
  for (let i = 0; i < options.count; i++) {
    const occupation = pick(random, SYNTHETIC_OCCUPATIONS);
    const required = sample(
      random,
      occupation.skills,
      intBetween(random, 2, Math.min(6, occupation.skills.length)),
    );
    // Now and then a required skill from elsewhere (or one nobody has), as real vacancies do.
    if (random() < 0.3) required.push(pick(random, [...GENERIC_SKILLS, 'label:heftruckattest', 'forklift']));
    const requiredSet = new Set(required);
    const optional = sample(
      random,
      [...occupation.skills, ...GENERIC_SKILLS].filter((s) => !requiredSet.has(s)),
      intBetween(random, 0, 4),
    );
    const languages = [
      ...(random() < 0.85 ? [{ language: 'nl', level: intBetween(random, 1, 4) }] : []),
      ...(random() < 0.4 ? [{ language: 'en', level: intBetween(random, 2, 5) }] : []),
      ...(random() < 0.2 ? [{ language: 'fr', level: intBetween(random, 2, 4) }] : []),
    ].sort((a, b) => (a.language < b.language ? -1 : 1));
    profiles.push({
      requiredSkills: [...requiredSet].sort(),
      optionalSkills: optional.sort(),
      occupation: occupation.isco,
      languages,
      minExperienceYears: pick(random, [0, 0, 1, 2, 3, 5, 2.5]),
      regulated: occupation.regulated,
    });
  }
  return profiles;
}
