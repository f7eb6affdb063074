import { describe, expect, it } from 'vitest';
import { DIPLOMA_RECOGNITION } from '../../../shared/domain/candidate.js';
import { CONTRACT_TYPES, type VacancyInputRaw } from '../../../shared/domain/vacancy.js';
import { addDays } from '../../../shared/rules/dates.js';
import { assessPair, matchEligibility } from '../../../shared/rules/match.js';
import {
  BUNDLED_REFERENCE_FILES,
  defaultReferenceData,
  ReferenceData,
} from '../../../shared/rules/reference-data.js';
import { and, satisfies } from '../../../shared/search/candidate-condition.js';
import type { CandidateDocument } from '../../../shared/search/candidate-document.js';
import { candidate, stored, vacancy, vacancyRaw } from './fixtures.js';

/**
 * matchEligibility is what the search engines filter on; assessPair is what a match shows. They
 * are built independently (conditions from vacancy facts; decisions from the pair), so this test
 * generates many random vacancies and candidates and checks that they agree, per rule and overall.
 */

/** mulberry32: a tiny seeded PRNG, so a failure reproduces. */
function prng(seed: number) {
  let a = seed >>> 0;
  const next = () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
  const pick = <T>(items: readonly T[]): T => items[Math.floor(next() * items.length)] as T;
  const chance = (p: number) => next() < p;
  const int = (min: number, max: number) => min + Math.floor(next() * (max - min + 1));
  return { pick, chance, int };
}

const DAYS = [
  '2023-06-01',
  '2024-03-01',
  '2024-06-01',
  '2025-06-15',
  '2026-02-01',
  '2027-03-04',
  '2027-03-05',
];
const ISCO = [
  '7411',
  '2221',
  '3221',
  '2330',
  '2512',
  '7115',
  '4110',
  '5321',
  '2211',
  '8332',
  '2144',
  '3256',
  '5322',
  '2250',
];
const SALARIES = [
  30_000, 37_305.6, 39_128.6, 39_129.6, 46_631, 46_632, 48_911, 48_912, 60_622, 63_585, 63_586, 80_000,
];
const NATIONALITIES = [
  'BE',
  'FR',
  'DE',
  'MA',
  'NG',
  'SN',
  'UA',
  'IN',
  'TW',
  'GH',
  'PK',
  'US',
  'TN',
  'CH',
  'NO',
];
const LANGUAGES: readonly Record<string, number>[] = [{}, { fr: 2 }, { fr: 4 }, { en: 3 }, { nl: 5, ar: 6 }];
const RESIDENCES = ['BE', 'NL', 'MA', 'NG', 'GH', 'IN', 'UA', 'PL', 'SN', 'PK'];

type Rng = ReturnType<typeof prng>;

function randomVacancy(rng: Rng, today: string) {
  const base = vacancyRaw();
  const type = rng.pick(CONTRACT_TYPES);
  const publishedOn = () =>
    rng.pick([
      undefined,
      addDays(today, -400),
      addDays(today, -63),
      addDays(today, -62),
      addDays(today, -20),
      addDays(today, 10),
    ]);
  const raw: VacancyInputRaw = {
    ...base,
    occupation: { isco: rng.pick(ISCO) },
    employer: { name: 'Employer', country: rng.pick(['BE', 'BE', 'BE', 'NL']) },
    contract: {
      ...base.contract,
      type,
      durationMonths: type === 'permanent' && rng.chance(0.7) ? undefined : rng.int(1, 24),
      employmentPercent: rng.pick([50, 79, 80, 100]),
      annualGrossSalaryEur: rng.pick(SALARIES),
      skilledCategoryMinimumEur: rng.pick([undefined, 30_000, 45_000]),
      qualificationLevel: rng.int(1, 8),
      // Judged on the start date too: none, past, soon, next year, after the protection scheme.
      startDate: rng.pick([
        undefined,
        addDays(today, -10),
        addDays(today, 30),
        addDays(today, 300),
        '2027-06-01',
      ]),
    },
    publication: {
      vdabPublishedOn: publishedOn(),
      euresPublishedOn: publishedOn(),
      otherRegionsExposedOn: publishedOn(),
    },
  };
  return stored(vacancy(raw), rng.chance(0.5));
}

function randomCandidate(rng: Rng, today: string): CandidateDocument {
  const first = rng.pick(NATIONALITIES);
  const second = rng.pick(NATIONALITIES);
  const year = Number(today.slice(0, 4));
  return candidate({
    id: `c-${rng.int(1, 1e9)}`,
    nationalities: rng.chance(0.3) && second !== first ? [first, second] : [first],
    country: rng.pick(RESIDENCES),
    educationLevel: rng.int(0, 8),
    birthYear: rng.chance(0.15) ? undefined : year - rng.int(24, 36),
    temporaryProtectionUntil: rng.chance(0.5) ? undefined : addDays(today, rng.int(-40, 400)),
    diplomaRecognition: rng.pick(DIPLOMA_RECOGNITION),
    consentMatching: rng.chance(0.9),
    languages: rng.pick(LANGUAGES),
  });
}

/** The bundled data, and variants recording a government-to-government agreement that lifts WHO-01. */
const DATA_VARIANTS: readonly ReferenceData[] = [
  defaultReferenceData,
  ...[
    ['NG', '22'],
    ['GH', '2221'],
    ['PK', '32'],
    ['SN', '5321'],
  ].map(([country, occupation]) =>
    ReferenceData.with({
      partnerAgreements: {
        ...(BUNDLED_REFERENCE_FILES.partnerAgreements as object),
        agreements: [
          {
            id: `${country}-G2G`,
            name: 'Government-to-government agreement',
            country,
            pes: 'Ministry',
            kind: 'government-to-government',
            occupations: [occupation],
            validFrom: '2024-01-01',
            liftsWho01: true,
            unverified: false,
          },
        ],
      } as never,
    }),
  ),
];

describe('matchEligibility agrees with assessPair', () => {
  const VACANCIES = 250;
  const CANDIDATES_PER_VACANCY = 12;
  const rng = prng(20_260_501);
  const blockedBy = new Map<string, { blocked: number; passed: number }>();

  it(`on ${VACANCIES * CANDIDATES_PER_VACANCY} random pairs, per rule and overall`, () => {
    const disagreements: string[] = [];
    for (let v = 0; v < VACANCIES; v++) {
      const today = rng.pick(DAYS);
      const ctx = { today, data: rng.chance(0.6) ? defaultReferenceData : rng.pick(DATA_VARIANTS) };
      const job = randomVacancy(rng, today);
      const conditions = matchEligibility(job, ctx);
      const all = and(...conditions.map((c) => c.condition));
      for (let c = 0; c < CANDIDATES_PER_VACANCY; c++) {
        const doc = randomCandidate(rng, today);
        const assessment = assessPair(job, doc, ctx);
        const report = (what: string) =>
          disagreements.push(
            `${what}: ${JSON.stringify({ today, isco: job.occupation.isco, route: assessment.route, blocking: assessment.blockingRuleIds, doc })}`,
          );
        if (satisfies(doc, all) !== !assessment.blocked) report('all conditions');
        for (const { ruleId, condition } of conditions) {
          const blocks = assessment.blockingRuleIds.includes(ruleId);
          if (satisfies(doc, condition) !== !blocks) report(ruleId);
          const tally = blockedBy.get(ruleId) ?? { blocked: 0, passed: 0 };
          tally[blocks ? 'blocked' : 'passed']++;
          blockedBy.set(ruleId, tally);
        }
        if (!assessment.blockingRuleIds.every((id) => conditions.some((c) => c.ruleId === id)))
          report('rule without condition');
      }
    }
    expect(disagreements.slice(0, 5)).toEqual([]);
  }, 60_000);

  it('exercised both outcomes of every blocking rule', () => {
    expect([...blockedBy.keys()].sort()).toEqual([
      'BE-07',
      'CM-01',
      'CM-02',
      'CONSENT',
      'FM-02',
      'FR-11',
      'WHO-01',
    ]);
    for (const [ruleId, tally] of blockedBy) {
      expect(tally.blocked, `${ruleId} never blocked`).toBeGreaterThan(10);
      expect(tally.passed, `${ruleId} never passed`).toBeGreaterThan(10);
    }
  });
});
