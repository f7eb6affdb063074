/**
 * What a reference-data lookup answers (reference-data.ts), and how a date picks the period of a
 * year-versioned file: the one valid on the date, the newest carried forward past its end.
 */

export interface SalaryThresholds {
  readonly year: number;
  readonly highlySkilled: {
    readonly thresholdEur: number;
    readonly reducedThresholdEur: number;
    /** Minimum VKS level of the job (BE-03 from 1 January 2026); null where none applies. */
    readonly minJobQualificationLevel: number | null;
    readonly unverified: boolean;
  };
  /** Null where no Blue Card figure is recorded for the date. */
  readonly blueCard: { readonly thresholdEur: number; readonly unverified: boolean } | null;
  /** True when the date lies past the newest file and its figures are carried forward. */
  readonly carriedForward: boolean;
}

export interface ListLookup {
  readonly listed: boolean;
  readonly listYear: number | null;
  readonly unverified: boolean;
}

export interface BottleneckLookup {
  readonly bottleneck: boolean;
  readonly listYear: number | null;
  readonly unverified: boolean;
}

export interface BottleneckList {
  readonly year: number;
  /** How many occupations VDAB's own list holds (the file maps a subset to ISCO-08). */
  readonly officialCount: number;
  readonly carriedForward: boolean;
  readonly unverified: boolean;
  readonly occupations: readonly {
    readonly isco: string;
    readonly en: string;
    readonly nl: string;
    readonly unverified: boolean;
  }[];
}

export interface DataSourceInfo {
  readonly dataset: string;
  readonly source: { readonly title: string; readonly url: string };
  readonly validFrom: string;
  readonly validTo?: string | undefined;
  readonly unverified: boolean;
  readonly notes?: string | undefined;
}

interface Period {
  readonly validFrom: string;
  readonly validTo?: string | undefined;
}

/**
 * The period valid on `date`; past the newest period, the newest one is carried forward (and the
 * caller flags it unverified); before the oldest, none.
 */
export function periodOn<T extends Period>(
  periods: readonly T[],
  date: string,
): { period: T; carriedForward: boolean } | undefined {
  const started = periods
    .filter((p) => p.validFrom <= date)
    .sort((a, b) => a.validFrom.localeCompare(b.validFrom));
  const current = started.filter((p) => p.validTo === undefined || date <= p.validTo).at(-1);
  if (current) return { period: current, carriedForward: false };
  const latest = started.at(-1);
  return latest ? { period: latest, carriedForward: true } : undefined;
}

export const covers = (prefixes: readonly string[], isco: string): boolean =>
  prefixes.some((p) => isco.startsWith(p));
