import { describe, expect, it } from 'vitest';
import { RULES, ruleById } from '../../../shared/rules/catalogue.js';

const ALL_RULE_IDS = [
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
];

describe('the rule catalogue', () => {
  it('lists every rule of the brief once, plus consent', () => {
    expect(RULES.map((r) => r.id)).toEqual(ALL_RULE_IDS);
  });

  it.each(RULES.map((r) => [r.id, r] as const))('%s has complete metadata', (_id, rule) => {
    expect(rule.version).toMatch(/^\d{4}\.\d+$/);
    expect(['block', 'warn', 'info']).toContain(rule.severity);
    expect(['intake', 'match', 'both']).toContain(rule.stage);
    for (const text of [rule.title, rule.explanation]) {
      expect(text.en.trim()).not.toBe('');
      expect(text.nl.trim()).not.toBe('');
      expect(text.fr.trim()).not.toBe('');
    }
    expect(rule.source.title.trim()).not.toBe('');
    expect(rule.source.url).toMatch(/^https:\/\//);
    expect(rule.reads.length).toBeGreaterThan(0);
    expect(ruleById(rule.id)).toBe(rule);
  });

  it.each([
    ['FR-01', 'block'],
    ['FR-05', 'block'],
    ['FR-10', 'warn'],
    ['BE-01', 'block'],
    ['BE-07', 'warn'],
    ['WHO-01', 'block'],
    ['CM-01', 'warn'],
  ])('%s defaults to %s', (id, severity) => {
    expect(ruleById(id)?.severity).toBe(severity);
  });
});
