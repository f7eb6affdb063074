import { describe, expect, it } from 'vitest';
import { evaluateVacancyIntake } from '../../../shared/rules/intake.js';
import { matchEligibility } from '../../../shared/rules/match.js';
import { and, satisfies } from '../../../shared/search/candidate-condition.js';
import type { CandidateDocument } from '../../../shared/search/candidate-document.js';
import { candidate, ctx, stored, vacancy } from './fixtures.js';
import { assess, contract, decision, developer, nurse, type Patch, withAgreement } from './pair-helpers.js';

const TODAY = '2026-03-02';
const startingOn = (patch: Patch, startDate: string): Patch => ({
  ...patch,
  contract: { ...contract, ...patch?.contract, startDate },
});
const ukrainian = (until: string | undefined, extra: Partial<CandidateDocument> = {}) => ({
  nationalities: ['UA'],
  country: 'BE',
  region: 'BE-VLG',
  temporaryProtectionUntil: until,
  ...extra,
});

describe('FM-02 on today and on the start date', () => {
  describe.each([
    // [name, job, protection until, route, FM-02 outcome, severity, blocked, named date]
    [
      'lapses before the start, no permit route',
      developer(20_000),
      '2026-12-21',
      'none',
      'violation',
      'block',
      true,
      '2026-12-21',
    ],
    [
      'lapses before the start, a permit route open',
      developer(60_000),
      '2026-12-21',
      'highly-skilled',
      'violation',
      'info',
      false,
      '2026-12-21',
    ],
    [
      'runs past the start',
      developer(20_000),
      '2027-02-28',
      'temporary-protection',
      'pass',
      'info',
      false,
      '2027-02-28',
    ],
    [
      'runs to the start day itself',
      developer(20_000),
      '2027-01-20',
      'temporary-protection',
      'pass',
      'info',
      false,
      '2027-01-20',
    ],
  ] as const)('protection that %s', (_name, job, until, route, outcome, severity, blocked, named) => {
    const a = assess(startingOn(job, '2027-01-20'), ukrainian(until, { educationLevel: 6 }), TODAY);

    it(`→ route ${route}, FM-02 ${outcome} (${severity}), blocked ${blocked}`, () => {
      expect(a.route).toBe(route);
      expect(decision(a, 'FM-02')).toMatchObject({ outcome, severity });
      expect(a.blocked).toBe(blocked);
      expect(a.blockingRuleIds.includes('FM-02')).toBe(blocked);
      expect(decision(a, 'FM-02').message.en).toContain(named);
      if (outcome === 'violation')
        expect(decision(a, 'FM-02').message.en).toMatch(/^On the start date \(2027-01-20\)/);
    });

    it('→ no FM-01 warning on a valid protection route', () => {
      const fm01 = decision(a, 'FM-01');
      expect(fm01.outcome).toBe(route === 'temporary-protection' ? 'not-applicable' : 'violation');
    });

    it('→ the engines’ conditions agree', () => {
      const conditions = matchEligibility(stored(vacancy(startingOn(job, '2027-01-20')), false), ctx(TODAY));
      const doc = candidate(ukrainian(until, { educationLevel: 6 }));
      expect(satisfies(doc, and(...conditions.map((c) => c.condition)))).toBe(!blocked);
      const fm02 = conditions.find((c) => c.ruleId === 'FM-02');
      expect(fm02 && satisfies(doc, fm02.condition)).toBe(!blocked);
    });
  });

  it('names the end of the scheme when the start falls after it (4 March 2027)', () => {
    const a = assess(startingOn(developer(20_000), '2027-06-01'), ukrainian('2027-12-31'), TODAY);
    expect(a.route).toBe('none');
    expect(decision(a, 'FM-02').message.en).toBe(
      'On the start date (2027-06-01): No valid temporary protection on 2027-06-01: the scheme ends on 2027-03-04.',
    );
    expect(a.blockingRuleIds).toEqual(['FR-11', 'FM-02']);
  });

  it('judges today only when the start date has passed or is not given', () => {
    expect(assess(startingOn(developer(20_000), '2026-01-01'), ukrainian('2026-12-21'), TODAY).route).toBe(
      'temporary-protection',
    );
    expect(assess(developer(20_000), ukrainian('2026-12-21'), TODAY).route).toBe('temporary-protection');
  });
});

describe('permit routes on the start date', () => {
  const truck: Patch = { occupation: { isco: '8332' }, contract: { ...contract, qualificationLevel: 3 } };
  const inFlanders = { country: 'BE', region: 'BE-VLG' };
  it.each([
    // [name, job, candidate, today, start, route, failing rule, failing field]
    [
      'VKS 5 required from 2026',
      developer(50_000, { qualificationLevel: 4 }),
      { educationLevel: 6 },
      '2025-12-01',
      '2026-02-01',
      'none',
      'BE-03',
      'contract.qualificationLevel',
    ],
    [
      'the 2026 medium-skilled list drops truck drivers',
      truck,
      inFlanders,
      '2025-12-01',
      '2026-02-01',
      'none',
      'BE-05',
      'occupation.isco',
    ],
    [
      '30 by the start year: no reduced threshold',
      developer(40_000),
      { educationLevel: 6, birthYear: 1996 },
      '2025-11-01',
      '2026-01-15',
      'none',
      'BE-03',
      'candidate.birthYear',
    ],
  ] as const)('%s', (_name, job, c, today, start, route, rule, field) => {
    expect(assess(job, c, today).route).not.toBe('none');
    const a = assess(startingOn(job, start), c, today);
    expect(a.route).toBe(route);
    expect(decision(a, rule).message.en).toMatch(new RegExp(`^On the start date \\(${start}\\)`));
    expect(decision(a, rule).fields).toContain(field);
  });

  it('needs a WHO-01 agreement that still runs on the start date', () => {
    const data = withAgreement({ country: 'NG', occupations: ['22'], validTo: '2026-06-30' });
    const nigerian = {
      nationalities: ['NG'],
      country: 'NG',
      educationLevel: 6,
      diplomaRecognition: 'specific-equivalence',
    };
    expect(assess(startingOn(nurse, '2026-06-30'), nigerian, TODAY, { data }).blockingRuleIds).not.toContain(
      'WHO-01',
    );
    const a = assess(startingOn(nurse, '2026-07-01'), nigerian, TODAY, { data });
    expect(a.blockingRuleIds).toContain('WHO-01');
    expect(decision(a, 'WHO-01').message.en).toMatch(/^On the start date \(2026-07-01\)/);
  });
});

describe('intake on the start date', () => {
  it('reports a route that closes by the start (BE-03 info) and warns when none is left (FR-11)', () => {
    const job = startingOn(developer(50_000, { qualificationLevel: 4 }), '2026-02-01');
    const result = evaluateVacancyIntake(vacancy(job), ctx('2025-12-01'));
    const be03 = result.findings.find((d) => d.ruleId === 'BE-03');
    expect(be03).toMatchObject({ severity: 'info', fields: ['contract.qualificationLevel'] });
    expect(be03?.message.en).toMatch(/^On the start date \(2026-02-01\): Highly skilled route not open/);
    expect(result.blocking).toEqual([]);
    const today = evaluateVacancyIntake(
      vacancy(developer(50_000, { qualificationLevel: 4 })),
      ctx('2025-12-01'),
    );
    expect(today.findings.map((d) => d.ruleId)).not.toContain('BE-03');
  });

  it('keeps the digests of rules that read no date', () => {
    const plain = evaluateVacancyIntake(vacancy(), ctx('2025-06-15'));
    const later = evaluateVacancyIntake(vacancy(startingOn(undefined, '2025-09-01')), ctx('2025-06-15'));
    const digest = (r: typeof plain, id: string) => r.decisions.find((d) => d.ruleId === id)?.inputsDigest;
    expect(digest(later, 'FR-07')).toBe(digest(plain, 'FR-07'));
    expect(digest(later, 'BE-05')).not.toBe(digest(plain, 'BE-05'));
  });
});
