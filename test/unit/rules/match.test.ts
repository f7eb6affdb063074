import { describe, expect, it } from 'vitest';
import { RULES } from '../../../shared/rules/catalogue.js';
import { DOCUMENTS } from '../../../shared/rules/documents.js';
import { assessPair, matchEligibility, pairAssessor } from '../../../shared/rules/match.js';
import type { CandidateDocument } from '../../../shared/search/candidate-document.js';
import { candidate, ctx, stored, vacancy } from './fixtures.js';
import { assess, contract, decision, developer, type Patch } from './pair-helpers.js';

// The permit routes' own cases: match-skilled-routes and match-bottleneck-routes.test.ts.

describe('FM-01 and FM-02: no permit needed', () => {
  it.each([
    [['FR'], 'BE'],
    [['MA', 'ES'], 'MA'],
    [['CH'], 'CH'],
    [['NO'], 'MA'],
  ])('nationalities %j (residence %s) → free movement', (nationalities, country) => {
    const a = assess(developer(20_000), { nationalities, country }, '2025-06-15');
    expect(a.route).toBe('eu-free-movement');
    expect(decision(a, 'FM-01').outcome).toBe('pass');
    expect(decision(a, 'BE-03').outcome).toBe('not-applicable');
    expect(a.documents).toEqual(['identity-document', 'employment-contract']);
  });

  it('counts a third-country national as needing a permit', () => {
    expect(decision(assess(developer(20_000), {}, '2025-06-15'), 'FM-01')).toMatchObject({
      outcome: 'violation',
      severity: 'info',
    });
  });

  it.each([
    ['2026-03-01', '2026-12-31', 'temporary-protection', 'pass'],
    ['2026-03-01', '2026-03-01', 'temporary-protection', 'pass'],
    ['2026-03-01', '2026-02-28', 'none', 'violation'],
    ['2026-03-01', undefined, 'none', 'violation'],
    ['2027-03-04', '2027-12-31', 'temporary-protection', 'pass'],
    ['2027-03-05', '2027-12-31', 'none', 'violation'],
  ] as const)('Ukrainian on %s, protection until %s → %s', (today, until, route, outcome) => {
    const a = assess(
      developer(20_000),
      { nationalities: ['UA'], country: 'BE', region: 'BE-VLG', temporaryProtectionUntil: until },
      today,
    );
    expect(a.route).toBe(route);
    expect(decision(a, 'FM-02').outcome).toBe(outcome);
  });

  it('leaves FM-02 aside for non-Ukrainians', () => {
    expect(decision(assess(developer(20_000), {}, '2025-06-15'), 'FM-02').outcome).toBe('not-applicable');
  });
});

describe('BE-07 diploma recognition for regulated professions', () => {
  const nurse: Patch = {
    occupation: { isco: '2221' },
    contract: { ...contract, qualificationLevel: 6, annualGrossSalaryEur: 45_000 },
  };
  const indian = (diplomaRecognition: string): Partial<CandidateDocument> => ({
    nationalities: ['IN'],
    country: 'IN',
    educationLevel: 6,
    diplomaRecognition,
  });

  it.each([
    ['not-started', 'violation', 'warn', true, true],
    ['pending', 'violation', 'warn', true, true],
    ['specific-equivalence', 'pass', 'warn', true, false],
    ['level-equivalence', 'pass', 'warn', true, false],
    ['refused', 'violation', 'block', true, true],
    ['not-needed', 'pass', 'warn', false, false],
  ])(
    'status %s → %s (%s), required %s, blocks start %s',
    (status, outcome, severity, required, blocksStart) => {
      const a = assess(nurse, indian(status), '2025-06-15');
      expect(decision(a, 'BE-07')).toMatchObject({ outcome, severity });
      expect(a.diplomaRecognition).toEqual({ required, status, blocksStart });
      expect(a.blocked).toBe(status === 'refused');
    },
  );

  it('asks for the NARIC decision and the professional visa', () => {
    const a = assess(nurse, indian('pending'), '2025-06-15');
    expect(a.route).toBe('highly-skilled');
    expect(a.documents).toEqual(
      expect.arrayContaining([
        'naric-recognition',
        'diploma-copy',
        'professional-visa',
        'single-permit-application',
      ]),
    );
  });

  it('presumes an EU national’s diploma needs no recognition unless a procedure was started', () => {
    const a = assess(
      nurse,
      { nationalities: ['PT'], country: 'PT', diplomaRecognition: 'not-started' },
      '2025-06-15',
    );
    expect(a.diplomaRecognition.required).toBe(false);
    expect(decision(a, 'BE-07').outcome).toBe('pass');
  });

  it('does not apply to unregulated occupations', () => {
    expect(decision(assess(undefined, indian('refused'), '2025-06-15'), 'BE-07').outcome).toBe(
      'not-applicable',
    );
  });
});

describe('FR-05 at match and CONSENT', () => {
  it.each([
    [{ fr: 4 }, 'pass'],
    [{ fr: 3 }, 'pass'],
    [{ fr: 2 }, 'violation'],
    [{ ar: 6 }, 'violation'],
  ] as const)('candidate languages %j with a nl/en/fr contract → %s', (languages, outcome) => {
    const d = decision(assess(undefined, { languages }, '2025-06-15'), 'FR-05');
    expect(d.outcome).toBe(outcome);
    if (outcome === 'violation') expect(d.severity).toBe('warn');
  });

  it('blocks a candidate without consent', () => {
    expect(assess(undefined, { consentMatching: false }, '2025-06-15').blockingRuleIds).toEqual(['CONSENT']);
  });
});

describe('pair assessments', () => {
  it('decide every match-time rule, in catalogue order', () => {
    const ids = assess(undefined, {}, '2025-06-15').decisions.map((d) => d.ruleId);
    expect(ids).toEqual(
      RULES.filter((r) => r.stage !== 'intake' || r.id === 'FR-05' || r.id === 'FR-09')
        .map((r) => r.id)
        .filter((id) => ids.includes(id)),
    );
    expect(ids).toEqual([
      'FR-05',
      'FR-09',
      'FR-11',
      'FM-01',
      'FM-02',
      'BE-03',
      'BE-04',
      'BE-05',
      'BE-06',
      'BE-07',
      'WHO-01',
      'CM-01',
      'CM-02',
      'CONSENT',
    ]);
  });

  it('name documents with labels in three languages', () => {
    for (const code of assess(undefined, {}, '2025-06-15').documents) {
      expect(DOCUMENTS[code].en && DOCUMENTS[code].nl && DOCUMENTS[code].fr).toBeTruthy();
    }
  });

  it('explain the route with the deciding rule’s message', () => {
    const a = assess(undefined, {}, '2025-06-15');
    expect(a.routeReason).toEqual(decision(a, 'BE-05').message);
  });

  it('are deterministic, with digests that follow exactly the fields read', () => {
    const v = stored(vacancy(), true);
    const c = candidate();
    const first = assessPair(v, c, ctx('2025-06-15'));
    expect(assessPair(v, c, ctx('2025-06-15'))).toEqual(first);
    expect(pairAssessor(v, ctx('2025-06-15'))(c)).toEqual(first);
    const unread = assessPair(v, { ...c, workExperienceYears: 20, skills: ['x'] }, ctx('2025-06-15'));
    expect(unread.decisions.map((d) => d.inputsDigest)).toEqual(first.decisions.map((d) => d.inputsDigest));
    const older = assessPair(v, { ...c, educationLevel: 7 }, ctx('2025-06-15'));
    const changed = first.decisions
      .filter((d, i) => d.inputsDigest !== older.decisions[i]?.inputsDigest)
      .map((d) => d.ruleId);
    expect(changed).toEqual(['BE-03', 'BE-04']);
  });
});

describe('matchEligibility', () => {
  it('gives a condition for each blocking match-time rule, consent first', () => {
    const conditions = matchEligibility(stored(vacancy()), ctx('2025-06-15'));
    expect(conditions.map((c) => c.ruleId)).toEqual([
      'CONSENT',
      'FR-11',
      'FM-02',
      'WHO-01',
      'BE-07',
      'CM-01',
      'CM-02',
    ]);
    expect(conditions[0]?.condition).toEqual({ kind: 'flag', field: 'consentMatching', value: true });
  });
});
