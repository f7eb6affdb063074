import { describe, expect, it } from 'vitest';
import { demoCandidateDocuments } from '../../../scripts/data/demo-pool.js';
import { EmbeddedInsightEngine } from '../../../shared/adapters/embedded-search/embedded-insight-engine.js';
import { renderInsightReport } from '../../../shared/app/insight-report/report-page.js';
import { DEMO_CANDIDATE_COUNT, DEMO_CANDIDATE_SEED, demoDataSet } from '../../../shared/demo/demo-data.js';
import { VacancyInputSchema } from '../../../shared/domain/vacancy.js';
import { type IscoLevel, unitGroupsIn } from '../../../shared/insight/isco-groups.js';
import { essentialSkills } from '../../../shared/insight/occupation-profiles.js';
import { groupSpec } from '../../../shared/insight/qualification.js';
import { demandByGroup, tensionReport } from '../../../shared/insight/tension.js';
import { defaultReferenceData } from '../../../shared/rules/reference-data.js';
import { builtInTaxonomy } from '../../../shared/taxonomy/built-in-taxonomy.js';
import type { SourcingPlan } from '../../../shared/use-cases/insight-use-cases.js';

/**
 * The demo world shows the shortage the product exists for (docs/demo-data.md): on the data
 * `npm start` loads, bottleneck occupations are short in Flanders and the other rings make the
 * difference. Computed the way the insight report computes it (embedded insight engine, default
 * match quality 0.5), at the report's default ISCO level 2 and per unit group (level 4).
 */

const TODAY = '2026-03-02';
const taxonomy = builtInTaxonomy();
const docs = demoCandidateDocuments({ seed: DEMO_CANDIDATE_SEED, count: DEMO_CANDIDATE_COUNT, taxonomy });
const engine = new EmbeddedInsightEngine({ documents: () => docs });
const vacancies = demoDataSet().vacancies.map((v) => VacancyInputSchema.parse(v.input));

async function tensionAt(level: IscoLevel) {
  const demand = demandByGroup(
    vacancies.map((v) => ({
      isco: v.occupation.isco,
      openings: v.openings,
      bottleneck: defaultReferenceData.isBottleneck(v.occupation.isco, TODAY).bottleneck,
    })),
    level,
  );
  const supply = await engine.supply({
    groups: demand.map((d) =>
      groupSpec({
        group: d.group,
        units: unitGroupsIn(d.group),
        profileOf: (isco) => essentialSkills(taxonomy, isco),
        minScore: 0.5,
      }),
    ),
  });
  return tensionReport({ asOf: TODAY, level, minScore: 0.5, demand, supply: supply.groups });
}

describe('the demo world', () => {
  it.each([2, 4] as const)(
    'at ISCO level %i has a bottleneck group that Flanders alone fills less than half of, which the other rings can fill',
    async (level) => {
      const report = await tensionAt(level);
      const short = report.groups.filter((g) => g.bottleneckOpenings > 0 && g.flandersFillShare < 0.5);
      expect(short.length).toBeGreaterThan(0);
      for (const g of short) expect(g.candidates, g.group).toBeGreaterThanOrEqual(g.openings);
    },
  );

  it('no longer lets Flanders fill every opening', async () => {
    const report = await tensionAt(2);
    expect(report.totals.flandersFillShare).toBeLessThan(0.9);
  });

  it('keeps ordinary (non-bottleneck) occupations well supplied in Flanders', async () => {
    const report = await tensionAt(4);
    const ordinary = report.groups.filter((g) => g.bottleneckOpenings === 0);
    expect(ordinary.length).toBeGreaterThan(0);
    for (const g of ordinary) expect(g.flandersFillShare, g.group).toBe(1);
  });

  it('the report page shows it in the tension table', async () => {
    const report = await tensionAt(2);
    const plan: SourcingPlan = {
      year: 2026,
      asOf: TODAY,
      minScore: 0.5,
      list: {
        year: 2026,
        officialCount: 227,
        mappedOccupations: 0,
        carriedForward: false,
        unverified: false,
      },
      startWindows: { windows: [], unverified: true },
      occupations: [],
    };
    const html = renderInsightReport({ tension: report, plan });
    const health = report.groups.find((g) => g.group === '22');
    expect(health?.flandersFillShare).toBeLessThan(0.5);
    const row = html.match(/<tr data-group="22">(.*?)<\/tr>/)?.[1] ?? '';
    const cells = [...row.matchAll(/<td[^>]*>([^<]*)<\/td>/g)].map((m) => m[1]);
    const fills = Number.parseFloat(cells.at(-1) ?? '100');
    expect(fills).toBeLessThan(50);
  });
});
