import type { AppDeps } from '../../shared/app/create-app.js';
import { mapLimit } from '../../shared/concurrency/map-limit.js';
import { demoDataSet } from '../../shared/demo/demo-data.js';
import { VacancyInputSchema } from '../../shared/domain/vacancy.js';
import { RowChecker } from '../../shared/use-cases/bulk/check-row.js';
import { writeChunk } from '../../shared/use-cases/bulk/write-chunk.js';
import { createVacancy } from '../../shared/use-cases/vacancy-use-cases.js';

export interface DemoSummary {
  readonly vacancies: number;
  readonly bottleneckVacancies: number;
  readonly candidates: number;
  readonly employers: readonly string[];
  readonly sampleVacancyId: string;
}

/** Rows per write: as a bulk upload's chunk. */
const CHUNK = 500;

/**
 * Loads the deterministic demo data set through the same use cases the API runs: vacancies one
 * by one, candidates as each PES's bulk upload would write them (checked rows, chunked
 * transactional writes with their audit records; write-chunk.ts), so start-up takes a few
 * dozen calls instead of one per candidate.
 */
export async function loadDemoData(
  deps: AppDeps,
  /** Resolves once every written profile is in the search index (the local stream's drain). */
  indexed: () => Promise<unknown> = async () => {},
): Promise<DemoSummary> {
  const data = demoDataSet();
  const vacancies = await mapLimit(data.vacancies, 4, async (v) => {
    const caller = { role: 'employer' as const, org: v.ownerOrg, subject: `demo:${v.ownerOrg}`, scopes: [] };
    return (await createVacancy(deps, caller, VacancyInputSchema.parse(v.input))).vacancy;
  });
  const ids = vacancies.map((v) => v.id);
  const bottleneck = vacancies.filter((v) => v.bottleneck).length;
  const byPes = new Map<string, (typeof data.candidates)[number][]>();
  for (const c of data.candidates) byPes.set(c.pes, [...(byPes.get(c.pes) ?? []), c]);
  const chunks: { pes: string; rows: ReturnType<RowChecker['check']>[] }[] = [];
  for (const [pes, candidates] of byPes) {
    const checker = new RowChecker(deps.taxonomy, pes, deps.clock);
    const rows = candidates.map((c, i) =>
      checker.check({ row: i + 1, value: { externalId: c.externalId, ...c.input } }),
    );
    for (let i = 0; i < rows.length; i += CHUNK) chunks.push({ pes, rows: rows.slice(i, i + CHUNK) });
  }
  const reports = await mapLimit(chunks, 2, ({ pes, rows }) =>
    writeChunk(deps, pes, rows, { actor: { kind: 'caller', role: 'pes', org: pes, subject: `demo:${pes}` } }),
  );
  const loaded = reports.flat().filter((r) => r.status === 'accepted' || r.status === 'unchanged').length;
  await indexed();
  return {
    vacancies: ids.length,
    bottleneckVacancies: bottleneck,
    candidates: loaded,
    employers: [...new Set(data.vacancies.map((v) => v.ownerOrg))],
    sampleVacancyId: ids[0] ?? '',
  };
}
