/**
 * What the code tells the operator: log lines and business metrics. Use cases and routes speak
 * only this port; the Powertools adapter (shared/adapters/telemetry/) turns it into structured
 * JSON logs and CloudWatch EMF metrics in Lambda and into readable lines locally.
 */
export type LogFields = Readonly<Record<string, unknown>>;

export interface Log {
  debug(message: string, fields?: LogFields): void;
  info(message: string, fields?: LogFields): void;
  warn(message: string, fields?: LogFields): void;
  error(message: string, fields?: LogFields): void;
}

/** The business events counted as metrics, each with the one dimension it is broken down by. */
export type BusinessEvent =
  /** Candidates a match returned in one ring (1–4 of the concentric model). */
  | { readonly kind: 'matches'; readonly ring: number; readonly count: number }
  /** A blocking rule refused a vacancy at intake. */
  | { readonly kind: 'rule-block'; readonly ruleId: string }
  /** Rows of a bulk upload or import, by outcome (created, updated, unchanged, rejected). */
  | { readonly kind: 'bulk-rows'; readonly outcome: string; readonly count: number }
  /** One webhook delivery attempt, by its result (delivered, retrying, failed). */
  | { readonly kind: 'webhook-delivery'; readonly status: string };

export interface BusinessMetrics {
  record(event: BusinessEvent): void;
}

/** Which request a line belongs to: API Gateway's request id, and the caller's correlation id. */
export interface RequestIds {
  readonly requestId: string;
  readonly correlationId: string;
}

export interface Telemetry {
  readonly log: Log;
  readonly metrics: BusinessMetrics;
  /** Runs `work` with every line it logs (however deep) carrying these ids. */
  withRequest<T>(ids: RequestIds, work: () => Promise<T>): Promise<T>;
}

/** Says nothing: for code paths that need a Telemetry and tests that assert none. */
export const silentTelemetry: Telemetry = {
  log: { debug() {}, info() {}, warn() {}, error() {} },
  metrics: { record() {} },
  withRequest: (_ids, work) => work(),
};

/** Keeps every event: for tests that assert what was counted. */
export class RecordingMetrics implements BusinessMetrics {
  readonly events: BusinessEvent[] = [];
  record(event: BusinessEvent): void {
    this.events.push(event);
  }
}
