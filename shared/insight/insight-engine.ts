import { RINGS, type Ring } from '../domain/geography.js';
import type { GroupSpec } from './qualification.js';

/**
 * The read side of labour-market insight: how many qualified candidates (see qualification.ts)
 * each occupation group has, per ring and country of residence, and how many of them have each
 * training need. Counts only: no engine returns a candidate id. The embedded engine and
 * OpenSearch implement it with the same results (a parity test on a real node checks it).
 */

export interface SupplyRequest {
  /** One spec per group; a candidate counts once per group it qualifies for. */
  readonly groups: readonly GroupSpec[];
}

export interface CountrySupply {
  readonly country: string;
  readonly candidates: number;
  /** Per gap key: qualified candidates here who do not cover it. */
  readonly gaps: Readonly<Record<string, number>>;
  /** Per start window of the ring (key: months): qualified candidates here who could start in it. */
  readonly startable: Readonly<Record<string, number>>;
}

export interface RingSupply {
  readonly ring: Ring;
  readonly candidates: number;
  /** Most candidates first, then country code. Only countries with candidates. */
  readonly countries: readonly CountrySupply[];
  /** Per gap key, summed over the countries. */
  readonly gaps: Readonly<Record<string, number>>;
  /** Per start window of the ring, summed over the countries. */
  readonly startable: Readonly<Record<string, number>>;
}

export interface GroupSupply {
  readonly group: string;
  readonly candidates: number;
  /** Always the four rings, in ring order. */
  readonly rings: readonly RingSupply[];
}

export interface SupplyResult {
  /** In request order. */
  readonly groups: readonly GroupSupply[];
}

export interface InsightEngine {
  supply(request: SupplyRequest): Promise<SupplyResult>;
}

/** Rejects a request no engine should run; both engines call it so they fail alike. */
export function assertValidSupplyRequest(request: SupplyRequest): void {
  const seen = new Set<string>();
  for (const { group } of request.groups) {
    if (!/^\d{1,4}$/.test(group))
      throw new RangeError(`group must be an ISCO-08 code of 1–4 digits, got '${group}'`);
    if (seen.has(group)) throw new RangeError(`group ${group} is named twice`);
    seen.add(group);
  }
}

/** Raw counts as an engine collects them: group → ring → country → count and gap coverage. */
export interface CountryTally {
  candidates: number;
  /** Per gap key: candidates who cover it. */
  covered: Record<string, number>;
  /** Per start window key: candidates who could start in it. */
  startable: Record<string, number>;
}
export type SupplyTallies = Map<string, Map<Ring, Map<string, CountryTally>>>;

export function tallyFor(tallies: SupplyTallies, group: string, ring: Ring, country: string): CountryTally {
  const rings = tallies.get(group) ?? new Map<Ring, Map<string, CountryTally>>();
  tallies.set(group, rings);
  const countries = rings.get(ring) ?? new Map<string, CountryTally>();
  rings.set(ring, countries);
  const tally = countries.get(country) ?? { candidates: 0, covered: {}, startable: {} };
  countries.set(country, tally);
  return tally;
}

/**
 * Shapes the tallies of either engine into the one result form (every ring present, fixed
 * orders, needs = candidates − covered), so parity compares counts, not formatting.
 */
export function supplyFromTallies(request: SupplyRequest, tallies: SupplyTallies): SupplyResult {
  return {
    groups: request.groups.map((spec) => {
      const rings = RINGS.map((ring): RingSupply => {
        const windows = (spec.startWindows ?? []).filter((w) => w.ring === ring);
        const countries = [...(tallies.get(spec.group)?.get(ring) ?? new Map<string, CountryTally>())]
          .filter(([, tally]) => tally.candidates > 0)
          .map(
            ([country, tally]): CountrySupply => ({
              country,
              candidates: tally.candidates,
              gaps: Object.fromEntries(
                spec.gaps.map((gap) => [gap.key, tally.candidates - (tally.covered[gap.key] ?? 0)]),
              ),
              startable: Object.fromEntries(windows.map((w) => [w.key, tally.startable[w.key] ?? 0])),
            }),
          )
          .sort((a, b) => b.candidates - a.candidates || (a.country < b.country ? -1 : 1));
        return {
          ring,
          candidates: sum(countries.map((c) => c.candidates)),
          countries,
          gaps: Object.fromEntries(
            spec.gaps.map((gap) => [gap.key, sum(countries.map((c) => c.gaps[gap.key] ?? 0))]),
          ),
          startable: Object.fromEntries(
            windows.map((w) => [w.key, sum(countries.map((c) => c.startable[w.key] ?? 0))]),
          ),
        };
      });
      return { group: spec.group, candidates: sum(rings.map((r) => r.candidates)), rings };
    }),
  };
}

function sum(values: readonly number[]): number {
  let total = 0;
  for (const v of values) total += v;
  return total;
}
