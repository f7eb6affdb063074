import { RING_NAMES, RINGS, type Ring } from '../../domain/geography.js';
import { escapeHtml, ratio } from './html.js';

/**
 * Inline SVG bar charts for the printable report: plain shapes and text, no script, no font or
 * image to fetch, so the page renders offline and prints as vectors. Every bar carries its
 * figures as data attributes, so a test can read a chart without measuring pixels.
 */

/** Okabe–Ito colours: distinguishable with the common colour-vision deficiencies and in greyscale. */
export const RING_COLOURS: Record<Ring, string> = { 1: '#0072B2', 2: '#56B4E9', 3: '#E69F00', 4: '#CC79A7' };

const WIDTH = 720;
const LABEL_WIDTH = 250;
const VALUE_WIDTH = 70;
const PLOT_WIDTH = WIDTH - LABEL_WIDTH - VALUE_WIDTH;
const ROW = 22;
const BAR = 14;

const svg = (height: number, label: string, body: string) =>
  `<svg xmlns="http://www.w3.org/2000/svg" class="chart" viewBox="0 0 ${WIDTH} ${height}" width="${WIDTH}" height="${height}" role="img" aria-label="${escapeHtml(label)}">${body}</svg>`;

const truncate = (text: string, max = 38) => (text.length > max ? `${text.slice(0, max - 1)}…` : text);

/** A legend of the four rings. */
export function ringLegend(): string {
  return `<ul class="legend">${RINGS.map(
    (ring) =>
      `<li><svg xmlns="http://www.w3.org/2000/svg" width="12" height="12" aria-hidden="true"><rect width="12" height="12" fill="${RING_COLOURS[ring]}"/></svg> Ring ${ring}: ${escapeHtml(RING_NAMES[ring].en)}</li>`,
  ).join('')}</ul>`;
}

export interface RingTotals {
  readonly ring: Ring;
  readonly candidates: number;
}

/** One horizontal bar per ring: qualified candidates over every occupation group. */
export function ringBarChart(totals: readonly RingTotals[], label: string): string {
  const max = Math.max(1, ...totals.map((t) => t.candidates));
  const rows = totals.map((t, i) => {
    const y = i * ROW + 4;
    const width = (t.candidates / max) * PLOT_WIDTH;
    return `<g class="row"><text x="${LABEL_WIDTH - 8}" y="${y + BAR - 3}" text-anchor="end">Ring ${t.ring}: ${escapeHtml(RING_NAMES[t.ring].en)}</text><rect class="bar ring-${t.ring}" data-ring="${t.ring}" data-value="${t.candidates}" x="${LABEL_WIDTH}" y="${y}" width="${width.toFixed(1)}" height="${BAR}" fill="${RING_COLOURS[t.ring]}"/><text class="value" x="${(LABEL_WIDTH + width + 6).toFixed(1)}" y="${y + BAR - 3}">${t.candidates}</text></g>`;
  });
  return svg(totals.length * ROW + 8, label, rows.join(''));
}

export interface StackedRow {
  readonly key: string;
  readonly label: string;
  readonly segments: readonly RingTotals[];
  /** A figure to mark on the row's scale (the openings to fill), drawn as a dark tick. */
  readonly reference?: { readonly value: number; readonly label: string } | undefined;
}

/**
 * One bar per row, split into ring segments in ring order; the row total at the end, and the
 * row's reference figure as a tick, so a bar short of its tick is a shortfall.
 */
export function stackedRingChart(rows: readonly StackedRow[], label: string): string {
  const totals = rows.map((r) => r.segments.reduce((n, s) => n + s.candidates, 0));
  const max = Math.max(1, ...totals, ...rows.map((r) => r.reference?.value ?? 0));
  const body = rows.map((row, i) => {
    const y = i * ROW + 4;
    let x = LABEL_WIDTH;
    const segments = row.segments
      .filter((s) => s.candidates > 0)
      .map((s) => {
        const width = (s.candidates / max) * PLOT_WIDTH;
        const rect = `<rect class="bar ring-${s.ring}" data-group="${escapeHtml(row.key)}" data-ring="${s.ring}" data-value="${s.candidates}" x="${x.toFixed(1)}" y="${y}" width="${width.toFixed(1)}" height="${BAR}" fill="${RING_COLOURS[s.ring]}"><title>Ring ${s.ring}: ${s.candidates}</title></rect>`;
        x += width;
        return rect;
      })
      .join('');
    const ref = row.reference;
    const tickX = ref ? LABEL_WIDTH + (ref.value / max) * PLOT_WIDTH : 0;
    const tick = ref
      ? `<line class="reference" data-group="${escapeHtml(row.key)}" data-reference="${ref.value}" x1="${tickX.toFixed(1)}" x2="${tickX.toFixed(1)}" y1="${y - 2}" y2="${y + BAR + 2}"><title>${escapeHtml(ref.label)}</title></line>`
      : '';
    return `<g class="row"><text x="${LABEL_WIDTH - 8}" y="${y + BAR - 3}" text-anchor="end">${escapeHtml(truncate(row.label))}</text>${segments}${tick}<text class="value" x="${(Math.max(x, tickX) + 6).toFixed(1)}" y="${y + BAR - 3}">${totals[i]}</text></g>`;
  });
  return svg(rows.length * ROW + 8, label, body.join(''));
}

export interface RatioRow {
  readonly key: string;
  readonly label: string;
  readonly value: number;
}

/**
 * Horizontal bars of a ratio, with a dashed line at 1 (as many qualified candidates as jobs):
 * bars that stop short of it are occupations where the pool cannot fill the openings.
 */
export function ratioBarChart(rows: readonly RatioRow[], label: string): string {
  const max = Math.max(1.5, ...rows.map((r) => r.value));
  const scale = (v: number) => (v / max) * PLOT_WIDTH;
  const height = rows.length * ROW + 24;
  const body = rows.map((row, i) => {
    const y = i * ROW + 4;
    const width = scale(row.value);
    const short = row.value < 1 ? ' short' : '';
    return `<g class="row"><text x="${LABEL_WIDTH - 8}" y="${y + BAR - 3}" text-anchor="end">${escapeHtml(truncate(row.label))}</text><rect class="bar tension${short}" data-group="${escapeHtml(row.key)}" data-value="${row.value}" x="${LABEL_WIDTH}" y="${y}" width="${width.toFixed(1)}" height="${BAR}"/><text class="value" x="${(LABEL_WIDTH + width + 6).toFixed(1)}" y="${y + BAR - 3}">${ratio(row.value)}</text></g>`;
  });
  const one = LABEL_WIDTH + scale(1);
  const reference = `<line class="reference" x1="${one.toFixed(1)}" x2="${one.toFixed(1)}" y1="0" y2="${height - 16}"/><text class="axis" x="${one.toFixed(1)}" y="${height - 4}" text-anchor="middle">1 candidate per opening</text>`;
  return svg(height, label, body.join('') + reference);
}
