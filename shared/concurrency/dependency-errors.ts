/**
 * Whether an error thrown by a dependency's client means "unavailable for now, retry later"
 * rather than a bug. The stores and engines let these through unchanged (they are retried inside
 * the AWS SDK and the OpenSearch client first); at the edge they become a 503 with Retry-After
 * instead of an opaque 500, so a caller knows the request may simply be sent again.
 */

/** DynamoDB (and other AWS services) shedding load, once the SDK's own retries are spent. */
const AWS_THROTTLING = new Set([
  'ThrottlingException',
  'ProvisionedThroughputExceededException',
  'RequestLimitExceeded',
  'TooManyRequestsException',
]);

/** The OpenSearch client's errors for a node that cannot be reached or answered too late. */
const SEARCH_UNREACHABLE = new Set(['ConnectionError', 'NoLivingConnectionsError', 'TimeoutError']);

/** Socket-level failures, whichever client saw them. */
const NETWORK_CODES = new Set(['ECONNREFUSED', 'ECONNRESET', 'ETIMEDOUT', 'EPIPE', 'EHOSTUNREACH']);

interface ClientErrorShape {
  name?: unknown;
  code?: unknown;
  $fault?: unknown;
  $retryable?: { throttling?: unknown } | undefined;
  $metadata?: unknown;
  meta?: { statusCode?: unknown } | undefined;
}

export function isDependencyUnavailable(error: unknown): boolean {
  if (typeof error !== 'object' || error === null) return false;
  const e = error as ClientErrorShape;
  if (typeof e.name === 'string' && AWS_THROTTLING.has(e.name)) return true;
  if (e.$retryable?.throttling === true) return true;
  // An AWS service error the service itself blames on its side (500/503 from DynamoDB).
  if (e.$metadata !== undefined && e.$fault === 'server') return true;
  if (typeof e.name === 'string' && SEARCH_UNREACHABLE.has(e.name)) return true;
  if (typeof e.code === 'string' && NETWORK_CODES.has(e.code)) return true;
  // An OpenSearch response the cluster marks as transient (overloaded or unavailable).
  const status = e.meta?.statusCode;
  return e.name === 'ResponseError' && (status === 429 || status === 502 || status === 503 || status === 504);
}
