import { AsyncLocalStorage } from 'node:async_hooks';
import { Metrics, MetricUnit } from '@aws-lambda-powertools/metrics';
import type {
  BusinessEvent,
  BusinessMetrics,
  Log,
  LogFields,
  RequestIds,
  Telemetry,
} from '../../ports/telemetry.js';
import { ReadableLogger } from './readable-logger.js';
import { RequestLogger } from './request-logger.js';

export interface PowertoolsTelemetryOptions {
  /** `service` on every line and metric; POWERTOOLS_SERVICE_NAME wins when set. */
  readonly serviceName: string;
  /** Readable lines instead of JSON (local runs). Default false. */
  readonly readable?: boolean;
  /** Emit EMF metrics (Lambda). When false, each metric is a debug line instead. Default true. */
  readonly emitMetrics?: boolean;
  /** CloudWatch namespace of the metrics. Default `Concentric`. */
  readonly namespace?: string;
}

/** Metric name and its one dimension, per business event. */
function metricOf(event: BusinessEvent): { name: string; dimension: [string, string]; value: number } {
  switch (event.kind) {
    case 'matches':
      return { name: 'Matches', dimension: ['ring', String(event.ring)], value: event.count };
    case 'rule-block':
      return { name: 'RuleBlocks', dimension: ['ruleId', event.ruleId], value: 1 };
    case 'bulk-rows':
      return { name: 'BulkRows', dimension: ['outcome', event.outcome], value: event.count };
    case 'webhook-delivery':
      return { name: 'WebhookDeliveries', dimension: ['status', event.status], value: 1 };
  }
}

/**
 * Telemetry on Powertools for AWS Lambda: the Logger (structured JSON, or readable lines locally)
 * with `request_id` and `correlation_id` on every line of a request, debug lines sampled per
 * request (POWERTOOLS_LOGGER_SAMPLE_RATE), and EMF metrics with one dimension each, each written
 * as its own EMF line when counted (nothing is buffered, so nothing is lost if an invocation dies).
 * Request ids live in an AsyncLocalStorage, so concurrent requests on the local server never
 * swap ids; in Lambda there is one request at a time and the result is the same.
 */
export class PowertoolsTelemetry implements Telemetry {
  readonly logger: RequestLogger;
  readonly emf: Metrics;
  private readonly requests = new AsyncLocalStorage<RequestIds>();
  private readonly emitMetrics: boolean;

  constructor(options: PowertoolsTelemetryOptions) {
    const LoggerClass = options.readable ? ReadableLogger : RequestLogger;
    this.logger = new LoggerClass({ serviceName: options.serviceName });
    this.logger.requestIds = () => this.requests.getStore();
    this.emf = new Metrics({
      namespace: options.namespace ?? 'Concentric',
      serviceName: options.serviceName,
    });
    this.emitMetrics = options.emitMetrics ?? true;
  }

  readonly log: Log = {
    debug: (message, fields) => this.logger.debug(this.entry(message, fields)),
    info: (message, fields) => this.logger.info(this.entry(message, fields)),
    warn: (message, fields) => this.logger.warn(this.entry(message, fields)),
    error: (message, fields) => this.logger.error(this.entry(message, fields)),
  };

  readonly metrics: BusinessMetrics = {
    record: (event) => {
      const { name, dimension, value } = metricOf(event);
      if (!this.emitMetrics) {
        this.log.debug('metric', { metric: name, [dimension[0]]: dimension[1], value });
        return;
      }
      // A metric of its own, so its dimension does not leak into the request's other metrics.
      const single = this.emf.singleMetric();
      single.addDimension(dimension[0], dimension[1]);
      // The request's ids as EMF properties (not dimensions): a spike leads to its requests' logs.
      const ids = this.requests.getStore();
      if (ids) {
        single.addMetadata('request_id', ids.requestId);
        single.addMetadata('correlation_id', ids.correlationId);
      }
      single.addMetric(name, MetricUnit.Count, value);
    },
  };

  withRequest<T>(ids: RequestIds, work: () => Promise<T>): Promise<T> {
    return this.requests.run(ids, () => {
      // A fresh sampling decision per request: debug lines come for a whole request or not at all.
      this.logger.refreshSampleRateCalculation();
      return work();
    });
  }

  private entry(message: string, fields: LogFields | undefined) {
    return { message, ...fields };
  }
}

/** Local runs and tests: readable lines, metrics as debug lines. */
export function readableTelemetry(serviceName = 'concentric'): PowertoolsTelemetry {
  return new PowertoolsTelemetry({ serviceName, readable: true, emitMetrics: false });
}
