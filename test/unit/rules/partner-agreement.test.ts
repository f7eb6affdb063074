import { describe, expect, it } from 'vitest';
import { matchEligibility } from '../../../shared/rules/match.js';
import { satisfies } from '../../../shared/search/candidate-condition.js';
import { candidate, ctx, stored, vacancy } from './fixtures.js';
import { assess, decision, developer, nurse, type Patch } from './pair-helpers.js';

const electrician: Patch = undefined;
const truckDriver: Patch = { occupation: { isco: '8332' } };

describe('CM-02 a partner agreement covers the occupation (ring 4 only)', () => {
  describe.each([
    // [job, name, residence, today, outcome, agreement named]
    [electrician, 'electrician', 'MA', '2025-06-15', 'pass', 'MA-THAMM'],
    [electrician, 'electrician', 'NG', '2025-06-15', 'violation', null],
    [nurse, 'nurse', 'IN', '2025-06-15', 'pass', 'IN-AURORA'],
    [nurse, 'nurse', 'NG', '2025-06-15', 'violation', null],
    [truckDriver, 'truck driver', 'TN', '2025-06-15', 'violation', null],
    [developer(60_000), 'developer', 'PH', '2025-06-15', 'violation', null], // no agreement at all
    [{ occupation: { isco: '2144' } }, 'mechanical engineer', 'TW', '2022-01-18', 'violation', null],
    [{ occupation: { isco: '2144' } }, 'mechanical engineer', 'TW', '2022-01-19', 'pass', 'TW-MOU'],
    [electrician, 'electrician', 'BE', '2025-06-15', 'not-applicable', null],
    [electrician, 'electrician', 'PL', '2025-06-15', 'not-applicable', null],
  ] as const)('%#: %s, candidate living in %s on %s', (job, _name, country, today, outcome, agreement) => {
    const c = { country, region: country === 'BE' ? 'BE-VLG' : undefined };
    const a = assess(job, c, today);

    it(`→ ${outcome}`, () => {
      expect(decision(a, 'CM-02').outcome).toBe(outcome);
      expect(a.blockingRuleIds.includes('CM-02')).toBe(outcome === 'violation');
      if (agreement) expect(decision(a, 'CM-02').message.en).toContain(agreement);
      if (outcome === 'violation')
        expect(decision(a, 'CM-02').fields).toEqual(['candidate.country', 'occupation.isco']);
    });

    it('→ the engines’ CM-02 filter agrees', () => {
      const cm02 = matchEligibility(stored(vacancy(job)), ctx(today)).find((x) => x.ruleId === 'CM-02');
      expect(cm02 && satisfies(candidate(c), cm02.condition)).toBe(outcome !== 'violation');
    });
  });
});
