import { describe, expect, it } from 'vitest';
import type { GroupSupply } from '../../../shared/insight/insight-engine.js';
import { demandByGroup, tensionReport } from '../../../shared/insight/tension.js';

const vacancies = [
  { isco: '7112', openings: 3, bottleneck: true },
  { isco: '7112', openings: 1, bottleneck: true },
  { isco: '7115', openings: 2, bottleneck: false },
  { isco: '2221', openings: 4, bottleneck: true },
];

function supply(group: string, perRing: [number, number, number, number], country4 = 'MA'): GroupSupply {
  const countries = ['BE', 'BE', 'NL', country4];
  const rings = perRing.map((candidates, i) => ({
    ring: (i + 1) as 1 | 2 | 3 | 4,
    candidates,
    countries:
      candidates > 0 ? [{ country: countries[i] as string, candidates, gaps: {}, startable: {} }] : [],
    gaps: {},
    startable: {},
  }));
  return { group, candidates: perRing.reduce((a, b) => a + b, 0), rings };
}

describe('demandByGroup', () => {
  it('sums openings and counts vacancies per group at the level', () => {
    expect(demandByGroup(vacancies, 2)).toEqual([
      { group: '22', vacancies: 1, openings: 4, bottleneckVacancies: 1, bottleneckOpenings: 4 },
      { group: '71', vacancies: 3, openings: 6, bottleneckVacancies: 2, bottleneckOpenings: 4 },
    ]);
    expect(demandByGroup(vacancies, 4).map((d) => [d.group, d.openings])).toEqual([
      ['2221', 4],
      ['7112', 4],
      ['7115', 2],
    ]);
    expect(demandByGroup(vacancies, 1).map((d) => [d.group, d.vacancies, d.openings])).toEqual([
      ['2', 1, 4],
      ['7', 3, 6],
    ]);
  });
});

describe('tensionReport', () => {
  const report = tensionReport({
    asOf: '2026-03-02',
    level: 2,
    minScore: 0.5,
    demand: demandByGroup(vacancies, 2),
    supply: [supply('71', [2, 1, 3, 6]), supply('22', [5, 0, 1, 2], 'IN')],
  });

  it('gives candidates per opening overall and per ring, most strained first', () => {
    expect(report.groups.map((g) => [g.group, g.candidates, g.openings, g.tension])).toEqual([
      ['22', 8, 4, 2],
      ['71', 12, 6, 2],
    ]);
    const construction = report.groups.find((g) => g.group === '71');
    expect(construction?.title).toBe('Building and related trades workers, excluding electricians');
    expect(construction?.rings.map((r) => [r.ring, r.candidates, r.tension])).toEqual([
      [1, 2, 0.33],
      [2, 1, 0.17],
      [3, 3, 0.5],
      [4, 6, 1],
    ]);
    expect(construction?.rings[3]?.countries).toEqual([{ country: 'MA', candidates: 6 }]);
  });

  it('gives the share of openings Flanders alone can fill', () => {
    const construction = report.groups.find((g) => g.group === '71');
    expect(construction?.flandersFillableOpenings).toBe(2);
    expect(construction?.flandersFillShare).toBe(0.333);
    const health = report.groups.find((g) => g.group === '22');
    expect(health?.flandersFillableOpenings).toBe(4); // 5 Flemish candidates, 4 openings: capped
    expect(health?.flandersFillShare).toBe(1);
    expect(report.totals).toEqual({
      vacancies: 4,
      openings: 10,
      flandersFillableOpenings: 6,
      flandersFillShare: 0.6,
    });
  });

  it('reports a group without qualified candidates with zeros in every ring', () => {
    const empty = tensionReport({
      asOf: '2026-03-02',
      level: 4,
      minScore: 1,
      demand: demandByGroup([{ isco: '2512', openings: 2, bottleneck: true }], 4),
      supply: [],
    });
    expect(empty.groups[0]).toMatchObject({
      group: '2512',
      title: 'Software developers',
      candidates: 0,
      tension: 0,
      flandersFillShare: 0,
    });
    expect(empty.groups[0]?.rings.map((r) => r.candidates)).toEqual([0, 0, 0, 0]);
  });
});
