import { RINGS } from '../../domain/geography.js';
import type { RouteAvailability } from '../../insight/occupation-routes.js';
import type { CountryReason, OccupationPlan, RingPlan } from '../../insight/sourcing-plan.js';
import type { GroupTension, TensionReport } from '../../insight/tension.js';
import type { SourcingPlan } from '../../use-cases/insight-use-cases.js';
import { count, escapeHtml, percent, ratio } from './html.js';
import { ratioBarChart, ringBarChart, ringLegend, stackedRingChart } from './svg-charts.js';

/**
 * The printable insight report: tension per occupation group and the sourcing plan of the
 * bottleneck occupations with open vacancies, as one self-contained HTML page (inline CSS and
 * SVG, no script, nothing fetched), so it renders offline, in a mail client or as a PDF.
 * Aggregates only, like the JSON it is built from.
 */

const COUNTRY_REASON_LABEL: Record<CountryReason, string> = {
  'home-region': 'lives in Belgium',
  'free-movement': 'EU/EEA free movement (FM-01)',
  'partner-agreement': 'partner agreement',
  'who-safeguard': 'WHO safeguards list (WHO-01)',
  'no-agreement': 'no partner agreement',
  'no-permit-route': 'no permit route',
};

const groupLabel = (g: Pick<GroupTension, 'group' | 'title'>) =>
  `${g.group} ${g.title ?? `ISCO-08 group ${g.group}`}`;

const STYLE = `
@page{size:A4;margin:14mm}
body{font:13px/1.45 system-ui,-apple-system,"Segoe UI",sans-serif;color:#1b1f24;max-width:760px;margin:1.5rem auto;padding:0 1rem}
h1{font-size:22px;margin:0 0 .25rem}h2{font-size:17px;margin:1.6rem 0 .5rem;border-bottom:1px solid #d8dee4;padding-bottom:.2rem}
h3{font-size:14px;margin:1rem 0 .3rem}h3 small{font-weight:normal;color:#57606a}
.meta{color:#57606a;margin:0 0 1rem}
.figures{display:flex;gap:1rem;flex-wrap:wrap;margin:.5rem 0}
.figure{border:1px solid #d8dee4;border-radius:6px;padding:.4rem .8rem;min-width:8rem}
.figure b{display:block;font-size:20px}
.chart{max-width:100%;height:auto;display:block;margin:.25rem 0 .75rem}
.chart text{font-size:11px;fill:#1b1f24}.chart .value{fill:#57606a}
.chart .tension{fill:#0072B2}.chart .tension.short{fill:#D55E00}
.chart .reference{stroke:#1b1f24;stroke-dasharray:3 3}.chart .axis{fill:#57606a;font-size:10px}
.legend{list-style:none;padding:0;margin:.25rem 0;display:flex;gap:1rem;flex-wrap:wrap;font-size:12px}
table{border-collapse:collapse;width:100%;font-size:12px;margin:.25rem 0 .75rem}
th,td{border-bottom:1px solid #e4e8ec;padding:3px 6px;text-align:left;vertical-align:top}
td.n,th.n{text-align:right;font-variant-numeric:tabular-nums}
.occupation td:first-child,.occupation td:nth-child(2){white-space:nowrap}
.occupation{break-inside:avoid;border:1px solid #d8dee4;border-radius:6px;padding:.2rem .8rem .4rem;margin:.75rem 0}
.route{display:inline-block;border-radius:4px;padding:0 5px;margin:0 4px 2px 0;font-size:11px;border:1px solid}
.route.open{border-color:#1a7f37;color:#1a7f37}.route.possible{border-color:#9a6700;color:#9a6700}.route.closed{border-color:#8c959f;color:#57606a}
.no{color:#cf222e}
dt{font-weight:600}dd{margin:0 0 .5rem 1rem}
footer{margin-top:2rem;color:#57606a;font-size:11px}
@media print{body{margin:0;max-width:none}a{color:inherit;text-decoration:none}}
`;

function summary(tension: TensionReport): string {
  const t = tension.totals;
  return `<div class="figures">
<div class="figure" id="open-vacancies"><b>${t.vacancies}</b>open vacancies</div>
<div class="figure" id="openings"><b>${t.openings}</b>openings</div>
<div class="figure" id="flanders-fill"><b>${percent(t.flandersFillShare)}</b>of openings Flanders alone can fill (${t.flandersFillableOpenings})</div>
</div>`;
}

function ringSection(tension: TensionReport): string {
  const totals = RINGS.map((ring) => ({
    ring,
    candidates: tension.groups.reduce(
      (n, g) => n + (g.rings.find((r) => r.ring === ring)?.candidates ?? 0),
      0,
    ),
  }));
  const byOpenings = [...tension.groups].sort(
    (a, b) => b.openings - a.openings || (a.group < b.group ? -1 : 1),
  );
  const rows = byOpenings.map((g) => ({
    key: g.group,
    label: groupLabel(g),
    segments: g.rings.map((r) => ({ ring: r.ring, candidates: r.candidates })),
  }));
  return `<section id="rings"><h2>Qualified candidates per ring</h2>${ringLegend()}
<h3>All occupation groups with open vacancies</h3>${ringBarChart(totals, 'Qualified candidates per ring')}
<h3>Per occupation group (most openings first)</h3>${stackedRingChart(rows, 'Qualified candidates per occupation group and ring')}</section>`;
}

function tensionSection(tension: TensionReport): string {
  const rows = tension.groups.map((g) => ({ key: g.group, label: groupLabel(g), value: g.tension }));
  const table = tension.groups
    .map(
      (g) =>
        `<tr data-group="${escapeHtml(g.group)}"><td>${escapeHtml(groupLabel(g))}</td><td class="n">${g.vacancies}</td><td class="n">${g.openings}</td>${g.rings
          .map((r) => `<td class="n">${r.candidates}</td>`)
          .join(
            '',
          )}<td class="n">${g.candidates}</td><td class="n">${ratio(g.tension)}</td><td class="n">${percent(g.flandersFillShare)}</td></tr>`,
    )
    .join('');
  return `<section id="tension"><h2>Tension per occupation</h2>
<p>Qualified candidates per opening, all rings; most strained first.</p>${ratioBarChart(rows, 'Qualified candidates per opening per occupation group')}
<table><thead><tr><th>Occupation group</th><th class="n">Vacancies</th><th class="n">Openings</th>${RINGS.map((r) => `<th class="n">Ring ${r}</th>`).join('')}<th class="n">Qualified</th><th class="n">Per opening</th><th class="n">Flanders fills</th></tr></thead><tbody>${table}</tbody></table></section>`;
}

const routeChip = (r: RouteAvailability) =>
  `<span class="route ${r.status}" title="${escapeHtml(r.reason)}">${r.ruleId} ${escapeHtml(r.route)}: ${r.status}${r.status === 'open' ? ` (${r.vacancies})` : ''}</span>`;

function ringRow(r: RingPlan): string {
  const recommended = r.countries.filter((c) => c.recommended);
  const refused = r.countries.filter((c) => !c.recommended);
  const countries =
    r.ring <= 2
      ? 'Belgium'
      : recommended.map((c) => `${escapeHtml(c.country)} ${c.candidates}`).join(', ') || '—';
  const excluded = refused
    .map((c) => `${escapeHtml(c.country)} ${c.candidates}: ${COUNTRY_REASON_LABEL[c.reason]}`)
    .join('; ');
  const gaps = r.trainingGaps.map((g) => `${escapeHtml(g.label)} (${g.candidates})`).join(', ') || '—';
  const starts = r.startWindows?.map((w) => w.candidates).join(' / ') ?? '—';
  return `<tr data-ring="${r.ring}"><td>Ring ${r.ring}</td><td>${r.source ? 'yes' : '<span class="no">no</span>'}</td><td class="n">${r.reachableCandidates}</td><td class="n starts">${starts}</td><td>${countries}${excluded ? `<div class="no">Not sourced: ${excluded}</div>` : ''}</td><td>${gaps}</td></tr>`;
}

function occupationBlock(o: OccupationPlan): string {
  const flags = [
    o.health ? 'health personnel (WHO-01)' : '',
    o.regulated ? 'regulated profession (BE-07: NARIC recognition)' : '',
  ]
    .filter(Boolean)
    .join(' · ');
  const reachable = o.rings.reduce((n, r) => n + r.reachableCandidates, 0);
  return `<article class="occupation" data-isco="${escapeHtml(o.isco)}"><h3>${escapeHtml(o.isco)} ${escapeHtml(o.title.en)} <small>${escapeHtml(o.title.nl)}</small></h3>
<p>${count(o.demand.openings, 'opening')} in ${count(o.demand.vacancies, 'vacancy', 'vacancies')} · ${count(reachable, 'reachable qualified candidate')}${o.tension === null ? '' : ` (${ratio(o.tension)} per opening)`}${flags ? ` · ${flags}` : ''}</p>
<p>Permit routes for third-country nationals: ${o.routes.map(routeChip).join('')}</p>
<table><thead><tr><th>Ring</th><th>Source</th><th class="n">Reachable</th><th class="n">Can start ≤ 1 / 3 / 6 / 12 mo</th><th>Countries</th><th>Top training needs</th></tr></thead><tbody>${o.rings.map(ringRow).join('')}</tbody></table></article>`;
}

/**
 * The start-window chart: per occupation with openings, one bar per window (1, 3, 6, 12
 * months) of the reachable qualified candidates who could start by then, split by ring, with
 * the occupation's openings as a tick.
 */
function startWindowSection(plan: SourcingPlan, occupations: readonly OccupationPlan[]): string {
  const rows = occupations.flatMap((o) =>
    plan.startWindows.windows.map(({ months, by }) => ({
      key: `${o.isco}-${months}`,
      label: `${o.isco} ${o.title.en} · ${months} mo`,
      segments: o.rings.map((r) => ({
        ring: r.ring,
        candidates: r.startWindows?.find((w) => w.months === months)?.candidates ?? 0,
      })),
      reference: { value: o.demand.openings, label: `${o.demand.openings} openings; start by ${by}` },
    })),
  );
  const windows = plan.startWindows.windows.map((w) => `${w.months} months (${escapeHtml(w.by)})`).join(', ');
  return `<section id="start-windows"><h3>Who can start when</h3>
<p>Reachable qualified candidates who could start in an open vacancy of the occupation within ${windows}, per ring; the tick marks the openings.${plan.startWindows.unverified ? ' Some processing times and training hours behind these dates are unverified.' : ''}</p>${ringLegend()}
${stackedRingChart(rows, 'Qualified candidates who could start within 1, 3, 6 and 12 months, per occupation and ring')}</section>`;
}

function planSection(plan: SourcingPlan): string {
  const withDemand = plan.occupations.filter((o) => o.demand.openings > 0);
  const without = plan.occupations.filter((o) => o.demand.openings === 0);
  const list = plan.list;
  return `<section id="sourcing-plan"><h2>Sourcing plan ${plan.year}</h2>
<p>VDAB bottleneck list ${list.year}: ${list.mappedOccupations} of ${list.officialCount} occupations mapped to ISCO-08${list.unverified ? ' (unverified mapping)' : ''}${list.carriedForward ? `, carried forward to ${plan.year}` : ''}. Agreements, lists and thresholds as of ${escapeHtml(plan.asOf)}. Below: the ${withDemand.length} listed occupations with open vacancies.</p>
${withDemand.length > 0 ? startWindowSection(plan, withDemand) : ''}${withDemand.map(occupationBlock).join('')}
<p>Listed occupations without open vacancies (${without.length}): ${without.map((o) => `${escapeHtml(o.isco)} ${escapeHtml(o.title.en)}`).join(', ') || '—'}.</p></section>`;
}

function definitions(tension: TensionReport): string {
  return `<section id="definitions"><h2>Definitions</h2><dl>
<dt>Qualified candidate</dt><dd>Consented to matching, works or seeks work in a unit group of the occupation group, and holds at least ${percent(tension.minScore)} of that occupation's essential skills (taxonomy profile; a unit group without a profile needs the occupation only).</dd>
<dt>Tension (candidates per opening)</dt><dd>Qualified candidates divided by the openings of the open vacancies in the group, VDAB's "spanningsratio" computed on the partner services' pool. Below 1: fewer qualified candidates than jobs.</dd>
<dt>Flanders fills</dt><dd>min(openings, qualified candidates in ring 1) / openings, per group; overall the sum over groups. A candidate qualified for two groups counts in both, so it is an upper bound.</dd>
<dt>Reachable (sourcing plan)</dt><dd>Qualified candidates in rings 1–3, and in ring 4 in partner countries with an active agreement for the occupation, not barred by WHO-01, with a permit route open.</dd>
<dt>Can start within a window</dt><dd>A reachable qualified candidate whose earliest start (availability or notice period; NARIC recognition, permit and visa; pre-departure Dutch, civic orientation and technical modules; relocation) in at least one open vacancy of the occupation falls on or before the window's last day.</dd>
</dl></section>`;
}

export function renderInsightReport(input: { tension: TensionReport; plan: SourcingPlan }): string {
  const { tension, plan } = input;
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1">
<title>Concentric — labour-market insight ${escapeHtml(tension.asOf)}</title><style>${STYLE}</style></head><body>
<header><h1>Labour-market insight: supply and demand per occupation</h1>
<p class="meta">As of ${escapeHtml(tension.asOf)} · ISCO-08 level ${tension.level} · match quality at least ${percent(tension.minScore)} of essential skills · counts only, no candidate or vacancy is identified</p>
${summary(tension)}</header>
${ringSection(tension)}${tensionSection(tension)}${planSection(plan)}${definitions(tension)}
<footer>Concentric matching API · Rings of VDAB's renewed concentric model: 1 Flanders, 2 other Belgian regions, 3 neighbouring countries and EU/EEA, 4 partner countries.</footer>
</body></html>`;
}
