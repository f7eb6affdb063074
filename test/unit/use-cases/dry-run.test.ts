import { describe, expect, it } from 'vitest';
import { ForbiddenError } from '../../../shared/errors.js';
import type { Caller } from '../../../shared/ports/identity.js';
import { builtInTaxonomy } from '../../../shared/taxonomy/built-in-taxonomy.js';
import type { VacancyPolicy } from '../../../shared/use-cases/vacancy-policy.js';
import { dryRunIntake } from '../../../shared/use-cases/vacancy-use-cases.js';

/** The dry run asks the VacancyPolicy port, as POST /v1/vacancies does, with the clock's date. */
describe('dryRunIntake', () => {
  const asked: { input: unknown; today: string }[] = [];
  const blocking = {
    ruleId: 'R-TEST',
    ruleVersion: '1',
    severity: 'block' as const,
    message: 'blocked',
    explanation: { en: 'blocked', nl: 'geblokkeerd' },
    source: { title: 'Test', url: 'https://example.test/law' },
    fields: ['salary'],
  };
  const policy: VacancyPolicy = {
    bottleneck: () => ({ bottleneck: false }),
    intake: (input, today) => {
      asked.push({ input, today });
      return { blocking: [blocking], warnings: [], decisions: [], findings: [], ruleDecisions: [] };
    },
  };
  const clock = { now: () => new Date('2026-03-31T23:30:00.000Z') };
  const employer: Caller = { role: 'employer', org: 'acme', subject: 'u1', scopes: [] };

  const taxonomy = builtInTaxonomy();
  const bricklayer = 'http://data.europa.eu/esco/occupation/05f321f8-055b-407d-bf19-e0ddabda56b7';

  it('returns the policy’s verdict for the input, on the clock’s day', () => {
    const input = { title: 'Metselaar', occupation: { isco: '7112' } } as never;
    const result = dryRunIntake({ policy, clock, taxonomy }, employer, input);
    // The policy sees the occupation as the taxonomy files it, with its ESCO URI.
    expect(asked).toEqual([
      { input: { title: 'Metselaar', occupation: { isco: '7112', esco: bricklayer } }, today: '2026-03-31' },
    ]);
    expect(result.accepted).toBe(false);
    expect(result.blocking).toEqual([blocking]);
  });

  it('is for employers and operators only', () => {
    const pes: Caller = { role: 'pes', org: 'VDAB', subject: 'p1', scopes: [] };
    expect(() => dryRunIntake({ policy, clock, taxonomy }, pes, {} as never)).toThrow(ForbiddenError);
  });
});
