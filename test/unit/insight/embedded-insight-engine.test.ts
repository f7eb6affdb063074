import { describe, expect, it } from 'vitest';
import { EmbeddedCandidateSearch } from '../../../shared/adapters/embedded-search/embedded-candidate-search.js';
import { EmbeddedInsightEngine } from '../../../shared/adapters/embedded-search/embedded-insight-engine.js';
import { type GapItem, groupSpec } from '../../../shared/insight/qualification.js';
import { anyOf } from '../../../shared/search/candidate-condition.js';
import { candidateDoc } from '../matching/fixtures.js';

const BRICKLAYER = ['bricklaying', 'site-setting-out', 'technical-drawing-reading', 'vca-basic-safety'];
const profileOf = (isco: string) => (isco === '7112' ? BRICKLAYER : []);
const MASONRY: GapItem = {
  key: 'module:Masonry techniques',
  kind: 'technical-module',
  label: 'Masonry techniques',
  skills: ['bricklaying'],
  module: 'Masonry techniques',
};
const SETTING_OUT: GapItem = {
  key: 'skill:site-setting-out',
  kind: 'skill',
  label: 'site setting out',
  skills: ['site-setting-out'],
};

const docs = [
  // Flanders: two qualified bricklayers, one with too few skills, one without consent.
  candidateDoc({ id: 'a', skills: ['bricklaying', 'vca-basic-safety'] }),
  candidateDoc({ id: 'b', skills: ['site-setting-out', 'technical-drawing-reading'] }),
  candidateDoc({ id: 'c', skills: ['bricklaying'] }),
  candidateDoc({ id: 'd', skills: BRICKLAYER, consentMatching: false }),
  // Ring 4: Morocco two (one took the masonry module), Tunisia one; a roofer (7121, no profile).
  candidateDoc({
    id: 'e',
    ring: 4,
    country: 'MA',
    skills: ['site-setting-out', 'vca-basic-safety'],
    technicalModules: ['Masonry techniques'],
  }),
  candidateDoc({
    id: 'f',
    ring: 4,
    country: 'MA',
    skills: ['technical-drawing-reading', 'vca-basic-safety'],
  }),
  candidateDoc({ id: 'g', ring: 4, country: 'TN', skills: BRICKLAYER }),
  candidateDoc({ id: 'h', ring: 4, country: 'TN', occupations: ['7121'] }),
  // A nurse: not in group 71 at all.
  candidateDoc({ id: 'i', ring: 3, country: 'NL', occupations: ['2221'], skills: BRICKLAYER }),
];

describe('EmbeddedInsightEngine', () => {
  const engine = new EmbeddedInsightEngine(new EmbeddedCandidateSearch(docs));

  it('counts qualified candidates per ring and country, and who needs each training', async () => {
    const spec = groupSpec({
      group: '7112',
      units: ['7112'],
      profileOf,
      minScore: 0.5,
      gaps: [MASONRY, SETTING_OUT],
    });
    const { groups } = await engine.supply({ groups: [spec] });
    expect(groups).toEqual([
      {
        group: '7112',
        candidates: 5,
        rings: [
          {
            ring: 1,
            candidates: 2,
            countries: [
              {
                country: 'BE',
                candidates: 2,
                gaps: { 'module:Masonry techniques': 1, 'skill:site-setting-out': 1 },
                startable: {},
              },
            ],
            gaps: { 'module:Masonry techniques': 1, 'skill:site-setting-out': 1 },
            startable: {},
          },
          {
            ring: 2,
            candidates: 0,
            countries: [],
            gaps: { 'module:Masonry techniques': 0, 'skill:site-setting-out': 0 },
            startable: {},
          },
          {
            ring: 3,
            candidates: 0,
            countries: [],
            gaps: { 'module:Masonry techniques': 0, 'skill:site-setting-out': 0 },
            startable: {},
          },
          {
            ring: 4,
            candidates: 3,
            countries: [
              {
                country: 'MA',
                candidates: 2,
                gaps: { 'module:Masonry techniques': 1, 'skill:site-setting-out': 1 },
                startable: {},
              },
              {
                country: 'TN',
                candidates: 1,
                gaps: { 'module:Masonry techniques': 0, 'skill:site-setting-out': 0 },
                startable: {},
              },
            ],
            gaps: { 'module:Masonry techniques': 1, 'skill:site-setting-out': 1 },
            startable: {},
          },
        ],
      },
    ]);
  });

  it('counts the start windows of each ring among its qualified candidates, per country', async () => {
    const spec = groupSpec({
      group: '7112',
      units: ['7112'],
      profileOf,
      minScore: 0.5,
      startWindows: [
        { key: '3', ring: 1, months: 3, by: '2026-06-01', condition: anyOf('skills', ['vca-basic-safety']) },
        {
          key: '3',
          ring: 4,
          months: 3,
          by: '2026-06-01',
          condition: anyOf('technicalModules', ['Masonry techniques']),
        },
      ],
    });
    const { groups } = await engine.supply({ groups: [spec] });
    const rings = groups[0]?.rings ?? [];
    // Flanders: a (vca) of a and b; d has every skill but no consent. Ring 4: e took the module.
    expect(rings.map((r) => r.startable)).toEqual([{ '3': 1 }, {}, {}, { '3': 1 }]);
    expect(rings[3]?.countries.map((c) => [c.country, c.startable])).toEqual([
      ['MA', { '3': 1 }],
      ['TN', { '3': 0 }],
    ]);
  });

  it('rolls unit groups up: the roofer counts for group 71 without a profile, the nurse never', async () => {
    const units = ['7112', '7121'];
    const strict = groupSpec({ group: '71', units, profileOf, minScore: 1 });
    const loose = groupSpec({ group: '71', units, profileOf, minScore: 0 });
    const nursing = groupSpec({ group: '22', units: ['2221'], profileOf, minScore: 0 });
    const groups = [
      ...(await engine.supply({ groups: [strict, nursing] })).groups,
      ...(await engine.supply({ groups: [loose] })).groups,
    ];
    expect(groups.map((g) => [g.group, g.candidates, g.rings.map((r) => r.candidates)])).toEqual([
      ['71', 2, [0, 0, 0, 2]], // g (every skill) and h (roofer)
      ['22', 1, [0, 0, 1, 0]],
      ['71', 7, [3, 0, 0, 4]], // everyone in 71 with consent
    ]);
  });

  it('refuses a request naming a group twice', async () => {
    const spec = groupSpec({ group: '71', units: ['7112'], profileOf, minScore: 0 });
    await expect(engine.supply({ groups: [spec, spec] })).rejects.toThrow(RangeError);
  });
});
