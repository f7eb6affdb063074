import type { Client } from '@opensearch-project/opensearch';
import { isDependencyUnavailable } from '../../concurrency/dependency-errors.js';
import { type RetryPolicy, retry } from '../../concurrency/retry.js';
import { type Subsegments, untraced } from '../telemetry/tracing.js';

/**
 * Three attempts, as the client's own two retries gave before, but spread with full jitter
 * (shared/concurrency/retry.ts) instead of sent again at once, and 429s retried too.
 */
export const OPENSEARCH_RETRY: RetryPolicy = { maxAttempts: 3, baseDelayMs: 50, maxDelayMs: 1_000 };

/** `_search`, `_bulk`, `_count`…: the operation, without index names or ids (low-cardinality names). */
export function operationOf(path: string): string {
  const operation = path.split('/').find((part) => part.startsWith('_'));
  return operation ?? (path.split('/').filter(Boolean).length <= 1 ? 'index' : 'document');
}

/**
 * Every call of the client goes through `transport.request` (each API method calls it), so wrapping
 * that one method retries and traces all of them: one subsegment per attempt, named after the
 * operation. Callback-style calls are left alone (nothing here uses them).
 */
export function resilientTransport(
  client: Client,
  options: { policy?: RetryPolicy; subsegments?: Subsegments } = {},
): Client {
  const transport = client.transport;
  const original = transport.request.bind(transport) as (...args: unknown[]) => unknown;
  const subsegments = options.subsegments ?? untraced;
  const policy = options.policy ?? OPENSEARCH_RETRY;
  const wrapped = (...args: unknown[]) => {
    if (typeof args[2] === 'function') return original(...args);
    const params = args[0] as { method?: string; path?: string };
    const operation = operationOf(params.path ?? '/');
    return retry(() => subsegments(`OpenSearch ${operation}`, () => original(...args) as Promise<unknown>), {
      policy,
      what: `OpenSearch ${operation}`,
      isRetryable: isDependencyUnavailable,
    });
  };
  transport.request = wrapped as typeof transport.request;
  return client;
}
