import { ruleById } from '../../shared/rules/catalogue.js';

/**
 * The comparison of two runs of scripts/data/rule-outcomes.ts on the same demo world, as the
 * markdown of docs/rule-outcomes.md: intake decisions, findings, matches lost and gained (with
 * the pair rules that explain them), route changes and exclusion counts, each rule with its
 * legal source from the catalogue (shared/rules/catalogue.ts).
 */

export interface World {
  readonly vacancies: readonly { ref: string; ownerOrg: string; input: unknown }[];
  readonly candidates: readonly { pes: string; externalId: string; input: unknown }[];
}

export interface VacancyOutcome {
  readonly ref: string;
  /** The schema refused the body (the first issue). */
  readonly rejected?: string;
  readonly blockedBy: readonly string[];
  /** Non-blocking violations, as "RULE:severity". */
  readonly findings: readonly string[];
  readonly rings?: Readonly<Record<string, { total: number; exclusions: Record<string, number> }>>;
  /** Matched candidates as "pes/externalId (route)". */
  readonly matches?: readonly string[];
  /** Each candidate matched or of the occupation group: "ok <route>" or the blocking rule ids. */
  readonly pairs?: Readonly<Record<string, string>>;
}

const nameOf = (m: string) => m.replace(/ \(.*\)$/, '');
const routeOf = (m: string) => /\((.*)\)$/.exec(m)?.[1] ?? '';

function intakeOf(v: VacancyOutcome | undefined): string {
  if (!v) return 'absent';
  if (v.rejected) return `rejected by the schema (${v.rejected})`;
  return v.blockedBy.length > 0 ? `blocked: ${v.blockedBy.join(', ')}` : 'accepted';
}

/** Why a pair is as it is, in words: the blocking rules, or that the rules let it through. */
function pairReason(decision: string | undefined): string {
  if (decision === undefined) return 'not judged (outside the occupation group, not matched)';
  if (decision.startsWith('ok '))
    return `the rules let the pair through (route ${decision.slice(3)}): ranking or ring pool`;
  return `blocked by ${decision.split(',').join(', ')}`;
}

function grouped(entries: readonly (readonly [reason: string, name: string])[]): string[] {
  const groups = new Map<string, string[]>();
  for (const [reason, name] of entries) groups.set(reason, [...(groups.get(reason) ?? []), name]);
  return [...groups]
    .sort((a, b) => b[1].length - a[1].length)
    .map(([reason, names]) => `  - ${names.length} × ${reason}: ${names.sort().join(', ')}`);
}

function rulesNamed(lines: readonly string[]): string[] {
  const ids = new Set<string>();
  for (const line of lines) for (const m of line.matchAll(/\b(?:[A-Z]{2,3}-\d{2}|CONSENT)\b/g)) ids.add(m[0]);
  return [...ids].sort().map((id) => {
    const rule = ruleById(id);
    return rule
      ? `| ${id} | ${rule.version} | ${rule.title.en} | [${rule.source.title}](${rule.source.url}) |`
      : `| ${id} | – | no longer in the catalogue | – |`;
  });
}

function vacancyChanges(b: VacancyOutcome | undefined, a: VacancyOutcome): string[] {
  const out: string[] = [];
  if (intakeOf(b) !== intakeOf(a)) out.push(`- intake: ${intakeOf(b)} → **${intakeOf(a)}**`);
  const gone = (b?.findings ?? []).filter((f) => !a.findings.includes(f));
  const added = a.findings.filter((f) => !(b?.findings ?? []).includes(f));
  if (gone.length + added.length > 0)
    out.push(
      `- findings kept: ${gone.length ? `no longer ${gone.join(', ')}` : ''}${gone.length && added.length ? '; ' : ''}${added.length ? `now ${added.join(', ')}` : ''}`,
    );
  for (const ring of new Set([...Object.keys(b?.rings ?? {}), ...Object.keys(a.rings ?? {})])) {
    const show = (r: { total: number; exclusions: Record<string, number> } | undefined) =>
      r
        ? `${r.total} in the pool, excluded ${
            Object.entries(r.exclusions)
              .filter(([, n]) => n > 0)
              .map(([id, n]) => `${id} ${n}`)
              .join(', ') || 'none'
          }`
        : 'not searched';
    const was = show(b?.rings?.[ring]);
    const is = show(a.rings?.[ring]);
    if (was !== is) out.push(`- ring ${ring}: ${was} → ${is}`);
  }
  const mb = new Map((b?.matches ?? []).map((m) => [nameOf(m), m]));
  const ma = new Map((a.matches ?? []).map((m) => [nameOf(m), m]));
  const lost = [...mb.keys()].filter((n) => !ma.has(n)).map((n) => [pairReason(a.pairs?.[n]), n] as const);
  const gained = [...ma.keys()]
    .filter((n) => !mb.has(n))
    .map((n) => [pairReason(b?.pairs?.[n]).replace(/^blocked by/, 'was blocked by'), n] as const);
  const moved = [...ma].flatMap(([n, m]) => {
    const prev = mb.get(n);
    return prev && prev !== m ? [[`route ${routeOf(prev)} → ${routeOf(m)}`, n] as const] : [];
  });
  if (lost.length) out.push(`- ${lost.length} matches lost:`, ...grouped(lost));
  if (gained.length) out.push(`- ${gained.length} matches gained:`, ...grouped(gained));
  if (moved.length) out.push(`- ${moved.length} routes changed:`, ...grouped(moved));
  return out;
}

export function outcomesReport(
  before: readonly VacancyOutcome[],
  after: readonly VacancyOutcome[],
  meta: { baseline: string; today: string },
): string {
  const old = new Map(before.map((v) => [v.ref, v]));
  const sections = after.map((a) => [a.ref, vacancyChanges(old.get(a.ref), a)] as const);
  const changed = sections.filter(([, lines]) => lines.length > 0);
  const all = changed.flatMap(([, lines]) => lines);
  const count = (re: RegExp) => all.reduce((n, l) => n + Number(re.exec(l)?.[1] ?? 0), 0);
  return [
    '# Rule outcomes on the demo world',
    '',
    `Generated by \`npx tsx scripts/data/rule-outcomes.ts --baseline <checkout of ${meta.baseline}> --today ${meta.today}\`:`,
    `the demo world of this commit (the demo vacancies and candidates, plus the published example`,
    `bodies as \`example-vacancy\` and \`VDAB/example-candidate\`) judged by the rules at ${meta.baseline} and now,`,
    `both on ${meta.today}. A lost match names the rules that block the pair now; a gained one the rules`,
    'that blocked it before; a pair the rules let through but that is not in the results left for',
    'another reason (the ring pool, or the ranking past the top 1000).',
    '',
    `${after.length} vacancies; ${changed.length} changed (intake: ${all.filter((l) => l.startsWith('- intake')).length}, findings: ${all.filter((l) => l.startsWith('- findings')).length}); ${count(/^- (\d+) matches lost/)} matches lost,`,
    `${count(/^- (\d+) matches gained/)} gained, ${count(/^- (\d+) routes changed/)} routes changed.`,
    '',
    ...changed.flatMap(([ref, lines]) => [`## ${ref}`, '', ...lines, '']),
    ...(changed.length < after.length
      ? [
          '## Unchanged',
          '',
          sections
            .filter(([, l]) => l.length === 0)
            .map(([ref]) => ref)
            .join(', '),
          '',
        ]
      : []),
    '## The rules named above',
    '',
    '| rule | version | title | legal source |',
    '| --- | --- | --- | --- |',
    ...rulesNamed(all),
    '',
  ].join('\n');
}
