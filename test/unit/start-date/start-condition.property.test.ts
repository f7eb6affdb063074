import { describe, expect, it } from 'vitest';
import { demoCandidateDocuments } from '../../../scripts/data/demo-pool.js';
import { generateVacancies } from '../../../shared/demo/candidate-generator.js';
import { RINGS } from '../../../shared/domain/geography.js';
import { VacancyInputSchema } from '../../../shared/domain/vacancy.js';
import { compileCondition } from '../../../shared/matching/compile-condition.js';
import { toMatchProfile } from '../../../shared/matching/score-model.js';
import { addDays } from '../../../shared/rules/dates.js';
import { pairAssessor } from '../../../shared/rules/match.js';
import { defaultReferenceData } from '../../../shared/rules/reference-data.js';
import { satisfies } from '../../../shared/search/candidate-condition.js';
import type { CandidateDocument } from '../../../shared/search/candidate-document.js';
import { vacancyStartPlan } from '../../../shared/start-date/vacancy-start.js';
import { builtInTaxonomy } from '../../../shared/taxonomy/built-in-taxonomy.js';

/**
 * "Can start by" as a condition (start-condition.ts) must select exactly the candidates whose
 * computed earliest start (earliest-start.ts) is on or before the date: checked on the demo
 * generator's candidates and vacancies, every ring, dates from today to two years out, and with
 * notice periods added so that part is exercised too.
 */

const TODAY = '2026-03-02';
const taxonomy = builtInTaxonomy();
const ctx = { today: TODAY, data: defaultReferenceData };
const docs: CandidateDocument[] = demoCandidateDocuments({ seed: 77, count: 1500, taxonomy }).map((doc, i) =>
  i % 3 === 0 ? { ...doc, noticePeriodWeeks: i % 13 } : doc,
);
const vacancies = [...generateVacancies({ seed: 5, count: 24 })].map((raw) => {
  const input = VacancyInputSchema.parse(raw);
  const resolved = {
    ...input,
    requiredSkills: taxonomy.resolveSkills(input.requiredSkills, 'requiredSkills').skills,
    optionalSkills: taxonomy.resolveSkills(input.optionalSkills, 'optionalSkills').skills,
  };
  const isco = input.occupation.isco;
  const vacancy = { ...input, bottleneck: defaultReferenceData.isBottleneck(isco, TODAY).bottleneck };
  const profile = toMatchProfile(resolved, { regulated: defaultReferenceData.isRegulated(isco) });
  return { vacancy, profile };
});
const OFFSETS = [0, 30, 91, 120, 182, 250, 365, 500, 730];

describe.each(vacancies.map((v, i) => [i, v.vacancy.occupation.isco, v] as const))(
  'demo vacancy %i (%s)',
  (_i, _isco, { vacancy, profile }) => {
    const plan = vacancyStartPlan(vacancy, profile, ctx, (skill) => taxonomy.trainingModule(skill));
    const assess = pairAssessor(vacancy, ctx);
    const starts = docs.map((doc) => plan.startOf(doc, assess(doc)).earliestStart);

    it.each(RINGS)('ring %i: the condition selects exactly who starts in time', (ring) => {
      let selected = 0;
      for (const offset of OFFSETS) {
        const by = addDays(TODAY, offset);
        const condition = plan.canStartBy(ring, by);
        const compiled = compileCondition(condition);
        docs.forEach((doc, d) => {
          if (doc.ring !== ring) return;
          const start = starts[d] ?? null;
          const expected = start !== null && start <= by;
          if (expected) selected++;
          expect(satisfies(doc, condition), `${doc.id} start ${start} by ${by}`).toBe(expected);
          expect(compiled(doc)).toBe(expected);
        });
      }
      // Not vacuous: somebody in the ring can start within two years (ring 4 only for some).
      if (ring !== 4) expect(selected).toBeGreaterThan(0);
    });
  },
);

it('no candidate can start before today', () => {
  const { vacancy, profile } = vacancies[0] as (typeof vacancies)[number];
  const plan = vacancyStartPlan(vacancy, profile, ctx, (skill) => taxonomy.trainingModule(skill));
  expect(plan.canStartBy(1, addDays(TODAY, -1))).toEqual({ kind: 'never' });
});

it('knows every diploma recognition status of the candidate schema', async () => {
  const { DIPLOMA_RECOGNITION } = await import('../../../shared/domain/candidate.js');
  const { DIPLOMA_FIT } = await import('../../../shared/matching/score-model.js');
  expect(Object.keys(DIPLOMA_FIT).sort()).toEqual([...DIPLOMA_RECOGNITION].sort());
});
