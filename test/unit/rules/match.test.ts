import { describe, expect, it } from 'vitest';
import { RULES } from '../../../shared/rules/catalogue.js';
import { DOCUMENTS } from '../../../shared/rules/documents.js';
import { assessPair, matchEligibility, pairAssessor } from '../../../shared/rules/match.js';
import type { CandidateDocument } from '../../../shared/search/candidate-document.js';
import { candidate, ctx, stored, vacancy } from './fixtures.js';
import { assess, contract, decision, developer, type Patch } from './pair-helpers.js';

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

describe('BE-05, BE-06 and FR-11 for a Moroccan with a secondary diploma', () => {
  it('takes the medium-skilled route for an electrician on the list', () => {
    const a = assess(undefined, {}, '2025-06-15');
    expect(a.route).toBe('medium-skilled-bottleneck');
    expect(decision(a, 'BE-05').outcome).toBe('pass');
    expect(a.documents).toContain('joint-committee-pay-proof');
  });

  it('loses that route when the 2026 list drops truck drivers', () => {
    const truck: Patch = { occupation: { isco: '8332' }, contract: { ...contract, qualificationLevel: 3 } };
    const inFlanders: Partial<CandidateDocument> = { country: 'BE', region: 'BE-VLG' };
    expect(assess(truck, inFlanders, '2025-06-15').route).toBe('medium-skilled-bottleneck');
    const a = assess(truck, inFlanders, '2026-02-01');
    expect(a.route).toBe('none');
    expect(a.blockingRuleIds).toEqual(['FR-11']);
  });

  const carpenter: Patch = { occupation: { isco: '7115' } };

  it('takes the other route for a bottleneck occupation published long enough', () => {
    const a = assess(carpenter, {}, '2025-06-15', { bottleneck: true });
    expect(a.route).toBe('other-bottleneck');
    expect(a.documents).toContain('vacancy-publication-proof');
    expect(a.blocked).toBe(false);
  });

  it('blocks (FR-11) when the publication period has not run', () => {
    const a = assess(
      {
        ...carpenter,
        publication: {
          vdabPublishedOn: '2025-05-01',
          euresPublishedOn: '2025-05-01',
          otherRegionsExposedOn: '2025-05-01',
        },
      },
      {},
      '2025-06-15',
      { bottleneck: true },
    );
    expect(a.route).toBe('none');
    expect(a.blockingRuleIds).toEqual(['FR-11']);
    expect(decision(a, 'BE-06').fields).toEqual([
      'publication.vdabPublishedOn',
      'publication.euresPublishedOn',
    ]);
  });

  it('blocks the same candidate when the vacancy is not a bottleneck one', () => {
    expect(assess(carpenter, {}, '2025-06-15', { bottleneck: false }).blockingRuleIds).toEqual(['FR-11']);
  });
});

describe('CM-01 at match', () => {
  const carpenter: Patch = {
    occupation: { isco: '7115' },
    publication: { otherRegionsExposedOn: undefined },
  };

  it('blocks the other route when the vacancy was not exposed in the other regions', () => {
    const a = assess(carpenter, {}, '2025-06-15', { bottleneck: true });
    expect(a.route).toBe('other-bottleneck');
    expect(a.blockingRuleIds).toEqual(['CM-01']);
    expect(decision(a, 'CM-01').fields).toEqual(['publication.otherRegionsExposedOn']);
  });

  it('does not concern candidates on another route', () => {
    const eu = assess(carpenter, { nationalities: ['PL'], country: 'PL' }, '2025-06-15', {
      bottleneck: true,
    });
    expect(decision(eu, 'CM-01').outcome).toBe('not-applicable');
    expect(eu.blocked).toBe(false);
  });

  it('passes once the vacancy is exposed everywhere', () => {
    expect(
      decision(assess({ occupation: { isco: '7115' } }, {}, '2025-06-15', { bottleneck: true }), 'CM-01')
        .outcome,
    ).toBe('pass');
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
