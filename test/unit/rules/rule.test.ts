import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import {
  canonicalJson,
  decide,
  pickInputs,
  type RuleMeta,
  readPath,
  text,
} from '../../../shared/rules/rule.js';

describe('canonical JSON', () => {
  it.each([
    [{ b: 1, a: { d: [2, 1], c: 'x' } }, '{"a":{"c":"x","d":[2,1]},"b":1}'],
    [{ a: undefined, b: null }, '{"a":null,"b":null}'],
    [[{ y: 1, x: 2 }], '[{"x":2,"y":1}]'],
    ['é', '"é"'],
  ])('writes %j as %s', (value, expected) => {
    expect(canonicalJson(value)).toBe(expected);
  });
});

describe('reading dotted paths', () => {
  const view = { a: { b: 1 }, costs: [{ payer: 'worker' }, { payer: 'employer' }] };
  it.each([
    ['a.b', 1],
    ['a.missing', undefined],
    ['costs[].payer', ['worker', 'employer']],
    ['none[].payer', []],
  ])('%s → %j', (path, expected) => {
    expect(readPath(view, path)).toEqual(expected);
  });
});

describe('decisions', () => {
  const meta: RuleMeta = {
    id: 'T-01',
    version: '2026.1',
    severity: 'block',
    stage: 'intake',
    title: text('t', 't', 't'),
    explanation: text('e', 'e', 'e'),
    source: { title: 's', url: 'https://example.org' },
    reads: ['a.b'],
  };

  it('digests exactly the inputs read: sha256 of their canonical JSON', () => {
    const inputs = pickInputs({ a: { b: 2 }, ignored: true }, meta.reads);
    const decision = decide(meta, { outcome: 'pass', message: text('ok', 'ok', 'ok') }, inputs);
    expect(decision.inputsDigest).toBe(createHash('sha256').update('{"a.b":2}').digest('hex'));
  });

  it('takes the rule severity unless the verdict gives one, and lists fields only on violations', () => {
    const warn = decide(
      meta,
      { outcome: 'violation', severity: 'warn', message: text('w', 'w', 'w'), fields: ['a.b'] },
      {},
    );
    const passed = decide(meta, { outcome: 'pass', message: text('p', 'p', 'p'), fields: ['a.b'] }, {});
    expect([warn.severity, passed.severity]).toEqual(['warn', 'block']);
    expect([warn.fields, passed.fields]).toEqual([['a.b'], []]);
  });
});
