import { describe, expect, it } from 'vitest';
import { residenceRing } from '../../../shared/domain/geography.js';
import { matchEligibility } from '../../../shared/rules/match.js';
import { satisfies } from '../../../shared/search/candidate-condition.js';
import { candidate, ctx, stored, vacancy } from './fixtures.js';
import { assess, decision, nurse, withAgreement } from './pair-helpers.js';

const ON = '2025-06-15';
const nurseAbroad = (nationalities: string[], country: string) => ({
  nationalities,
  country,
  region: country === 'BE' ? 'BE-VLG' : undefined,
  ring: residenceRing({ country, region: country === 'BE' ? 'BE-VLG' : undefined }),
  educationLevel: 6,
  diplomaRecognition: 'specific-equivalence',
});

describe('WHO-01 decides on residence, never on nationality', () => {
  describe.each([
    // [nationalities, residence, outcome]
    [['NG'], 'BE', 'pass'], // a Nigerian nurse living in Antwerp
    [['NG'], 'NL', 'pass'], // living in the Netherlands
    [['NG'], 'MA', 'pass'], // living in a partner country not on the list
    [['GH', 'NG'], 'IN', 'pass'], // two listed nationalities, living in India
    [['BE'], 'NG', 'violation'], // a Belgian living in Nigeria is recruited from Nigeria
    [['NG'], 'NG', 'violation'],
    [['IN'], 'GH', 'violation'],
    [['IN'], 'IN', 'pass'],
  ] as const)('nationalities %j, living in %s', (nationalities, country, outcome) => {
    const c = nurseAbroad([...nationalities], country);
    const a = assess(nurse, c, ON);

    it(`→ WHO-01 ${outcome}`, () => {
      expect(decision(a, 'WHO-01').outcome).toBe(outcome);
      expect(a.blockingRuleIds.includes('WHO-01')).toBe(outcome === 'violation');
      if (outcome === 'violation') {
        expect(decision(a, 'WHO-01').fields).toEqual(['candidate.country']);
        expect(decision(a, 'WHO-01').message.en).toContain(`lives in ${country}`);
      }
    });

    it('→ the engines’ WHO-01 filter agrees', () => {
      const who = matchEligibility(stored(vacancy(nurse)), ctx(ON)).find((x) => x.ruleId === 'WHO-01');
      expect(who && satisfies(candidate(c), who.condition)).toBe(outcome === 'pass');
    });
  });

  it('reads residence only: the digest does not change with nationality', () => {
    const a = assess(nurse, nurseAbroad(['NG'], 'BE'), ON);
    const b = assess(nurse, nurseAbroad(['IN'], 'BE'), ON);
    expect(decision(a, 'WHO-01').inputsDigest).toBe(decision(b, 'WHO-01').inputsDigest);
  });

  it('the filter names no nationality', () => {
    const who = matchEligibility(stored(vacancy(nurse)), ctx(ON)).find((x) => x.ruleId === 'WHO-01');
    expect(JSON.stringify(who)).not.toContain('nationalities');
    expect(who?.condition).toMatchObject({ kind: 'not', condition: { kind: 'anyOf', field: 'country' } });
  });
});

describe('WHO-01 and government-to-government agreements', () => {
  const nigerian = nurseAbroad(['NG'], 'NG');

  it('allows recruitment from a listed country under an agreement for it and the occupation', () => {
    const a = assess(nurse, nigerian, ON, { data: withAgreement({ country: 'NG', occupations: ['22'] }) });
    expect(decision(a, 'WHO-01').outcome).toBe('pass');
    expect(decision(a, 'WHO-01').message.en).toContain('NG-G2G');
  });

  it.each([
    ['an agreement for another occupation', withAgreement({ country: 'NG', occupations: ['2211'] })],
    ['an expired agreement', withAgreement({ country: 'NG', occupations: ['22'], validTo: '2025-03-31' })],
    ['an agreement with another country', withAgreement({ country: 'GH', occupations: ['22'] })],
    [
      'a project that is not government-to-government',
      withAgreement({ country: 'NG', occupations: ['22'], kind: 'project' }),
    ],
  ])('still blocks with %s', (_name, data) => {
    expect(assess(nurse, nigerian, ON, { data }).blockingRuleIds).toContain('WHO-01');
  });

  it('does not touch a listed-country resident on a non-health vacancy', () => {
    const a = assess(undefined, nigerian, ON);
    expect(decision(a, 'WHO-01').outcome).toBe('not-applicable');
  });
});
