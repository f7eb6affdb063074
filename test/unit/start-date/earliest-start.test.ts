import { describe, expect, it } from 'vitest';
import {
  againstVacancyStart,
  earliestStart,
  type StartDateInput,
} from '../../../shared/start-date/earliest-start.js';
import { defaultStartDateData, StartDateData } from '../../../shared/start-date/start-date-data.js';

/**
 * Hand-computed breakdowns on 2 March 2026 with the bundled 2026 figures
 * (shared/start-date/data): permits free movement 0, temporary protection 0, Blue Card 90,
 * single permit 120 days; NARIC not started 120, pending 60; visa 15; relocation ring 3 14,
 * ring 4 21 days. Training at 12 h a week, days = ceil(hours × 7 / 12); Dutch steps A1 90,
 * A2 100, B1 180, B2 200 h; civic orientation 60 / 30 / 0, soft skills 20 / 10 / 0 h by status;
 * 40 h per technical module. earliest = max(availability, today + max(permit, training) + relocation).
 */

const TODAY = '2026-03-02';
const figures = defaultStartDateData.figuresOn(TODAY);

const base: StartDateInput = {
  today: TODAY,
  route: 'eu-free-movement',
  ring: 1,
  recognition: { required: false, status: 'not-needed' },
  dutch: { current: 3, required: 3 },
  civicOrientation: 2,
  softSkills: 2,
  technicalModules: 0,
};

type Part = [part: string, days: number, hours?: number];

interface Case {
  readonly name: string;
  readonly input: Partial<StartDateInput>;
  readonly permitDays: number;
  readonly trainingHours: number;
  readonly trainingDays: number;
  readonly relocationDays: number;
  readonly earliest: string;
  readonly parts: readonly Part[];
}

const CASES: readonly Case[] = [
  {
    // 60 civic + 40 module = 100 h = ceil(700 / 12) = 59 days; + 14 relocation = 73 days.
    name: 'EU free movement, ring 3, unregulated (no permit)',
    input: { ring: 3, civicOrientation: 0, technicalModules: 1 },
    permitDays: 0,
    trainingHours: 100,
    trainingDays: 59,
    relocationDays: 14,
    earliest: '2026-05-14',
    parts: [
      ['permit', 0],
      ['civic-orientation', 35, 60],
      ['technical-modules', 24, 40],
      ['relocation', 14],
    ],
  },
  {
    // Dutch A2 → B1 180 h = 105 days (ring 1: no civic or soft skills); notice 28 days is shorter.
    name: 'temporary protection, ring 1, unregulated, with a notice period',
    input: { route: 'temporary-protection', dutch: { current: 2, required: 3 }, noticePeriodWeeks: 4 },
    permitDays: 0,
    trainingHours: 180,
    trainingDays: 105,
    relocationDays: 0,
    earliest: '2026-06-15',
    parts: [
      ['notice-period', 28],
      ['permit', 0],
      ['dutch', 105, 180],
    ],
  },
  {
    // Permit 90 + visa 15 = 105 days beats training 30 + 10 = 40 h = 24 days; + 21 relocation.
    name: 'EU Blue Card, ring 4, unregulated, no Dutch asked',
    input: {
      route: 'eu-blue-card',
      ring: 4,
      dutch: { current: 0, required: 0 },
      civicOrientation: 1,
      softSkills: 1,
      availableFrom: '2026-04-01',
    },
    permitDays: 105,
    trainingHours: 40,
    trainingDays: 24,
    relocationDays: 21,
    earliest: '2026-07-06',
    parts: [
      ['availability', 30],
      ['permit', 90],
      ['visa', 15],
      ['civic-orientation', 18, 30],
      ['soft-skills', 6, 10],
      ['relocation', 21],
    ],
  },
  {
    // Recognition 120 + permit 120 + visa 15 = 255 days; training 570 Dutch (none → B2) + 60 + 20
    // + 2 × 40 = 730 h = ceil(5110 / 12) = 426 days, the longer path; + 21 = 447 days.
    name: 'highly skilled, ring 4, regulated nurse, recognition not started',
    input: {
      route: 'highly-skilled',
      ring: 4,
      recognition: { required: true, status: 'not-started' },
      dutch: { current: 0, required: 4 },
      civicOrientation: 0,
      softSkills: 0,
      technicalModules: 2,
    },
    permitDays: 255,
    trainingHours: 730,
    trainingDays: 426,
    relocationDays: 21,
    earliest: '2027-05-23',
    parts: [
      ['recognition', 120],
      ['permit', 120],
      ['visa', 15],
      ['dutch', 333, 570],
      ['civic-orientation', 35, 60],
      ['soft-skills', 12, 20],
      ['technical-modules', 47, 80],
      ['relocation', 21],
    ],
  },
  {
    // Training 100 + 180 (A1 → B1) + 40 = 320 h = 187 days, + 21 = 208 days (26 September);
    // the candidate is available only from 1 October, which decides.
    name: 'medium-skilled bottleneck, ring 4, unregulated welder, available later',
    input: {
      route: 'medium-skilled-bottleneck',
      ring: 4,
      dutch: { current: 1, required: 3 },
      technicalModules: 1,
      availableFrom: '2026-10-01',
    },
    permitDays: 135,
    trainingHours: 320,
    trainingDays: 187,
    relocationDays: 21,
    earliest: '2026-10-01',
    parts: [
      ['availability', 213],
      ['permit', 120],
      ['visa', 15],
      ['dutch', 164, 280],
      ['technical-modules', 24, 40],
      ['relocation', 21],
    ],
  },
  {
    // Living in Brussels: no visa, no relocation. Recognition pending 60 + permit 120 = 180 days
    // beats Dutch A2 → B1 (105 days).
    name: 'other bottleneck route, ring 2, regulated care assistant, recognition pending',
    input: {
      route: 'other-bottleneck',
      ring: 2,
      recognition: { required: true, status: 'pending' },
      dutch: { current: 2, required: 3 },
    },
    permitDays: 180,
    trainingHours: 180,
    trainingDays: 105,
    relocationDays: 0,
    earliest: '2026-08-29',
    parts: [
      ['recognition', 60],
      ['permit', 120],
      ['dutch', 105, 180],
    ],
  },
  {
    // An EU national's diploma needs no procedure (assessDiplomaRecognition): only training,
    // 200 (B1 → B2) + 60 + 20 = 280 h = ceil(1960 / 12) = 164 days, + 14 = 178 days.
    name: 'EU free movement, ring 3, regulated nurse, recognition not required',
    input: { ring: 3, dutch: { current: 3, required: 4 }, civicOrientation: 0, softSkills: 0 },
    permitDays: 0,
    trainingHours: 280,
    trainingDays: 164,
    relocationDays: 14,
    earliest: '2026-08-27',
    parts: [
      ['permit', 0],
      ['dutch', 117, 200],
      ['civic-orientation', 35, 60],
      ['soft-skills', 12, 20],
      ['relocation', 14],
    ],
  },
];

describe.each(CASES)('$name', (c) => {
  const result = earliestStart({ ...base, ...c.input }, figures);

  it('adds up the paths as computed by hand', () => {
    expect({
      permitDays: result.permitDays,
      trainingHours: result.trainingHours,
      trainingDays: result.trainingDays,
      relocationDays: result.relocationDays,
      earliest: result.earliestStart,
      blockedBy: result.blockedBy,
    }).toEqual({
      permitDays: c.permitDays,
      trainingHours: c.trainingHours,
      trainingDays: c.trainingDays,
      relocationDays: c.relocationDays,
      earliest: c.earliest,
      blockedBy: null,
    });
  });

  it('lists each part with its days (and hours)', () => {
    expect(
      result.parts.map((p) => (p.hours === undefined ? [p.part, p.days] : [p.part, p.days, p.hours])),
    ).toEqual(c.parts);
  });

  it('names a data source for every part and flags unverified figures', () => {
    for (const part of result.parts) {
      expect(part.source.title.length, part.part).toBeGreaterThan(0);
      expect(part.source.dataset, part.part).toMatch(
        /^(candidate|processing-times-2026|training-hours-2026)$/,
      );
    }
    const unverified = result.parts.filter((p) => p.unverified).map((p) => p.part);
    expect(result.unverified).toBe(unverified.length > 0);
    // The permit decision periods are legal maxima (verified); training, visa, relocation are estimates.
    expect(result.parts.filter((p) => p.part === 'permit').every((p) => !p.unverified)).toBe(true);
    for (const p of result.parts) {
      if (
        ['dutch', 'civic-orientation', 'soft-skills', 'technical-modules', 'visa', 'relocation'].includes(
          p.part,
        )
      )
        expect(p.unverified, p.part).toBe(true);
    }
  });
});

describe.each([
  ['no permit route', { route: 'none' as const }, 'no-route'],
  [
    'a refused recognition',
    { route: 'highly-skilled' as const, recognition: { required: true, status: 'refused' } },
    'recognition-refused',
  ],
])('a candidate with %s cannot start', (_name, input, blockedBy) => {
  it('has no start date and says why', () => {
    const result = earliestStart({ ...base, ...input }, figures);
    expect(result.earliestStart).toBeNull();
    expect(result.blockedBy).toBe(blockedBy);
  });
});

describe('the start date against the vacancy start date', () => {
  it.each([
    ['2026-09-01', '2026-08-29', { vacancyStart: '2026-09-01', onTime: true, daysLate: 0 }],
    ['2026-09-01', '2026-09-05', { vacancyStart: '2026-09-01', onTime: false, daysLate: 4 }],
  ])('vacancy from %s, candidate from %s', (vacancyStart, start, expected) => {
    expect(againstVacancyStart({ earliestStart: start }, vacancyStart)).toEqual(expected);
  });

  it('is null without a vacancy start date or a candidate start', () => {
    expect(againstVacancyStart({ earliestStart: '2026-09-01' }, undefined)).toBeNull();
    expect(againstVacancyStart({ earliestStart: null }, '2026-09-01')).toBeNull();
  });
});

describe('the figures', () => {
  it('are carried past their year flagged unverified', () => {
    const later = defaultStartDateData.figuresOn('2027-06-01');
    expect(later.processing.carriedForward).toBe(true);
    const result = earliestStart({ ...base, route: 'eu-blue-card' }, later);
    expect(result.parts.find((p) => p.part === 'permit')?.unverified).toBe(true);
    expect(figures.processing.carriedForward).toBe(false);
  });

  it('are carried back before the oldest file, flagged unverified', () => {
    const earlier = defaultStartDateData.figuresOn('2025-06-01');
    expect(earlier.processing.dataset).toBe('processing-times-2026');
    expect(earlier.training.carriedForward).toBe(true);
  });

  it('are validated on load, naming the bad field', () => {
    expect(
      () =>
        new StartDateData({ processingTimes: [{ source: { title: 'x', url: 'nope' } }], trainingHours: [] }),
    ).toThrow(/url|validFrom/);
  });
});
