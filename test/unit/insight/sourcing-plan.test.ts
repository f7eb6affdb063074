import { describe, expect, it } from 'vitest';
import { countryDecision, planOccupation } from '../../../shared/insight/sourcing-plan.js';
import { CLOSED_ROUTE, facts, G2G_NG, MATCH_NG, PALIM_MA, WHO } from './sourcing-facts.js';

describe('countryDecision', () => {
  it.each([
    {
      name: 'Flanders',
      health: true,
      agreements: [],
      ring: 1,
      country: 'BE',
      route: false,
      expected: 'home-region',
    },
    {
      name: 'EU country',
      health: true,
      agreements: [],
      ring: 3,
      country: 'NL',
      route: false,
      expected: 'free-movement',
    },
    {
      name: 'partner with agreement',
      health: false,
      agreements: [PALIM_MA],
      ring: 4,
      country: 'MA',
      route: true,
      expected: 'partner-agreement',
    },
    {
      name: 'third country, no agreement',
      health: false,
      agreements: [PALIM_MA],
      ring: 4,
      country: 'TN',
      route: true,
      expected: 'no-agreement',
    },
    {
      name: 'agreement, no permit route',
      health: false,
      agreements: [PALIM_MA],
      ring: 4,
      country: 'MA',
      route: false,
      expected: 'no-permit-route',
    },
    {
      name: 'WHO-listed, health, project agreement',
      health: true,
      agreements: [MATCH_NG],
      ring: 4,
      country: 'NG',
      route: true,
      expected: 'who-safeguard',
    },
    {
      name: 'WHO-listed, health, no agreement',
      health: true,
      agreements: [],
      ring: 4,
      country: 'PK',
      route: true,
      expected: 'who-safeguard',
    },
    {
      name: 'WHO-listed, health, G2G lifts it',
      health: true,
      agreements: [MATCH_NG, G2G_NG],
      ring: 4,
      country: 'NG',
      route: true,
      expected: 'partner-agreement',
    },
    {
      name: 'WHO-listed, not health',
      health: false,
      agreements: [MATCH_NG],
      ring: 4,
      country: 'NG',
      route: true,
      expected: 'partner-agreement',
    },
  ] as const)('$name → $expected', ({ health, agreements, ring, country, route, expected }) => {
    const decision = countryDecision(
      { health, agreements, whoSafeguardCountries: WHO },
      ring,
      country,
      route,
    );
    expect(decision.reason).toBe(expected);
    expect(decision.recommended).toBe(
      ['home-region', 'free-movement', 'partner-agreement'].includes(expected),
    );
  });
});

describe('planOccupation', () => {
  it('counts each ring’s start windows over the countries it sources (NG and TN left out)', () => {
    const plan = planOccupation(facts());
    const windows = (ring: number) =>
      plan.rings.find((r) => r.ring === ring)?.startWindows?.map((w) => [w.months, w.by, w.candidates]);
    expect(windows(1)).toEqual([
      [1, '2026-04-01', 1],
      [3, '2026-06-01', 2],
      [6, '2026-09-01', 3],
      [12, '2027-03-01', 3],
    ]);
    expect(windows(2)?.map((w) => w[2])).toEqual([0, 1, 1, 1]);
    expect(windows(3)?.map((w) => w[2])).toEqual([0, 1, 2, 2]);
    // IN only: NG is on the WHO list without a lifting agreement, TN has no agreement.
    expect(windows(4)?.map((w) => w[2])).toEqual([0, 0, 2, 5]);
  });

  it('has no start windows without an open vacancy to start in', () => {
    const plan = planOccupation(facts({ startWindows: [] }));
    expect(plan.rings.map((r) => r.startWindows)).toEqual([null, null, null, null]);
  });

  it('sources rings 1–3, and in ring 4 only partner countries WHO-01 allows', () => {
    const plan = planOccupation(facts());
    expect(plan.rings.map((r) => [r.ring, r.source, r.reason, r.candidates, r.reachableCandidates])).toEqual([
      [1, true, 'always-searched', 3, 3],
      [2, true, 'parallel-search', 1, 1],
      [3, true, 'free-movement', 2, 2],
      [4, true, 'partner-countries', 11, 5],
    ]);
    expect(plan.rings[3]?.countries.map((c) => [c.country, c.candidates, c.reason, c.agreements])).toEqual([
      ['IN', 5, 'partner-agreement', ['IN-AURORA']],
      ['NG', 4, 'who-safeguard', ['NG-MATCH']],
      ['TN', 2, 'no-agreement', []],
    ]);
    // Reachable: 3 + 1 + 2 + 5 = 11 for 5 openings.
    expect(plan.tension).toBe(2.2);
    expect(plan.sources).toEqual([
      { ring: 4, country: 'IN', candidates: 5 },
      { ring: 1, country: null, candidates: 3 },
      { ring: 3, country: null, candidates: 2 },
      { ring: 2, country: null, candidates: 1 },
    ]);
  });

  it('counts training gaps among the candidates of recommended countries only', () => {
    const ring4 = planOccupation(facts()).rings[3];
    expect(ring4?.trainingGaps).toEqual([
      { key: 'module:Wound care', kind: 'technical-module', label: 'Wound care', candidates: 4, share: 0.8 },
      { key: 'skill:patient-care', kind: 'skill', label: 'patient care', candidates: 2, share: 0.4 },
    ]);
    const ring3 = planOccupation(facts()).rings[2];
    expect(ring3?.trainingGaps).toEqual([]);
  });

  it('lists a partner country with an agreement but no candidates yet', () => {
    const plan = planOccupation(facts({ agreements: [{ id: 'TW-MOU', country: 'TW', liftsWho01: false }] }));
    expect(plan.rings[3]?.countries.find((c) => c.country === 'TW')).toEqual({
      country: 'TW',
      candidates: 0,
      recommended: true,
      reason: 'partner-agreement',
      agreements: ['TW-MOU'],
    });
  });

  it('does not source ring 4 when no permit route is open', () => {
    const plan = planOccupation(facts({ routes: [CLOSED_ROUTE], health: false }));
    expect(plan.thirdCountryRoute).toBe(false);
    expect(plan.rings[3]).toMatchObject({
      source: false,
      reason: 'no-partner-country',
      reachableCandidates: 0,
    });
    expect(plan.rings[3]?.countries.map((c) => c.reason)).toEqual([
      'no-permit-route',
      'no-permit-route',
      'no-agreement',
    ]);
  });

  it('has no tension without openings', () => {
    expect(planOccupation(facts({ demand: { vacancies: 0, openings: 0 } })).tension).toBeNull();
  });
});
