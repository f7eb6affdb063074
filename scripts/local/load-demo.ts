import type { AppDeps } from '../../shared/app/create-app.js';
import { demoDataSet } from '../../shared/demo/demo-data.js';
import { CandidateInputSchema } from '../../shared/domain/candidate.js';
import { VacancyInputSchema } from '../../shared/domain/vacancy.js';
import { upsertCandidate } from '../../shared/use-cases/candidate-use-cases.js';
import { createVacancy } from '../../shared/use-cases/vacancy-use-cases.js';

export interface DemoSummary {
  readonly vacancies: number;
  readonly bottleneckVacancies: number;
  readonly candidates: number;
  readonly employers: readonly string[];
  readonly sampleVacancyId: string;
}

/** Loads the deterministic demo data set through the same use cases the API runs. */
export async function loadDemoData(deps: AppDeps): Promise<DemoSummary> {
  const data = demoDataSet();
  const ids: string[] = [];
  let bottleneck = 0;
  for (const v of data.vacancies) {
    const caller = { role: 'employer' as const, org: v.ownerOrg, subject: `demo:${v.ownerOrg}`, scopes: [] };
    const { vacancy } = await createVacancy(deps, caller, VacancyInputSchema.parse(v.input));
    ids.push(vacancy.id);
    if (vacancy.bottleneck) bottleneck++;
  }
  const queue = [...data.candidates];
  let loaded = 0;
  await Promise.all(
    Array.from({ length: 8 }, async () => {
      for (let c = queue.shift(); c; c = queue.shift()) {
        const caller = { role: 'pes' as const, org: c.pes, subject: `demo:${c.pes}`, scopes: [] };
        await upsertCandidate(deps, caller, c.externalId, CandidateInputSchema.parse(c.input));
        loaded++;
      }
    }),
  );
  return {
    vacancies: ids.length,
    bottleneckVacancies: bottleneck,
    candidates: loaded,
    employers: [...new Set(data.vacancies.map((v) => v.ownerOrg))],
    sampleVacancyId: ids[0] ?? '',
  };
}
