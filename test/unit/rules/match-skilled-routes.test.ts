import { describe, expect, it } from 'vitest';
import { assess, decision, developer } from './pair-helpers.js';

// The highly skilled routes at match (shared/rules/permit-route-rules.ts): the single permit's
// salary thresholds and the EU Blue Card.

describe('BE-03 highly skilled thresholds (bachelor, Moroccan candidate)', () => {
  it.each([
    // [today, salary, birthYear, route, reduced]
    ['2024-06-01', 46_632, 1980, 'highly-skilled', false],
    ['2024-06-01', 46_631, 1980, 'none', false],
    ['2024-06-01', 37_305.6, 1995, 'highly-skilled', true],
    ['2024-06-01', 37_305.6, 1994, 'none', false],
    ['2024-06-01', 37_304.6, 1995, 'none', false],
    ['2025-06-15', 48_912, 1980, 'highly-skilled', false],
    ['2025-06-15', 48_911, 1980, 'none', false],
    ['2025-06-15', 39_129.6, 1996, 'highly-skilled', true],
    ['2025-06-15', 39_129.6, 1995, 'none', false],
    ['2025-06-15', 39_128.6, 1996, 'none', false],
    ['2026-03-01', 48_912, 1980, 'highly-skilled', false],
    ['2026-03-01', 48_911, 1980, 'none', false],
    ['2026-03-01', 39_129.6, 1997, 'highly-skilled', true],
    ['2026-03-01', 39_129.6, 1996, 'none', false],
  ] as const)('on %s, salary %d, born %i → %s (reduced %s)', (today, salary, birthYear, route, reduced) => {
    const a = assess(developer(salary), { educationLevel: 6, birthYear }, today);
    expect([a.route, a.reducedThreshold]).toEqual([route, reduced]);
    expect(decision(a, 'BE-03').outcome).toBe(route === 'none' ? 'violation' : 'pass');
    expect(a.blocked).toBe(route === 'none');
  });

  it('gives age 29 the reduced threshold and age 30 not (age = year − birth year)', () => {
    expect(assess(developer(39_129.6), { educationLevel: 6, birthYear: 1996 }, '2025-01-01').route).toBe(
      'highly-skilled',
    );
    expect(assess(developer(39_129.6), { educationLevel: 6, birthYear: 1995 }, '2025-12-31').route).toBe(
      'none',
    );
  });

  it('refuses the reduced threshold when the birth year is unknown', () => {
    const a = assess(developer(40_000), { educationLevel: 6, birthYear: undefined }, '2025-06-15');
    expect(a.route).toBe('none');
    expect(decision(a, 'BE-03').fields).toContain('candidate.birthYear');
  });

  it.each([
    ['2221', 'nurse'],
    ['3221', 'nurse (associate)'],
    ['2330', 'secondary teacher'],
    ['2341', 'primary teacher'],
  ])('applies the reduced threshold to ISCO %s (%s) at any age', (isco) => {
    const a = assess(
      { ...developer(39_129.6), occupation: { isco } },
      { educationLevel: 6, birthYear: 1970, diplomaRecognition: 'specific-equivalence' },
      '2025-06-15',
    );
    expect([a.route, a.reducedThreshold]).toEqual(['highly-skilled', true]);
  });

  it('needs higher education (ISCED 5+)', () => {
    expect(assess(developer(50_000), { educationLevel: 5 }, '2025-06-15').route).toBe('highly-skilled');
    const a = assess(developer(50_000), { educationLevel: 4 }, '2025-06-15');
    expect(a.route).toBe('none');
    expect(decision(a, 'BE-03').fields).toEqual(['candidate.educationLevel']);
  });

  it('needs a VKS 5+ job from 1 January 2026, not before', () => {
    const vks4 = developer(50_000, { qualificationLevel: 4 });
    expect(assess(vks4, { educationLevel: 6 }, '2025-12-31').route).toBe('highly-skilled');
    const a = assess(vks4, { educationLevel: 6 }, '2026-01-01');
    expect(a.route).toBe('none');
    expect(decision(a, 'BE-03').fields).toContain('contract.qualificationLevel');
  });

  it('says when a route rests on an unverified threshold (2026 keeps the 2025 figures)', () => {
    expect(decision(assess(developer(50_000), { educationLevel: 6 }, '2026-03-01'), 'BE-03').message.en).toBe(
      'Highly skilled route open (2026 figure, unverified).',
    );
    expect(decision(assess(developer(50_000), { educationLevel: 6 }, '2025-03-01'), 'BE-03').message.en).toBe(
      'Highly skilled route open (2025).',
    );
  });
});

describe('BE-04 EU Blue Card', () => {
  it.each([
    ['2025-06-15', 63_586, 6, {}, 'eu-blue-card'],
    ['2025-06-15', 63_585, 6, {}, 'highly-skilled'],
    ['2025-06-15', 63_586, 5, {}, 'highly-skilled'],
    ['2025-06-15', 70_000, 6, { type: 'fixed-term', durationMonths: 6 }, 'eu-blue-card'],
    ['2025-06-15', 70_000, 6, { type: 'fixed-term', durationMonths: 5 }, 'highly-skilled'],
    ['2024-04-30', 70_000, 6, {}, 'highly-skilled'],
    ['2024-05-01', 60_622, 6, {}, 'eu-blue-card'],
    ['2026-03-01', 63_586, 6, {}, 'eu-blue-card'],
  ] as const)('on %s, salary %d, ISCED %i, contract %j → %s', (today, salary, isced, extra, route) => {
    expect(assess(developer(salary, extra), { educationLevel: isced }, today).route).toBe(route);
  });

  it('informs that a Blue Card holder may change employer after 12 months (FR-09)', () => {
    const a = assess(developer(70_000), { educationLevel: 7 }, '2025-06-15');
    expect(decision(a, 'FR-09')).toMatchObject({ outcome: 'pass', severity: 'info' });
    expect(decision(a, 'FR-09').message.en).toContain('12 months');
  });
});
