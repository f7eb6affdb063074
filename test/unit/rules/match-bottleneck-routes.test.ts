import { describe, expect, it } from 'vitest';
import type { CandidateDocument } from '../../../shared/search/candidate-document.js';
import { assess, contract, decision, type Patch } from './pair-helpers.js';

// The bottleneck routes at match (shared/rules/permit-route-rules.ts), the block when none is open
// (FR-11, route-rules.ts) and the exposure the other-bottleneck route needs (CM-01, concentric-exposure.ts).

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
