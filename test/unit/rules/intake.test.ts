import { describe, expect, it } from 'vitest';
import { RULES } from '../../../shared/rules/catalogue.js';
import { evaluateVacancyIntake } from '../../../shared/rules/intake.js';
import { ctx, vacancy } from './fixtures.js';
import { decisionOf, TODAY } from './intake-helpers.js';
import type { Patch } from './pair-helpers.js';

// Each rule's cases: intake-costs-and-fees, intake-terms-and-freedoms and intake-routes.test.ts.

describe('the base vacancy', () => {
  it('passes intake with no block and no warning', () => {
    const result = evaluateVacancyIntake(vacancy(), ctx(TODAY));
    expect(result.blocking).toEqual([]);
    expect(result.warnings).toEqual([]);
  });

  it('gets a decision from every intake rule, in catalogue order', () => {
    const ids = evaluateVacancyIntake(vacancy(), ctx(TODAY)).decisions.map((d) => d.ruleId);
    const intakeRules = RULES.filter((r) => r.stage !== 'match').map((r) => r.id);
    expect(ids).toEqual(intakeRules);
    expect(ids).toEqual([
      'FR-01',
      'FR-02',
      'FR-03',
      'FR-04',
      'FR-05',
      'FR-06',
      'FR-07',
      'FR-08',
      'FR-09',
      'FR-10',
      'FR-11',
      'FR-12',
      'BE-01',
      'BE-03',
      'BE-04',
      'BE-05',
      'BE-06',
      'CM-01',
    ]);
  });
});

describe('messages say what failed', () => {
  it('names the worker-paid cost (FR-01)', () => {
    const d = decisionOf('FR-01', {
      recruitmentCosts: [{ category: 'travel', payer: 'worker', description: 'Flight Casablanca–Brussels' }],
    });
    expect(d.message.en).toContain(
      'travel (interviews, relocation, return) “Flight Casablanca–Brussels” (paid by the worker)',
    );
    expect(d.message.nl).toContain('betaald door de werknemer');
    expect(d.message.fr).toContain('payé par le travailleur');
  });

  it('names the fee phrase and its field (BE-01)', () => {
    const d = decisionOf('BE-01', { title: 'Lasser – inschrijvingsgeld 150 euro' });
    expect(d.message.en).toContain('“lasser inschrijvingsgeld 150 euro” (title)');
  });
});

describe('decision digests', () => {
  it('are identical for identical inputs', () => {
    const a = evaluateVacancyIntake(vacancy(), ctx(TODAY));
    const b = evaluateVacancyIntake(vacancy(), ctx(TODAY));
    expect(a).toEqual(b);
    expect(a.decisions.every((d) => /^[0-9a-f]{64}$/.test(d.inputsDigest))).toBe(true);
  });

  it('change only for the rules that read the changed field', () => {
    const digests = (patch?: Patch) =>
      Object.fromEntries(
        evaluateVacancyIntake(vacancy(patch), ctx(TODAY)).decisions.map((d) => [d.ruleId, d.inputsDigest]),
      );
    const base = digests();
    const retitled = digests({ title: 'Maintenance electrician' });
    const changed = Object.keys(base).filter((id) => base[id] !== retitled[id]);
    expect(changed.sort()).toEqual(['BE-01', 'FR-01', 'FR-02', 'FR-03', 'FR-04', 'FR-08', 'FR-09']);
  });

  it('cover the date and the reference data read', () => {
    const at = (today: string) => decisionOf('BE-03', undefined, today).inputsDigest;
    expect(at('2025-06-15')).toBe(at('2025-06-15'));
    expect(at('2025-06-15')).not.toBe(at('2025-06-16'));
  });
});
