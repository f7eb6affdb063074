/**
 * Totals of one schemathesis run, read from its NDJSON event report (`--report ndjson`): every
 * request it sent (one recorded interaction each), the status codes per operation, and every
 * failed check. Counted from the events rather than scraped from the console output, which
 * changes between schemathesis versions.
 */
import { readFile } from 'node:fs/promises';

export interface CheckFailure {
  readonly operation: string;
  readonly check: string;
  readonly title: string;
  readonly message: string;
}

export interface RunTotals {
  readonly requests: number;
  /** `METHOD /path` → status → count (stateful scenarios are counted under their own request). */
  readonly statuses: ReadonlyMap<string, ReadonlyMap<number, number>>;
  readonly failures: readonly CheckFailure[];
  /** Requests (test cases) with at least one failed check. */
  readonly failedCases: number;
}

interface Interaction {
  readonly request?: { readonly method?: string; readonly uri?: string };
  readonly response?: { readonly status_code?: number } | null;
}

interface CheckResult {
  readonly name: string;
  readonly status: string;
  readonly failure_info?: { readonly failure?: { operation?: string; title?: string; message?: string } };
}

interface Recorder {
  readonly label: string;
  readonly interactions?: Record<string, Interaction>;
  readonly checks?: Record<string, CheckResult[]>;
}

export async function readRunTotals(ndjsonFile: string, templates: readonly string[]): Promise<RunTotals> {
  const statuses = new Map<string, Map<number, number>>();
  const failures: CheckFailure[] = [];
  let requests = 0;
  let failedCases = 0;
  for (const line of (await readFile(ndjsonFile, 'utf8')).split('\n')) {
    if (!line.startsWith('{"ScenarioFinished"')) continue;
    const recorder = (JSON.parse(line) as { ScenarioFinished: { recorder: Recorder } }).ScenarioFinished
      .recorder;
    for (const interaction of Object.values(recorder.interactions ?? {})) {
      requests++;
      const name = operationOf(interaction, templates) ?? recorder.label;
      const byStatus = statuses.get(name) ?? new Map<number, number>();
      const status = interaction.response?.status_code ?? 0;
      byStatus.set(status, (byStatus.get(status) ?? 0) + 1);
      statuses.set(name, byStatus);
    }
    for (const results of Object.values(recorder.checks ?? {})) {
      if (results.some((r) => r.status === 'failure')) failedCases++;
      for (const result of results) {
        if (result.status !== 'failure') continue;
        const failure = result.failure_info?.failure;
        failures.push({
          operation: failure?.operation ?? recorder.label,
          check: result.name,
          title: failure?.title ?? result.name,
          message: failure?.message ?? '',
        });
      }
    }
  }
  return { requests, statuses, failures, failedCases };
}

/** `METHOD /template` of a recorded request, by matching its path against the documented ones. */
export function operationOf(interaction: Interaction, templates: readonly string[]): string | undefined {
  const method = interaction.request?.method?.toUpperCase();
  const uri = interaction.request?.uri;
  if (!method || !uri) return undefined;
  const path = new URL(uri).pathname;
  return templates.find((t) => {
    const [m, template] = t.split(' ');
    if (m !== method || !template) return false;
    // Path parameters match one segment; nothing else in these templates is special in a regex
    // but the dot, which is escaped.
    const pattern = template.replace(/\./g, '\\.').replace(/\{[^}]+\}/g, '[^/]+');
    return new RegExp(`^${pattern}$`).test(path);
  });
}
