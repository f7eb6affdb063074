import { Tracer } from '@aws-lambda-powertools/tracer';
import type { Context } from 'aws-lambda';
import { PowertoolsTelemetry } from '../adapters/telemetry/powertools-telemetry.js';

/**
 * Powertools in a Lambda function, built once per cold start: structured JSON logs and EMF
 * metrics (PowertoolsTelemetry) and the X-Ray tracer. The service name comes from
 * POWERTOOLS_SERVICE_NAME, which the stacks set per function.
 */
export function lambdaTelemetry(serviceName: string) {
  const telemetry = new PowertoolsTelemetry({ serviceName });
  const tracer = new Tracer({ serviceName });
  return { telemetry, tracer };
}

/** What a wrapped handler is given: Powertools, built once per cold start by lambdaTelemetry. */
export type Observed = ReturnType<typeof lambdaTelemetry>;

/**
 * Wraps a handler: the Lambda context (function name, request id, cold start) on every log line,
 * the invocation's request id as `request_id` and `correlation_id` on every line (unless the
 * handler sets them itself: the API's request middleware uses API Gateway's request id and the
 * caller's correlation id), the cold start as a trace annotation, and the invocation as a
 * `## handler` subsegment.
 */
export function observedHandler<E, R>(
  observed: Observed,
  handler: (event: E, context: Context) => Promise<R>,
  options: { readonly handlerSetsRequestIds?: boolean } = {},
): (event: E, context: Context) => Promise<R> {
  const { telemetry, tracer } = observed;
  return async (event, context) => {
    telemetry.logger.addContext(context);
    const segment = tracer.isTracingEnabled() ? tracer.getSegment() : undefined;
    const subsegment = segment?.addNewSubsegment('## handler');
    if (subsegment) {
      tracer.setSegment(subsegment);
      tracer.annotateColdStart();
    }
    const ids = { requestId: context.awsRequestId, correlationId: context.awsRequestId };
    try {
      return options.handlerSetsRequestIds
        ? await handler(event, context)
        : await telemetry.withRequest(ids, () => handler(event, context));
    } catch (error) {
      if (error instanceof Error) subsegment?.addError(error);
      throw error;
    } finally {
      subsegment?.close();
      if (segment) tracer.setSegment(segment);
    }
  };
}
