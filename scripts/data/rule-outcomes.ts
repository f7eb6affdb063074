/**
 * The rules' outcomes on the demo world: every demo vacancy and the published example body at
 * intake (blocked, and by which rules; the findings kept), and for each accepted vacancy its
 * matches per ring, the exclusions per rule, and each candidate of its occupation group as
 * the match-time rules judge the pair. Run it at two commits on the same inputs and diff the files
 * to see which vacancies and matches a rule change moved (docs/rule-outcomes.md).
 *
 *   npx tsx scripts/data/rule-outcomes.ts --dump-data > world.json       the demo world's inputs
 *   npx tsx scripts/data/rule-outcomes.ts [--data world.json] [--today 2026-03-02] > outcomes.json
 *   npx tsx scripts/data/rule-outcomes.ts --baseline DIR [--today …] > docs/rule-outcomes.md
 *
 * `--baseline DIR` is a checkout of the older commit with its node_modules: the script copies
 * the checkout (not its node_modules) to a temporary directory, runs itself there on this
 * commit's demo world, runs here, and writes the comparison (rule-outcomes-report.ts).
 */
// First: the OpenAPI extension of zod, before any schema is built (as scripts/start.ts does).
import '@hono/zod-openapi';
import { execFileSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { demoDataSet } from '../../shared/demo/demo-data.js';
import { CandidateInputSchema } from '../../shared/domain/candidate.js';
import { VacancyInputSchema } from '../../shared/domain/vacancy.js';
import { fixedClock } from '../../shared/ports/clock.js';
import { sequentialIds } from '../../shared/ports/id-generator.js';
import { evaluateVacancyIntake } from '../../shared/rules/intake.js';
import { pairAssessor } from '../../shared/rules/match.js';
import { defaultReferenceData } from '../../shared/rules/reference-data.js';
import { type CandidateDocument, toCandidateDocument } from '../../shared/search/candidate-document.js';
import { upsertCandidate } from '../../shared/use-cases/candidate-use-cases.js';
import { matchVacancy } from '../../shared/use-cases/match-vacancy.js';
import { createVacancy } from '../../shared/use-cases/vacancy-use-cases.js';
import { startDynalite } from '../local/dynalite.js';
import { buildLocalApp } from '../local/local-app.js';
import { outcomesReport, type VacancyOutcome, type World } from './rule-outcomes-report.js';

/**
 * The demo world's inputs, with the published example bodies as one more vacancy and candidate.
 * Imported here, not at the top: the baseline copy runs this file on `--data` only, and an older
 * checkout need not have the module.
 */
async function demoWorld(): Promise<World> {
  const { referenceCandidate, referenceVacancy } = await import('../../shared/demo/reference-bodies.js');
  const data = demoDataSet();
  return {
    vacancies: [
      ...data.vacancies.map((v) => ({ ref: v.ref, ownerOrg: v.ownerOrg, input: v.input })),
      { ref: 'example-vacancy', ownerOrg: 'emp-example', input: referenceVacancy() },
    ],
    candidates: [
      ...data.candidates.map((c) => ({ pes: c.pes, externalId: c.externalId, input: c.input })),
      { pes: 'VDAB', externalId: 'example-candidate', input: referenceCandidate() },
    ],
  };
}

const issueOf = (error: unknown): string => {
  const issues = (error as { issues?: { path: unknown[]; message: string }[] }).issues;
  return issues?.[0] ? `${issues[0].path.join('.')}: ${issues[0].message}` : String(error);
};

async function outcomes(world: World, today: string): Promise<VacancyOutcome[]> {
  const dynamo = await startDynalite();
  try {
    const { deps } = await buildLocalApp({
      dynamo,
      clock: fixedClock(`${today}T09:00:00.000Z`),
      ids: sequentialIds(),
      rateLimit: false,
    });
    const ctx = { today, data: defaultReferenceData };
    const names = new Map<string, string>();
    const documents: CandidateDocument[] = [];
    for (const c of world.candidates) {
      const caller = { role: 'pes' as const, org: c.pes, subject: `demo:${c.pes}`, scopes: [] };
      const parsed = CandidateInputSchema.safeParse(c.input);
      if (!parsed.success) continue;
      const result = await upsertCandidate(deps, caller, c.externalId, parsed.data);
      names.set(result.candidate.id, `${c.pes}/${c.externalId}`);
      documents.push(toCandidateDocument(result.candidate));
    }
    const out: VacancyOutcome[] = [];
    for (const v of world.vacancies) {
      const parsed = VacancyInputSchema.safeParse(v.input);
      if (!parsed.success) {
        out.push({ ref: v.ref, rejected: issueOf(parsed.error), blockedBy: [], findings: [] });
        continue;
      }
      const intake = evaluateVacancyIntake(parsed.data, ctx);
      const blockedBy = intake.blocking.map((d) => d.ruleId);
      const findings = intake.decisions
        .filter((d) => d.outcome === 'violation' && d.severity !== 'block')
        .map((d) => `${d.ruleId}:${d.severity}`);
      if (blockedBy.length > 0) {
        out.push({ ref: v.ref, blockedBy, findings });
        continue;
      }
      const caller = {
        role: 'employer' as const,
        org: v.ownerOrg,
        subject: `demo:${v.ownerOrg}`,
        scopes: [],
      };
      const { vacancy } = await createVacancy(deps, caller, parsed.data);
      const match = await matchVacancy(deps, caller, vacancy.id, {
        mode: 'parallel',
        topK: 1000,
        locale: 'en',
        wanted: 1,
      });
      // The pair rules on every candidate matched or of the occupation's ISCO sub-major group
      // (its first two digits): why a match came or went.
      const assess = pairAssessor(vacancy, ctx);
      const group = parsed.data.occupation.isco.slice(0, 2);
      const matched = new Set(match.rings.flatMap((r) => r.matches.map((m) => m.candidateId)));
      const pairs: Record<string, string> = {};
      for (const doc of documents) {
        if (!matched.has(doc.id) && !doc.occupations.some((o) => o.startsWith(group))) continue;
        const a = assess(doc);
        pairs[names.get(doc.id) ?? doc.id] = a.blocked ? a.blockingRuleIds.join(',') : `ok ${a.route}`;
      }
      out.push({
        ref: v.ref,
        blockedBy,
        findings,
        rings: Object.fromEntries(
          match.rings.map((r) => [String(r.ring), { total: r.total, exclusions: { ...r.exclusions } }]),
        ),
        matches: match.rings
          .flatMap((r) => r.matches.map((m) => `${names.get(m.candidateId) ?? m.candidateId} (${m.route})`))
          .sort(),
        pairs,
      });
    }
    return out;
  } finally {
    await dynamo.stop();
  }
}

/** Runs this script inside a copy of the older checkout, on `world`, and returns its outcomes. */
function baselineOutcomes(dir: string, world: World, today: string): VacancyOutcome[] {
  const root = resolve(dir);
  const copy = mkdtempSync(join(tmpdir(), 'rule-outcomes-'));
  try {
    cpSync(root, copy, {
      recursive: true,
      filter: (p) => !p.startsWith(join(root, 'node_modules')) && !p.startsWith(join(root, '.git')),
    });
    symlinkSync(join(root, 'node_modules'), join(copy, 'node_modules'));
    for (const f of ['rule-outcomes.ts', 'rule-outcomes-report.ts'])
      cpSync(new URL(f, import.meta.url), join(copy, 'scripts/data', f));
    writeFileSync(join(copy, 'world.json'), JSON.stringify(world));
    const json = execFileSync(
      'npx',
      ['tsx', 'scripts/data/rule-outcomes.ts', '--data', 'world.json', '--today', today],
      {
        cwd: copy,
        maxBuffer: 1 << 28,
        stdio: ['ignore', 'pipe', 'inherit'],
      },
    );
    return JSON.parse(json.toString('utf8')) as VacancyOutcome[];
  } finally {
    rmSync(copy, { recursive: true, force: true });
  }
}

const { values } = parseArgs({
  options: {
    today: { type: 'string', default: '2026-03-02' },
    data: { type: 'string' },
    'dump-data': { type: 'boolean', default: false },
    baseline: { type: 'string' },
  },
});
const world = values.data ? (JSON.parse(readFileSync(values.data, 'utf8')) as World) : await demoWorld();
if (values['dump-data']) console.log(JSON.stringify(world));
else if (values.baseline) {
  const before = baselineOutcomes(values.baseline, world, values.today);
  const after = await outcomes(world, values.today);
  const commit = execFileSync('git', ['rev-parse', '--short', 'HEAD'], { cwd: values.baseline })
    .toString()
    .trim();
  console.log(outcomesReport(before, after, { baseline: commit, today: values.today }));
} else console.log(JSON.stringify(await outcomes(world, values.today), null, 1));
