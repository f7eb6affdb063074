import { toAlpha2 } from '../domain/countries.js';
import type { Vacancy } from '../domain/vacancy.js';
import { NotFoundError, ServiceUnavailableError } from '../errors.js';
import type { InsightEngine, SupplyRequest, SupplyResult } from '../insight/insight-engine.js';
import { type IscoLevel, unitGroupsIn } from '../insight/isco-groups.js';
import { essentialSkills, trainingGapItems } from '../insight/occupation-profiles.js';
import { thirdCountryRoutes } from '../insight/occupation-routes.js';
import { groupSpec } from '../insight/qualification.js';
import { type OccupationPlan, planOccupation } from '../insight/sourcing-plan.js';
import { demandByGroup, type TensionReport, tensionReport } from '../insight/tension.js';
import { toMatchProfile } from '../matching/match-profile.js';
import { type Clock, today } from '../ports/clock.js';
import type { Caller } from '../ports/identity.js';
import { MAX_PAGE_SIZE } from '../ports/page.js';
import type { VacancyStore } from '../ports/vacancy-store.js';
import { vacancyRouteFacts } from '../rules/migration-routes.js';
import type { ReferenceData } from '../rules/reference-data.js';
import { defaultStartDateData } from '../start-date/start-date-data.js';
import { startWindowDates } from '../start-date/start-summary.js';
import { startFiguresUnverified, startWindowSpecs } from '../start-date/start-windows.js';
import { vacancyStartPlan } from '../start-date/vacancy-start.js';
import type { Taxonomy } from '../taxonomy/taxonomy.js';
import { requireRole } from './access.js';

/**
 * Labour-market insight: load the open vacancies (demand) → build the qualification specs →
 * count qualified supply in the insight engine → decide (pure: tension.ts, sourcing-plan.ts).
 *
 * Operators and employers may read it. Both get aggregates only: counts per occupation, ring
 * and country, never a candidate or vacancy id nor an employer's name, since the figures span
 * every employer's vacancies and every employment service's candidates. Employment services
 * and the talent pool are refused: they may see only their own records.
 */

export interface InsightDeps {
  readonly vacancies: VacancyStore;
  readonly insight: InsightEngine;
  readonly taxonomy: Taxonomy;
  readonly referenceData: ReferenceData;
  readonly clock: Clock;
}

export interface TensionQuery {
  readonly level: IscoLevel;
  readonly minScore: number;
}

export interface SourcingPlanQuery {
  /** Default: the current year. */
  readonly year?: number | undefined;
  readonly minScore: number;
}

export interface SourcingPlan {
  readonly year: number;
  /** The date agreements, lists and thresholds are read on: today in the current year, else 1 January. */
  readonly asOf: string;
  readonly minScore: number;
  readonly list: {
    readonly year: number;
    readonly officialCount: number;
    readonly mappedOccupations: number;
    readonly carriedForward: boolean;
    readonly unverified: boolean;
  };
  /** The start windows every ring plan counts in, from `asOf`. */
  readonly startWindows: {
    readonly windows: readonly { readonly months: number; readonly by: string }[];
    /** Some processing time or training figure they rest on is unverified. */
    readonly unverified: boolean;
  };
  readonly occupations: readonly OccupationPlan[];
}

/** Every open vacancy, across owners. Read in full: insight needs all of them, ids never leave. */
async function openVacancies(store: VacancyStore): Promise<Vacancy[]> {
  const all: Vacancy[] = [];
  let cursor: string | undefined;
  do {
    const page = await store.listOpen({ limit: MAX_PAGE_SIZE, cursor });
    all.push(...page.items);
    cursor = page.nextCursor;
  } while (cursor !== undefined);
  return all;
}

async function countSupply(engine: InsightEngine, request: SupplyRequest): Promise<SupplyResult> {
  try {
    return await engine.supply(request);
  } catch (error) {
    if (error instanceof RangeError) throw error;
    throw new ServiceUnavailableError(
      'The search engine is unavailable; insight cannot be computed right now.',
    );
  }
}

export async function labourMarketTension(
  deps: InsightDeps,
  caller: Caller,
  query: TensionQuery,
): Promise<TensionReport> {
  requireRole(caller, 'operator', 'employer');
  const vacancies = await openVacancies(deps.vacancies);
  const demand = demandByGroup(
    vacancies.map((v) => ({ isco: v.occupation.isco, openings: v.openings, bottleneck: v.bottleneck })),
    query.level,
  );
  const supply = await countSupply(deps.insight, {
    groups: demand.map((d) =>
      groupSpec({
        group: d.group,
        units: unitGroupsIn(d.group),
        profileOf: (isco) => essentialSkills(deps.taxonomy, isco),
        minScore: query.minScore,
      }),
    ),
  });
  return tensionReport({
    asOf: today(deps.clock),
    level: query.level,
    minScore: query.minScore,
    demand,
    supply: supply.groups,
  });
}

export async function sourcingPlan(
  deps: InsightDeps,
  caller: Caller,
  query: SourcingPlanQuery,
): Promise<SourcingPlan> {
  requireRole(caller, 'operator', 'employer');
  const now = today(deps.clock);
  const year = query.year ?? Number(now.slice(0, 4));
  const asOf = year === Number(now.slice(0, 4)) ? now : `${year}-01-01`;
  const data = deps.referenceData;
  const list = data.bottleneckList(asOf);
  if (!list) throw new NotFoundError(`No bottleneck occupation list is recorded for ${year}.`);

  const vacancies = await openVacancies(deps.vacancies);
  const occupations = list.occupations.map((o) => o.isco);
  const gapsOf = new Map(occupations.map((isco) => [isco, trainingGapItems(deps.taxonomy, isco)]));
  const ownOf = (isco: string) => vacancies.filter((v) => v.occupation.isco === isco);
  const ctx = { today: asOf, data };
  const startPlanOf = (v: Vacancy) =>
    vacancyStartPlan(v, toMatchProfile(v, { regulated: data.isRegulated(v.occupation.isco) }), ctx, (s) =>
      deps.taxonomy.trainingModule(s),
    );
  const supply = await countSupply(deps.insight, {
    groups: occupations.map((isco) =>
      groupSpec({
        group: isco,
        units: [isco],
        profileOf: (unit) => essentialSkills(deps.taxonomy, unit),
        minScore: query.minScore,
        gaps: gapsOf.get(isco) ?? [],
        startWindows: startWindowSpecs(asOf, ownOf(isco).map(startPlanOf)),
      }),
    ),
  });
  const whoSafeguardCountries = new Set(
    data.whoSafeguardCountries().flatMap((alpha3) => toAlpha2(alpha3) ?? []),
  );
  const thresholds = data.salaryThresholds(asOf) ?? null;
  const windows = startWindowDates(asOf);

  const plans = list.occupations.map((entry, i) => {
    const own = ownOf(entry.isco);
    const mediumSkilled = data.isMediumSkilledListed(entry.isco, asOf);
    return planOccupation({
      isco: entry.isco,
      title: { en: entry.en, nl: entry.nl },
      listUnverified: entry.unverified,
      health: data.isHealthOccupation(entry.isco),
      regulated: data.isRegulated(entry.isco),
      demand: { vacancies: own.length, openings: own.reduce((n, v) => n + v.openings, 0) },
      routes: thirdCountryRoutes({
        mediumSkilledListed: mediumSkilled.listed,
        bottleneck: true,
        // The plan's year decides the bottleneck route, not the year each vacancy was posted in.
        vacancies: own.map((v) =>
          vacancyRouteFacts(v, true, asOf, { salaryThresholds: thresholds, mediumSkilled }),
        ),
      }),
      agreements: data
        .activeAgreements(asOf, entry.isco)
        .map((a) => ({ id: a.id, country: a.country, liftsWho01: a.liftsWho01 })),
      whoSafeguardCountries,
      supply: supply.groups[i] ?? { group: entry.isco, candidates: 0, rings: [] },
      gaps: gapsOf.get(entry.isco) ?? [],
      startWindows: own.length > 0 ? windows : [],
    });
  });
  return {
    year,
    asOf,
    minScore: query.minScore,
    list: {
      year: list.year,
      officialCount: list.officialCount,
      mappedOccupations: list.occupations.length,
      carriedForward: list.carriedForward,
      unverified: list.unverified,
    },
    startWindows: { windows, unverified: startFiguresUnverified(defaultStartDateData.figuresOn(asOf)) },
    occupations: plans,
  };
}
