import { describe, expect, it } from 'vitest';
import { ageOn, birthDateIssues } from '../../../shared/domain/birth-date.js';
import { replacementCharacterIssues } from '../../../shared/domain/replacement-character.js';

const TODAY = '2026-03-02';

describe.each([
  ['2011-03-02', undefined, 15],
  ['2011-03-03', 'implausible_age', 14],
  ['2026-03-02', 'implausible_age', 0],
  ['2026-03-03', 'future_date', -1],
  ['1926-03-02', undefined, 100],
  ['1925-03-03', undefined, 100],
  ['1925-03-02', 'implausible_age', 101],
  ['1990-12-31', undefined, 35],
])('a birth date of %s on 2026-03-02', (birthDate, code, age) => {
  it(`is ${code ?? 'plausible'} (age ${age})`, () => {
    expect(ageOn(birthDate, TODAY)).toBe(age);
    const issues = birthDateIssues(birthDate, TODAY, 'personal.birthDate');
    expect(issues.map((i) => [i.field, i.code])).toEqual(code ? [['personal.birthDate', code]] : []);
  });
});

describe('U+FFFD in parsed text', () => {
  it('names every field (and key) that holds it, nothing else', () => {
    const value = { a: 'ok', b: { c: ['x', 'y\uFFFD'] }, 'k\uFFFD': 1, n: 3, z: null };
    expect(replacementCharacterIssues(value).map((i) => i.field)).toEqual(['b.c.1', 'k\uFFFD']);
    expect(replacementCharacterIssues({ a: 'é€', b: [1, true] })).toEqual([]);
  });
});
