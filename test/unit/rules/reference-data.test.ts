import { describe, expect, it } from 'vitest';
import { toAlpha2 } from '../../../shared/domain/countries.js';
import {
  BUNDLED_REFERENCE_FILES,
  defaultReferenceData as data,
  ReferenceData,
} from '../../../shared/rules/reference-data.js';

describe('salary thresholds per year', () => {
  it.each([
    ['2024-01-01', 2024, 46_632, 37_305.6, null, false],
    ['2024-04-30', 2024, 46_632, 37_305.6, null, false],
    ['2024-05-01', 2024, 46_632, 37_305.6, 60_622, false],
    ['2025-06-15', 2025, 48_912, 39_129.6, 63_586, false],
    ['2026-03-01', 2026, 48_912, 39_129.6, 63_586, true],
    ['2027-02-01', 2026, 48_912, 39_129.6, 63_586, true],
  ])(
    'on %s: year %i, normal %d, reduced %d, Blue Card %s, unverified %s',
    (date, year, normal, reduced, blueCard, unverified) => {
      const t = data.salaryThresholds(date);
      expect(t?.year).toBe(year);
      expect(t?.highlySkilled.thresholdEur).toBe(normal);
      expect(t?.highlySkilled.reducedThresholdEur).toBe(reduced);
      expect(t?.blueCard?.thresholdEur ?? null).toBe(blueCard);
      expect(t?.highlySkilled.unverified).toBe(unverified);
    },
  );

  it('keeps the reduced threshold at 80% of the normal one', () => {
    for (const date of ['2024-06-01', '2025-06-01', '2026-06-01']) {
      const t = data.salaryThresholds(date);
      expect(t?.highlySkilled.reducedThresholdEur).toBeCloseTo((t?.highlySkilled.thresholdEur ?? 0) * 0.8, 2);
    }
  });

  it('flags the 2024 Blue Card figure ("about EUR 60,622") as unverified', () => {
    expect(data.salaryThresholds('2024-06-01')?.blueCard?.unverified).toBe(true);
    expect(data.salaryThresholds('2025-06-01')?.blueCard?.unverified).toBe(false);
  });

  it('asks for a VKS 5 job from 1 January 2026 only', () => {
    expect(data.salaryThresholds('2025-12-31')?.highlySkilled.minJobQualificationLevel).toBeNull();
    expect(data.salaryThresholds('2026-01-01')?.highlySkilled.minJobQualificationLevel).toBe(5);
  });

  it('marks figures carried past the newest file', () => {
    expect(data.salaryThresholds('2026-12-31')?.carriedForward).toBe(false);
    expect(data.salaryThresholds('2027-01-01')?.carriedForward).toBe(true);
  });

  it('knows no threshold before 2024', () => {
    expect(data.salaryThresholds('2023-12-31')).toBeUndefined();
  });
});

describe('bottleneck list (VDAB, ISCO-mapped, unverified mapping)', () => {
  const required = [
    '2221',
    '3221',
    '5321',
    '7411',
    '7212',
    '7126',
    '7112',
    '7115',
    '7121',
    '8332',
    '7223',
    '7233',
    '7127',
    '2512',
    '2513',
    '2511',
    '2522',
    '3512',
    '2142',
    '2144',
    '2151',
    '2264',
    '2211',
    '2262',
    '2261',
    '2330',
    '2341',
    '2342',
    '5311',
    '5120',
  ];
  it.each(
    required.flatMap((isco) => [[isco, '2025-03-01', 2025] as const, [isco, '2026-03-01', 2026] as const]),
  )('ISCO %s is a bottleneck occupation on %s (list %i)', (isco, date, year) => {
    expect(data.isBottleneck(isco, date)).toEqual({ bottleneck: true, listYear: year, unverified: true });
  });

  it.each([['9112'], ['4110'], ['1120']])('ISCO %s is not on the list', (isco) => {
    expect(data.isBottleneck(isco, '2025-03-01').bottleneck).toBe(false);
  });

  it('has no list before 2025', () => {
    expect(data.isBottleneck('2221', '2024-06-01')).toEqual({
      bottleneck: false,
      listYear: null,
      unverified: true,
    });
  });
});

describe('medium-skilled economic-migration list (BE-05)', () => {
  it.each([
    ['8332', '2024-06-01', true, 2023],
    ['8332', '2026-02-01', false, 2026],
    ['7411', '2024-06-01', true, 2023],
    ['7411', '2026-02-01', true, 2026],
    ['5321', '2025-06-01', true, 2023],
    ['7212', '2026-02-01', true, 2026],
    ['2512', '2025-06-01', false, 2023],
    ['7411', '2023-08-31', false, null],
  ])('ISCO %s on %s: listed %s (list %s)', (isco, date, listed, year) => {
    const found = data.isMediumSkilledListed(isco, date);
    expect(found.listed).toBe(listed);
    expect(found.listYear).toBe(year);
    expect(found.unverified).toBe(true);
  });
});

describe('regulated professions and health occupations', () => {
  it.each([
    ['2221', true, true, true],
    ['5321', true, true, true],
    ['2211', true, true, true],
    ['2330', true, false, false],
    ['2161', true, false, false],
    ['2250', true, false, false],
    ['3256', false, false, true],
    ['5322', false, false, true],
    ['7411', false, false, false],
  ])(
    'ISCO %s: regulated %s, health profession %s, WHO health occupation %s',
    (isco, regulated, health, whoHealth) => {
      expect(data.isRegulated(isco)).toBe(regulated);
      expect(data.regulatedProfession(isco)?.healthProfession ?? false).toBe(health);
      expect(data.isHealthOccupation(isco)).toBe(whoHealth);
    },
  );
});

describe('WHO Health Workforce Support and Safeguards List 2023', () => {
  it('holds the 55 countries of the brief as valid alpha-3 codes', () => {
    const list = data.whoSafeguardCountries();
    expect(list).toHaveLength(55);
    expect(new Set(list).size).toBe(55);
    for (const a3 of list) expect(toAlpha2(a3)).toBeDefined();
  });

  it.each([
    ['NG', true],
    ['SN', true],
    ['GH', true],
    ['PK', true],
    ['MA', false],
    ['IN', false],
    ['PH', false],
  ])('%s on the list: %s', (alpha2, listed) => expect(data.isWhoSafeguardCountry(alpha2)).toBe(listed));
});

describe('partner agreements', () => {
  it('finds the agreements valid on a date for an occupation', () => {
    expect(data.activeAgreements('2020-06-01', '2512').map((a) => a.id)).toEqual([
      'MA-PALIM',
      'NG-MATCH',
      'SN-MATCH',
    ]);
    expect(data.activeAgreements('2022-06-01', '2144').map((a) => a.id)).toEqual([
      'MA-THAMM',
      'TN-THAMM',
      'TW-MOU',
    ]);
    expect(data.activeAgreements('2022-01-18', '2144').map((a) => a.id)).toEqual(['MA-THAMM', 'TN-THAMM']);
    expect(data.activeAgreements('2025-06-01', '2221').map((a) => a.id)).toEqual(['IN-AURORA']);
  });

  it('keeps validity inclusive and ends PALIM in April 2021', () => {
    expect(data.activeAgreements('2021-04-30').some((a) => a.id === 'MA-PALIM')).toBe(true);
    expect(data.activeAgreements('2021-05-01').some((a) => a.id === 'MA-PALIM')).toBe(false);
  });

  it('flags Egypt and Moldova as unverified and lifts WHO-01 for no recorded agreement', () => {
    const all = data.activeAgreements('2025-06-01');
    expect(all.filter((a) => a.country === 'EG' || a.country === 'MD').every((a) => a.unverified)).toBe(true);
    expect(all.some((a) => a.liftsWho01)).toBe(false);
  });

  it('refuses an agreement that lifts WHO-01 without being government-to-government', () => {
    const agreement = {
      id: 'X',
      name: 'x',
      country: 'NG',
      pes: 'x',
      kind: 'project',
      occupations: ['22'],
      validFrom: '2025-01-01',
      liftsWho01: true,
      unverified: false,
    };
    expect(() =>
      ReferenceData.with({
        partnerAgreements: {
          source: { title: 't', url: 'https://example.org' },
          validFrom: '2025-01-01',
          unverified: false,
          agreements: [agreement as never],
        },
      }),
    ).toThrow(/government-to-government/);
  });
});

describe('reference files', () => {
  it('ends temporary protection on 4 March 2027', () => {
    expect(data.temporaryProtectionEnd()).toBe('2027-03-04');
  });

  it('gives every dataset a source, a validity and an unverified flag', () => {
    const sources = data.sources();
    expect(sources.map((s) => s.dataset)).toEqual(
      expect.arrayContaining([
        'salary-thresholds-2026',
        'bottleneck-occupations-2025',
        'who-safeguards-list',
        'partner-agreements',
      ]),
    );
    for (const s of sources) {
      expect(s.source.url).toMatch(/^https?:\/\//);
      expect(s.validFrom).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      expect(typeof s.unverified).toBe('boolean');
    }
    expect(sources.find((s) => s.dataset === 'salary-thresholds-2026')?.unverified).toBe(true);
    expect(sources.find((s) => s.dataset === 'salary-thresholds-2025')?.unverified).toBe(false);
  });

  it('loads the bundled JSON files through their import attributes', () => {
    expect(Object.keys(BUNDLED_REFERENCE_FILES)).toHaveLength(8);
  });
});
