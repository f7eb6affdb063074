import { RING_NAMES, RINGS, type Ring } from '../domain/geography.js';
import type { GroupSupply } from './insight-engine.js';
import { groupAt, groupTitle, type IscoLevel } from './isco-groups.js';

/**
 * Supply and demand per occupation group ("spanningsratio", https://www.stadsmonitor.vlaanderen.be/spanningsratio), pure.
 *
 * - Demand: open vacancies whose ISCO-08 unit group lies in the group: their count and the sum
 *   of their openings (a vacancy for three bricklayers is three jobs).
 * - Supply: qualified candidates (qualification.ts), per ring and country of residence.
 * - Tension: qualified candidates per opening, overall and per ring. Below 1 there are fewer
 *   qualified candidates than jobs. (VDAB's spanningsratio counts non-working jobseekers per
 *   vacancy; here the numerator is the qualified pool of the partner services.)
 * - Flanders-fill share: the share of openings that Flanders (ring 1) alone can fill, at the
 *   same match quality: min(openings, qualified Flemish candidates) / openings per group, and
 *   Σ min(openings, ring 1) / Σ openings overall. A candidate qualified for two groups counts in
 *   both, so the overall share is an upper bound.
 */

export interface OpenVacancyFacts {
  readonly isco: string;
  readonly openings: number;
  readonly bottleneck: boolean;
}

export interface Demand {
  readonly group: string;
  readonly vacancies: number;
  readonly openings: number;
  readonly bottleneckVacancies: number;
  readonly bottleneckOpenings: number;
}

/** Demand per group at the level, groups ascending; only groups with an open vacancy. */
export function demandByGroup(vacancies: readonly OpenVacancyFacts[], level: IscoLevel): Demand[] {
  const byGroup = new Map<string, Demand>();
  for (const v of vacancies) {
    const group = groupAt(v.isco, level);
    const d = byGroup.get(group) ?? {
      group,
      vacancies: 0,
      openings: 0,
      bottleneckVacancies: 0,
      bottleneckOpenings: 0,
    };
    byGroup.set(group, {
      group,
      vacancies: d.vacancies + 1,
      openings: d.openings + v.openings,
      bottleneckVacancies: d.bottleneckVacancies + (v.bottleneck ? 1 : 0),
      bottleneckOpenings: d.bottleneckOpenings + (v.bottleneck ? v.openings : 0),
    });
  }
  return [...byGroup.values()].sort((a, b) => (a.group < b.group ? -1 : 1));
}

export interface RingTension {
  readonly ring: Ring;
  readonly name: string;
  readonly candidates: number;
  /** Qualified candidates in this ring per opening. */
  readonly tension: number;
  readonly countries: readonly { readonly country: string; readonly candidates: number }[];
}

export interface GroupTension extends Demand {
  readonly title: string | null;
  readonly candidates: number;
  readonly tension: number;
  readonly flandersFillableOpenings: number;
  readonly flandersFillShare: number;
  readonly rings: readonly RingTension[];
}

export interface TensionReport {
  readonly asOf: string;
  readonly level: IscoLevel;
  readonly minScore: number;
  /** Most strained first: lowest tension, then group code. */
  readonly groups: readonly GroupTension[];
  readonly totals: {
    readonly vacancies: number;
    readonly openings: number;
    readonly flandersFillableOpenings: number;
    readonly flandersFillShare: number;
  };
}

/** Ratios are reported to two decimals (as VDAB reports its ratio), shares to three. */
export const roundRatio = (value: number): number => Math.round(value * 100) / 100;
export const roundShare = (value: number): number => Math.round(value * 1000) / 1000;

export function groupTension(demand: Demand, supply: GroupSupply | undefined): GroupTension {
  const perOpening = (n: number) => (demand.openings > 0 ? roundRatio(n / demand.openings) : 0);
  const rings = RINGS.map((ring): RingTension => {
    const r = supply?.rings.find((x) => x.ring === ring);
    const candidates = r?.candidates ?? 0;
    return {
      ring,
      name: RING_NAMES[ring].en,
      candidates,
      tension: perOpening(candidates),
      countries: (r?.countries ?? []).map((c) => ({ country: c.country, candidates: c.candidates })),
    };
  });
  const flemish = rings[0]?.candidates ?? 0;
  const fillable = Math.min(demand.openings, flemish);
  return {
    ...demand,
    title: groupTitle(demand.group) ?? null,
    candidates: supply?.candidates ?? 0,
    tension: perOpening(supply?.candidates ?? 0),
    flandersFillableOpenings: fillable,
    flandersFillShare: demand.openings > 0 ? roundShare(fillable / demand.openings) : 0,
    rings,
  };
}

export function tensionReport(input: {
  readonly asOf: string;
  readonly level: IscoLevel;
  readonly minScore: number;
  readonly demand: readonly Demand[];
  readonly supply: readonly GroupSupply[];
}): TensionReport {
  const supplyByGroup = new Map(input.supply.map((s) => [s.group, s]));
  const groups = input.demand
    .map((d) => groupTension(d, supplyByGroup.get(d.group)))
    .sort((a, b) => a.tension - b.tension || (a.group < b.group ? -1 : 1));
  const openings = groups.reduce((n, g) => n + g.openings, 0);
  const fillable = groups.reduce((n, g) => n + g.flandersFillableOpenings, 0);
  return {
    asOf: input.asOf,
    level: input.level,
    minScore: input.minScore,
    groups,
    totals: {
      vacancies: groups.reduce((n, g) => n + g.vacancies, 0),
      openings,
      flandersFillableOpenings: fillable,
      flandersFillShare: openings > 0 ? roundShare(fillable / openings) : 0,
    },
  };
}
