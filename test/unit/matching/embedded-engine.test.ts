import { describe, expect, it } from 'vitest';
import { syntheticCandidates, syntheticVacancyProfiles } from '../../../scripts/data/synthetic-pool.js';
import { EmbeddedCandidateSearch } from '../../../shared/adapters/embedded-search/embedded-candidate-search.js';
import { fullScanRank } from '../../../shared/matching/full-scan.js';
import type { RankRequest } from '../../../shared/matching/match-engine.js';
import { DEFAULT_MATCH_WEIGHTS, rankingScore, scoreCandidate } from '../../../shared/matching/score-model.js';
import { always, anyOf, not } from '../../../shared/search/candidate-condition.js';
import { candidateDoc, matchProfile } from './fixtures.js';

const profile = matchProfile({ requiredSkills: ['bricklaying', 'masonry'], occupation: '7112' });

function request(overrides: Partial<RankRequest> = {}): RankRequest {
  return {
    profile,
    weights: DEFAULT_MATCH_WEIGHTS,
    ring: { ring: 1 },
    conditions: [],
    topK: 10,
    ...overrides,
  };
}

const consent = {
  ruleId: 'CONSENT',
  condition: { kind: 'flag', field: 'consentMatching', value: true },
} as const;

describe('embedded engine: ranking', () => {
  const engine = new EmbeddedCandidateSearch([
    candidateDoc({ id: 'c-both', skills: ['bricklaying', 'masonry'] }),
    candidateDoc({ id: 'c-one-b', skills: ['masonry'] }),
    candidateDoc({ id: 'c-one-a', skills: ['bricklaying'] }),
    candidateDoc({ id: 'c-group', occupations: ['7411'] }),
    candidateDoc({ id: 'c-none', occupations: ['2221'], skills: ['nursing'] }),
  ]);

  it('ranks by score descending, ties by id ascending, and leaves out who has no minimum coverage', async () => {
    const result = await engine.rank(request());
    expect(result.hits.map((h) => h.id)).toEqual(['c-both', 'c-one-a', 'c-one-b', 'c-group']);
    expect(result.hits[1]?.score).toBe(result.hits[2]?.score);
    expect(result.total).toBe(4);
  });

  it('returns the float32 score and the pure model breakdown', async () => {
    const [best] = (await engine.rank(request({ topK: 1 }))).hits;
    const doc = await engine.get('c-both');
    if (!best || !doc) throw new Error('expected a hit');
    const breakdown = scoreCandidate(profile, doc, DEFAULT_MATCH_WEIGHTS);
    expect(best.breakdown).toEqual(breakdown);
    expect(best.score).toBe(rankingScore(breakdown.score));
  });

  it('keeps top k but counts every match in total', async () => {
    const result = await engine.rank(request({ topK: 2 }));
    expect(result.hits.map((h) => h.id)).toEqual(['c-both', 'c-one-a']);
    expect(result.total).toBe(4);
  });

  it('rejects a topK out of range, weights that do not sum to 1 and a repeated skill key', async () => {
    await expect(engine.rank(request({ topK: 0 }))).rejects.toThrow(/topK/);
    await expect(
      engine.rank(request({ weights: { ...DEFAULT_MATCH_WEIGHTS, diploma: 0.5 } })),
    ).rejects.toThrow();
    const repeated = matchProfile({ requiredSkills: ['masonry', 'masonry'] });
    await expect(engine.rank(request({ profile: repeated }))).rejects.toThrow(/repeats/);
  });
});

describe('embedded engine: rings, countries, PES and conditions', () => {
  const engine = new EmbeddedCandidateSearch([
    candidateDoc({ id: 'vlg-1', skills: ['bricklaying'] }),
    candidateDoc({
      id: 'bru-1',
      ring: 2,
      country: 'BE',
      region: 'BE-BRU',
      pes: 'ACTIRIS',
      skills: ['bricklaying'],
    }),
    candidateDoc({ id: 'ma-1', ring: 4, country: 'MA', pes: 'ANAPEC', skills: ['bricklaying'] }),
    candidateDoc({
      id: 'ma-2',
      ring: 4,
      country: 'MA',
      pes: 'ANAPEC',
      skills: ['masonry'],
      consentMatching: false,
    }),
    candidateDoc({ id: 'tn-1', ring: 4, country: 'TN', pes: 'ANETI', skills: ['bricklaying', 'masonry'] }),
    candidateDoc({ id: 'ng-1', ring: 4, country: 'NG', pes: 'IOM-MATCH', skills: ['masonry'] }),
    candidateDoc({
      id: 'ng-2',
      ring: 4,
      country: 'NG',
      pes: 'IOM-MATCH',
      skills: [],
      consentMatching: false,
    }),
    candidateDoc({
      id: 'ng-3',
      ring: 4,
      country: 'NG',
      pes: 'IOM-MATCH',
      skills: ['nursing'],
      occupations: ['2221'],
    }),
  ]);

  it('searches one ring only', async () => {
    expect((await engine.rank(request({ ring: { ring: 2 } }))).hits.map((h) => h.id)).toEqual(['bru-1']);
    expect((await engine.rank(request({ ring: { ring: 3 } }))).total).toBe(0);
  });

  it('ring 4 searches only the agreement countries given', async () => {
    const result = await engine.rank(request({ ring: { ring: 4, countries: ['MA', 'TN'] } }));
    expect(result.hits.map((h) => h.id)).toEqual(['tn-1', 'ma-1', 'ma-2']);
    expect((await engine.rank(request({ ring: { ring: 4, countries: [] } }))).total).toBe(0);
  });

  it('an employment service sees only its own candidates', async () => {
    const result = await engine.rank(request({ ring: { ring: 4 }, pes: 'IOM-MATCH' }));
    expect(result.hits.map((h) => h.id)).toEqual(['ng-1', 'ng-2']);
  });

  it('applies every condition and counts, per rule, the candidates it excludes', async () => {
    const who = { ruleId: 'WHO-01', condition: not(anyOf('country', ['NG', 'SN'])) };
    const result = await engine.rank(
      request({ ring: { ring: 4 }, conditions: [consent, who, { ruleId: 'X', condition: always }] }),
    );
    expect(result.hits.map((h) => h.id)).toEqual(['tn-1', 'ma-1']);
    expect(result.total).toBe(2);
    // ng-2 fails both rules and counts for both; ng-3 has no minimum coverage and counts for none.
    expect(result.exclusions).toEqual({ CONSENT: 2, 'WHO-01': 2, X: 0 });
  });

  it('merges two conditions of one rule and counts a candidate once for it', async () => {
    const result = await engine.rank(
      request({
        ring: { ring: 4 },
        conditions: [consent, { ruleId: 'CONSENT', condition: not(anyOf('country', ['NG'])) }],
      }),
    );
    expect(result.exclusions).toEqual({ CONSENT: 3 });
    expect(result.total).toBe(2);
  });
});

describe('embedded engine: versioned writes', () => {
  it('applies only newer versions, and a delete leaves a tombstone that makes older upserts stale', async () => {
    const engine = new EmbeddedCandidateSearch();
    const v = (version: number, skills: string[] = ['bricklaying']) =>
      candidateDoc({ id: 'c1', version, skills });
    expect(await engine.write([{ op: 'upsert', document: v(2) }])).toEqual([{ id: 'c1', status: 'applied' }]);
    expect(await engine.write([{ op: 'upsert', document: v(1, ['masonry']) }])).toEqual([
      { id: 'c1', status: 'stale' },
    ]);
    expect(await engine.write([{ op: 'upsert', document: v(2, ['masonry']) }])).toEqual([
      { id: 'c1', status: 'stale' },
    ]);
    expect((await engine.get('c1'))?.skills).toEqual(['bricklaying']);

    expect(await engine.write([{ op: 'delete', id: 'c1', version: 3 }])).toEqual([
      { id: 'c1', status: 'applied' },
    ]);
    expect(await engine.get('c1')).toBeUndefined();
    expect(await engine.write([{ op: 'upsert', document: v(3) }])).toEqual([{ id: 'c1', status: 'stale' }]);
    expect(await engine.count()).toBe(0);
    expect((await engine.rank(request())).total).toBe(0);

    expect(await engine.write([{ op: 'upsert', document: v(4, ['masonry']) }])).toEqual([
      { id: 'c1', status: 'applied' },
    ]);
    expect((await engine.rank(request())).hits.map((h) => h.breakdown.matchedRequired)).toEqual([
      ['masonry'],
    ]);
  });

  it('re-indexes a candidate that moves ring or changes skills', async () => {
    const engine = new EmbeddedCandidateSearch([candidateDoc({ id: 'c1', skills: ['bricklaying'] })]);
    await engine.write([
      {
        op: 'upsert',
        document: candidateDoc({
          id: 'c1',
          version: 2,
          ring: 3,
          country: 'NL',
          skills: ['nursing'],
          occupations: ['2221'],
        }),
      },
    ]);
    expect((await engine.rank(request())).total).toBe(0);
    expect(
      (
        await engine.rank(
          request({ ring: { ring: 3 }, profile: matchProfile({ requiredSkills: ['nursing'] }) }),
        )
      ).total,
    ).toBe(1);
  });

  it('reports a malformed write as failed, not retryable, and still applies the rest', async () => {
    const engine = new EmbeddedCandidateSearch();
    const outcomes = await engine.write([
      { op: 'upsert', document: candidateDoc({ id: 'bad', version: 1.5 }) },
      { op: 'upsert', document: candidateDoc({ id: 'good' }) },
    ]);
    expect(outcomes).toEqual([
      { id: 'bad', status: 'failed', reason: expect.stringMatching(/version/), retryable: false },
      { id: 'good', status: 'applied' },
    ]);
  });

  it('counts and lists ids by PES and ring', async () => {
    const engine = new EmbeddedCandidateSearch([
      candidateDoc({ id: 'b' }),
      candidateDoc({ id: 'a' }),
      candidateDoc({ id: 'c', ring: 4, country: 'MA', pes: 'ANAPEC' }),
    ]);
    expect(await engine.ids()).toEqual(['a', 'b', 'c']);
    expect(await engine.count({ pes: 'ANAPEC' })).toBe(1);
    expect(await engine.ids({ rings: [1, 2] })).toEqual(['a', 'b']);
  });

  it('holds a copy: changing the written or the returned document changes nothing', async () => {
    const doc = { ...candidateDoc({ id: 'c1' }), skills: ['bricklaying'] };
    const engine = new EmbeddedCandidateSearch([doc]);
    doc.skills.push('masonry');
    expect((await engine.get('c1'))?.skills).toEqual(['bricklaying']);
    const held = await engine.get('c1');
    if (!held) throw new Error('expected c1');
    (held.skills as string[]).push('masonry');
    expect((await engine.get('c1'))?.skills).toEqual(['bricklaying']);
  });
});

describe('embedded engine agrees with a full scan of the pure model', () => {
  const pool = syntheticCandidates({ seed: 7, count: 3000 });
  const engine = new EmbeddedCandidateSearch(pool);
  const profiles = syntheticVacancyProfiles({ seed: 11, count: 20 });
  const conditions = [consent, { ruleId: 'WHO-01', condition: not(anyOf('country', ['NG', 'SN'])) }];

  it.each(profiles.map((p, i) => [i, p] as const))('vacancy %i, every ring', async (_i, p) => {
    for (const ring of [1, 2, 3, 4] as const) {
      const req: RankRequest = {
        profile: p,
        weights: DEFAULT_MATCH_WEIGHTS,
        ring: ring === 4 ? { ring, countries: ['MA', 'TN', 'NG', 'IN'] } : { ring },
        conditions,
        topK: 25,
      };
      expect(await engine.rank(req)).toEqual(fullScanRank(pool, req));
    }
  });
});
