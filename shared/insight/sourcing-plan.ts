import { RING_NAMES, RINGS, type Ring, residenceRing } from '../domain/geography.js';
import type { GroupSupply } from './insight-engine.js';
import { type RouteAvailability, thirdCountryRouteOpen } from './occupation-routes.js';
import type { GapItem } from './qualification.js';
import { roundRatio, roundShare } from './tension.js';

/**
 * The sourcing plan of one bottleneck occupation: where to look for candidates, and what they
 * would need to learn before departure (the PALIM and THAMM pilots' lesson: know at the start of the year which
 * profiles must come from where; train before departure). Pure: every fact is looked up by the
 * caller.
 *
 * Rings 1–3 are always sourced for a bottleneck occupation: Flanders because every vacancy is
 * searched there, the other regions in parallel (renewed concentric model, §3), the EU/EEA
 * because its nationals need no permit (FM-01). Ring 4 is sourced country by country; a partner
 * country is recommended only when, in this order,
 * 1. WHO-01 allows it: for a health occupation the country is not on the WHO safeguards list, or
 *    a government-to-government agreement lifts the safeguard;
 * 2. an active partner agreement covers the occupation (no agreement, no ring 4 search);
 * 3. some permit route could admit a third-country national (occupation-routes.ts).
 * The first check that fails is the country's reason. Training gaps are counted among the
 * qualified candidates of the recommended countries only: they are who would depart.
 */

export interface AgreementFact {
  readonly id: string;
  readonly country: string;
  readonly liftsWho01: boolean;
}

export interface OccupationSourcingFacts {
  readonly isco: string;
  readonly title: { readonly en: string; readonly nl: string };
  readonly listUnverified: boolean;
  /** Health personnel in the sense of WHO-01. */
  readonly health: boolean;
  /** Regulated profession (BE-07): a non-EEA diploma needs NARIC recognition. */
  readonly regulated: boolean;
  readonly demand: { readonly vacancies: number; readonly openings: number };
  readonly routes: readonly RouteAvailability[];
  /** Agreements active on the plan's date that cover the occupation. */
  readonly agreements: readonly AgreementFact[];
  /** WHO Health Workforce Support and Safeguards List, ISO 3166-1 alpha-2. */
  readonly whoSafeguardCountries: ReadonlySet<string>;
  readonly supply: GroupSupply;
  readonly gaps: readonly GapItem[];
  /**
   * The start windows the supply counted (start-windows.ts); empty when the occupation has no
   * open vacancy, since a start date is reckoned against a vacancy.
   */
  readonly startWindows: readonly { readonly months: number; readonly by: string }[];
}

export const COUNTRY_REASONS = [
  'home-region',
  'free-movement',
  'partner-agreement',
  'who-safeguard',
  'no-agreement',
  'no-permit-route',
] as const;
export type CountryReason = (typeof COUNTRY_REASONS)[number];

export const RING_REASONS = [
  'always-searched',
  'parallel-search',
  'free-movement',
  'partner-countries',
  'no-partner-country',
] as const;
export type RingReason = (typeof RING_REASONS)[number];

export interface CountryPlan {
  readonly country: string;
  readonly candidates: number;
  readonly recommended: boolean;
  readonly reason: CountryReason;
  readonly agreements: readonly string[];
}

export interface TrainingGap {
  readonly key: string;
  readonly kind: GapItem['kind'];
  readonly label: string;
  /** Qualified candidates of the recommended countries who need it. */
  readonly candidates: number;
  /** Of those candidates, the share. */
  readonly share: number;
}

export interface StartWindow {
  readonly months: number;
  /** The last start date inside the window. */
  readonly by: string;
  /** Reachable qualified candidates (as `reachableCandidates`) who could start by then. */
  readonly candidates: number;
}

export interface RingPlan {
  readonly ring: Ring;
  readonly name: string;
  readonly source: boolean;
  readonly reason: RingReason;
  /** Qualified candidates in the ring, recommended countries or not. */
  readonly candidates: number;
  /** Qualified candidates in the recommended countries. */
  readonly reachableCandidates: number;
  readonly countries: readonly CountryPlan[];
  /** The most common training needs, at most TOP_GAPS, most candidates first. */
  readonly trainingGaps: readonly TrainingGap[];
  /** Within 1, 3, 6 and 12 months; null when the occupation has no open vacancy to start in. */
  readonly startWindows: readonly StartWindow[] | null;
}

export interface OccupationPlan {
  readonly isco: string;
  readonly title: { readonly en: string; readonly nl: string };
  readonly listUnverified: boolean;
  readonly health: boolean;
  readonly regulated: boolean;
  readonly demand: { readonly vacancies: number; readonly openings: number };
  /** Reachable qualified candidates per opening; null without openings. */
  readonly tension: number | null;
  readonly routes: readonly RouteAvailability[];
  readonly thirdCountryRoute: boolean;
  readonly rings: readonly RingPlan[];
  /** Where the reachable candidates are: rings 1–3 whole, ring 4 by country; most first. */
  readonly sources: readonly {
    readonly ring: Ring;
    readonly country: string | null;
    readonly candidates: number;
  }[];
}

export const TOP_GAPS = 5;

const RING_REASON: Record<Exclude<Ring, 4>, RingReason> = {
  1: 'always-searched',
  2: 'parallel-search',
  3: 'free-movement',
};

export function countryDecision(
  facts: Pick<OccupationSourcingFacts, 'health' | 'agreements' | 'whoSafeguardCountries'>,
  ring: Ring,
  country: string,
  thirdCountryRoute: boolean,
): { recommended: boolean; reason: CountryReason; agreements: string[] } {
  const agreements = facts.agreements.filter((a) => a.country === country);
  const ids = agreements.map((a) => a.id).sort();
  const whoBlocked =
    facts.health && facts.whoSafeguardCountries.has(country) && !agreements.some((a) => a.liftsWho01);
  if (whoBlocked) return { recommended: false, reason: 'who-safeguard', agreements: ids };
  if (ring <= 2) return { recommended: true, reason: 'home-region', agreements: ids };
  if (ring === 3) return { recommended: true, reason: 'free-movement', agreements: ids };
  if (agreements.length === 0) return { recommended: false, reason: 'no-agreement', agreements: ids };
  if (!thirdCountryRoute) return { recommended: false, reason: 'no-permit-route', agreements: ids };
  return { recommended: true, reason: 'partner-agreement', agreements: ids };
}

export function planOccupation(facts: OccupationSourcingFacts): OccupationPlan {
  const thirdCountryRoute = thirdCountryRouteOpen(facts.routes);
  const rings = RINGS.map((ring) => planRing(facts, ring, thirdCountryRoute));
  const sources = rings
    .flatMap((r) =>
      r.ring === 4
        ? r.countries
            .filter((c) => c.recommended)
            .map((c) => ({ ring: r.ring, country: c.country as string | null, candidates: c.candidates }))
        : r.source
          ? [{ ring: r.ring, country: null, candidates: r.reachableCandidates }]
          : [],
    )
    .sort(
      (a, b) => b.candidates - a.candidates || a.ring - b.ring || compare(a.country ?? '', b.country ?? ''),
    );
  const reachable = rings.reduce((n, r) => n + r.reachableCandidates, 0);
  return {
    isco: facts.isco,
    title: facts.title,
    listUnverified: facts.listUnverified,
    health: facts.health,
    regulated: facts.regulated,
    demand: facts.demand,
    tension: facts.demand.openings > 0 ? roundRatio(reachable / facts.demand.openings) : null,
    routes: facts.routes,
    thirdCountryRoute,
    rings,
    sources,
  };
}

function planRing(facts: OccupationSourcingFacts, ring: Ring, thirdCountryRoute: boolean): RingPlan {
  const supply = facts.supply.rings.find((r) => r.ring === ring);
  const supplied = new Map((supply?.countries ?? []).map((c) => [c.country, c]));
  // Partner countries without candidates yet still show, so the plan names every agreement.
  const partnerCountries =
    ring === 4
      ? facts.agreements.map((a) => a.country).filter((c) => residenceRing({ country: c }) === 4)
      : [];
  const countries = [...new Set([...supplied.keys(), ...partnerCountries])]
    .map(
      (country): CountryPlan => ({
        country,
        candidates: supplied.get(country)?.candidates ?? 0,
        ...countryDecision(facts, ring, country, thirdCountryRoute),
      }),
    )
    .sort((a, b) => b.candidates - a.candidates || compare(a.country, b.country));
  const recommended = countries.filter((c) => c.recommended);
  const reachable = recommended.reduce((n, c) => n + c.candidates, 0);
  const source = ring === 4 ? recommended.length > 0 : true;
  const trainingGaps = facts.gaps
    .map((gap): TrainingGap => {
      const needing = recommended.reduce((n, c) => n + (supplied.get(c.country)?.gaps[gap.key] ?? 0), 0);
      return {
        key: gap.key,
        kind: gap.kind,
        label: gap.label,
        candidates: needing,
        share: reachable > 0 ? roundShare(needing / reachable) : 0,
      };
    })
    .filter((g) => g.candidates > 0)
    .sort((a, b) => b.candidates - a.candidates || compare(a.key, b.key))
    .slice(0, TOP_GAPS);
  return {
    ring,
    name: RING_NAMES[ring].en,
    source,
    reason: ring === 4 ? (source ? 'partner-countries' : 'no-partner-country') : RING_REASON[ring],
    candidates: supply?.candidates ?? 0,
    reachableCandidates: reachable,
    countries,
    trainingGaps,
    startWindows:
      facts.startWindows.length === 0
        ? null
        : facts.startWindows.map(({ months, by }) => ({
            months,
            by,
            candidates: recommended.reduce(
              (n, c) => n + (supplied.get(c.country)?.startable[String(months)] ?? 0),
              0,
            ),
          })),
  };
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
