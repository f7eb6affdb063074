/**
 * The rules' outcomes on the demo data set: every demo vacancy at intake (blocked, and by which
 * rules; the findings kept) and, for each accepted vacancy, its matches per ring (who is in,
 * and the exclusions per rule). Run it on two commits and diff the files to see which demo
 * vacancies and matches a rule change moved (docs/rules.md).
 *
 *   npx tsx scripts/data/rule-outcomes.ts [--today 2026-03-02] > outcomes.json
 *   npx tsx scripts/data/rule-outcomes.ts --diff before.json after.json
 */
// First: the OpenAPI extension of zod, before any schema is built (as scripts/start.ts does).
import '@hono/zod-openapi';
import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { demoDataSet } from '../../shared/demo/demo-data.js';
import { CandidateInputSchema } from '../../shared/domain/candidate.js';
import { VacancyInputSchema } from '../../shared/domain/vacancy.js';
import { fixedClock } from '../../shared/ports/clock.js';
import { sequentialIds } from '../../shared/ports/id-generator.js';
import { evaluateVacancyIntake } from '../../shared/rules/intake.js';
import { defaultReferenceData } from '../../shared/rules/reference-data.js';
import { upsertCandidate } from '../../shared/use-cases/candidate-use-cases.js';
import { matchVacancy } from '../../shared/use-cases/match-vacancy.js';
import { createVacancy } from '../../shared/use-cases/vacancy-use-cases.js';
import { startDynalite } from '../local/dynalite.js';
import { buildLocalApp } from '../local/local-app.js';

interface VacancyOutcome {
  readonly ref: string;
  readonly blockedBy: readonly string[];
  /** Non-blocking violations, as "RULE:severity". */
  readonly findings: readonly string[];
  readonly rings?: Readonly<Record<string, { total: number; exclusions: Record<string, number> }>>;
  /** Matched candidates as "pes/externalId (route)". */
  readonly matches?: readonly string[];
}

async function outcomes(today: string): Promise<VacancyOutcome[]> {
  const data = demoDataSet();
  const dynamo = await startDynalite();
  try {
    const { deps } = await buildLocalApp({
      dynamo,
      clock: fixedClock(`${today}T09:00:00.000Z`),
      ids: sequentialIds(),
      rateLimit: false,
    });
    const external = new Map<string, string>();
    for (const c of data.candidates) {
      const caller = { role: 'pes' as const, org: c.pes, subject: `demo:${c.pes}`, scopes: [] };
      const result = await upsertCandidate(deps, caller, c.externalId, CandidateInputSchema.parse(c.input));
      external.set(result.candidate.id, `${c.pes}/${c.externalId}`);
    }
    const out: VacancyOutcome[] = [];
    for (const v of data.vacancies) {
      const input = VacancyInputSchema.parse(v.input);
      const intake = evaluateVacancyIntake(input, { today, data: defaultReferenceData });
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
      const { vacancy } = await createVacancy(deps, caller, input);
      const match = await matchVacancy(deps, caller, vacancy.id, {
        mode: 'parallel',
        topK: 1000,
        locale: 'en',
        wanted: 1,
      });
      out.push({
        ref: v.ref,
        blockedBy,
        findings,
        rings: Object.fromEntries(
          match.rings.map((r) => [String(r.ring), { total: r.total, exclusions: { ...r.exclusions } }]),
        ),
        matches: match.rings
          .flatMap((r) =>
            r.matches.map((m) => `${external.get(m.candidateId) ?? m.candidateId} (${m.route})`),
          )
          .sort(),
      });
    }
    return out;
  } finally {
    await dynamo.stop();
  }
}

const nameOf = (m: string) => m.replace(/ \(.*\)$/, '');

function diff(before: readonly VacancyOutcome[], after: readonly VacancyOutcome[]): string[] {
  const lines: string[] = [];
  const old = new Map(before.map((v) => [v.ref, v]));
  for (const a of after) {
    const b = old.get(a.ref);
    if (!b) {
      lines.push(`${a.ref}: new`);
      continue;
    }
    const was = b.blockedBy.length > 0 ? `blocked (${b.blockedBy.join(', ')})` : 'accepted';
    const is = a.blockedBy.length > 0 ? `blocked (${a.blockedBy.join(', ')})` : 'accepted';
    if (was !== is) lines.push(`${a.ref}: intake ${was} -> ${is}`);
    const gone = b.findings.filter((f) => !a.findings.includes(f));
    const added = a.findings.filter((f) => !b.findings.includes(f));
    if (gone.length + added.length > 0)
      lines.push(`${a.ref}: findings -[${gone.join(', ')}] +[${added.join(', ')}]`);
    for (const ring of new Set([...Object.keys(b.rings ?? {}), ...Object.keys(a.rings ?? {})])) {
      const rb = b.rings?.[ring];
      const ra = a.rings?.[ring];
      const show = (r: typeof ra) =>
        r ? `total ${r.total} ${JSON.stringify(r.exclusions)}` : 'not searched';
      if (show(rb) !== show(ra)) lines.push(`${a.ref}: ring ${ring} ${show(rb)} -> ${show(ra)}`);
    }
    const mb = new Map((b.matches ?? []).map((m) => [nameOf(m), m]));
    const ma = new Map((a.matches ?? []).map((m) => [nameOf(m), m]));
    for (const [name, m] of mb) if (!ma.has(name)) lines.push(`${a.ref}: match lost ${m}`);
    for (const [name, m] of ma) {
      const prev = mb.get(name);
      if (!prev) lines.push(`${a.ref}: match gained ${m}`);
      else if (prev !== m) lines.push(`${a.ref}: route ${prev} -> ${m}`);
    }
  }
  return lines;
}

const { values, positionals } = parseArgs({
  options: { today: { type: 'string', default: '2026-03-02' }, diff: { type: 'boolean', default: false } },
  allowPositionals: true,
});
if (values.diff) {
  const [a, b] = positionals.map((p) => JSON.parse(readFileSync(p, 'utf8')) as VacancyOutcome[]);
  if (!a || !b) throw new Error('usage: --diff before.json after.json');
  console.log(diff(a, b).join('\n') || 'no change');
} else {
  console.log(JSON.stringify(await outcomes(values.today), null, 1));
}
