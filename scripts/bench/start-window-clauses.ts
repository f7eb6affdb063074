/**
 * Start windows against OpenSearch's clause limit: for generated demo worlds of growing size,
 * the largest start-window filter (leaf clauses) as a plain union of the vacancies' "can start
 * by" conditions (the baseline) and as the factored union start-windows.ts builds, how many
 * disjoint parts the windows over the limit are sent as, and the time to build each.
 *
 *   npx tsx scripts/bench/start-window-clauses.ts [--vacancies 400,2500]
 */
import { parseArgs } from 'node:util';
import { conditionToQuery } from '../../shared/adapters/opensearch/condition-to-query.js';
import {
  clauseCount,
  MAX_CLAUSES,
  windowParts,
} from '../../shared/adapters/opensearch/start-window-query.js';
import { RINGS } from '../../shared/domain/geography.js';
import { anyCondition } from '../../shared/rules/conditions.js';
import { defaultReferenceData } from '../../shared/rules/reference-data.js';
import type { CandidateCondition } from '../../shared/search/candidate-condition.js';
import { startWindowDates } from '../../shared/start-date/start-summary.js';
import { type StartWindowSpec, startWindowSpecs } from '../../shared/start-date/start-windows.js';
import type { VacancyStartPlan } from '../../shared/start-date/vacancy-start.js';
import { builtInTaxonomy } from '../../shared/taxonomy/built-in-taxonomy.js';
import { demoStartPlans } from '../data/demo-pool.js';
import { loadLine, machineLine } from './machine.js';

const { values } = parseArgs({ options: { vacancies: { type: 'string', default: '400,2500' } } });
const TODAY = '2026-03-01';
const taxonomy = builtInTaxonomy();

const leaves = (ring: number, condition: CandidateCondition) =>
  clauseCount({ bool: { filter: [{ term: { ring } }, conditionToQuery(condition)] } });

/** The baseline (5e2086f): each window the plain union of its vacancies' distinct conditions. */
function plainWindows(plans: readonly VacancyStartPlan[]) {
  return RINGS.flatMap((ring) =>
    startWindowDates(TODAY).map(({ by }) => {
      const distinct = new Map<string, CandidateCondition>();
      for (const plan of plans) {
        const condition = plan.canStartBy(ring, by);
        distinct.set(JSON.stringify(condition), condition);
      }
      return { ring, condition: anyCondition(...distinct.values()) };
    }),
  );
}

function timed<T>(run: () => T): [T, number] {
  const start = process.hrtime.bigint();
  const result = run();
  return [result, Number(process.hrtime.bigint() - start) / 1e6];
}

console.log(machineLine());
for (const count of values.vacancies.split(',').map(Number)) {
  const byOccupation = demoStartPlans({
    seed: 61,
    count,
    taxonomy,
    reference: defaultReferenceData,
    today: TODAY,
  });
  const occupations = [...byOccupation.values()];
  const [plain, plainMs] = timed(() => occupations.flatMap(plainWindows));
  const [factored, factoredMs] = timed(() => occupations.flatMap((plans) => startWindowSpecs(TODAY, plans)));
  const [parts, splitMs] = timed(() => factored.map((w: StartWindowSpec) => windowParts(w).length));
  const max = (list: readonly { ring: number; condition: CandidateCondition }[]) =>
    Math.max(...list.map((w) => leaves(w.ring, w.condition)));
  console.log(
    [
      `vacancies ${count} (${occupations.length} occupations, ${factored.length} windows), ${loadLine()}`,
      `  largest window, plain union:    ${max(plain)} leaves (${plain.filter((w) => leaves(w.ring, w.condition) > MAX_CLAUSES).length} windows over ${MAX_CLAUSES}), built in ${plainMs.toFixed(0)} ms`,
      `  largest window, factored union: ${max(factored)} leaves (${factored.filter((w) => leaves(w.ring, w.condition) > MAX_CLAUSES).length} windows over ${MAX_CLAUSES}), built in ${factoredMs.toFixed(0)} ms (${(factoredMs / plainMs).toFixed(2)}× the plain union)`,
      `  sent as ${parts.reduce((a, b) => a + b, 0)} filters for ${factored.length} windows (most parts in one window: ${Math.max(...parts)}), split in ${splitMs.toFixed(0)} ms`,
    ].join('\n'),
  );
}
