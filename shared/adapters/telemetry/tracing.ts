import type { Tracer } from '@aws-lambda-powertools/tracer';

/** Runs a dependency call as a named trace subsegment (or just runs it, untraced). */
export type Subsegments = <T>(name: string, work: () => Promise<T>) => Promise<T>;

export const untraced: Subsegments = (_name, work) => work();

/**
 * X-Ray subsegments through Powertools' Tracer, for clients the Tracer cannot patch itself (the
 * OpenSearch client; AWS SDK v3 clients go through `tracer.captureAWSv3Client`). Outside Lambda,
 * or with tracing off, the Tracer is disabled and calls run as they are.
 */
export function tracerSubsegments(tracer: Tracer): Subsegments {
  if (!tracer.isTracingEnabled()) return untraced;
  return <T>(name: string, work: () => Promise<T>) =>
    tracer.provider.captureAsyncFunc(name, async (subsegment) => {
      try {
        return await work();
      } catch (error) {
        if (error instanceof Error) subsegment?.addError(error);
        throw error;
      } finally {
        subsegment?.close();
      }
    }) as Promise<T>;
}
