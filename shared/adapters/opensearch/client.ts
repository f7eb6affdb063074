import { defaultProvider } from '@aws-sdk/credential-provider-node';
import { Client } from '@opensearch-project/opensearch';
import { AwsSigv4Signer } from '@opensearch-project/opensearch/aws';
import type { Subsegments } from '../telemetry/tracing.js';
import { resilientTransport } from './resilient-transport.js';

export interface OpenSearchClientOptions {
  /** A plain HTTP(S) URL (the local node); requests are not signed. */
  readonly url?: string | undefined;
  /** An Amazon OpenSearch Service endpoint; requests are SigV4-signed for service `es`. */
  readonly endpoint?: string | undefined;
  readonly region: string;
  /** Per request, in ms (default 15 s). */
  readonly requestTimeoutMs?: number | undefined;
  /**
   * The client's own immediate retries (default 0): calls are retried with jittered backoff by
   * resilientTransport instead.
   */
  readonly maxRetries?: number | undefined;
  /** Traces each call as a subsegment (Lambda). */
  readonly subsegments?: Subsegments | undefined;
}

/**
 * The OpenSearch client for a local node (`url`) or the managed domain (`endpoint`).
 *
 * Timeouts: the indexer Lambda runs for at most 60 s, so a request gets 15 s and two retries
 * (resilientTransport retries connection errors, timeouts, 429 and 502/503/504, with jitter). Retrying a whole `_bulk`
 * is safe because every write is externally versioned: an item applied by the first attempt
 * comes back as a 409 version conflict the second time, which the adapter reports as stale.
 */
export function createOpenSearchClient(options: OpenSearchClientOptions): Client {
  const common = {
    requestTimeout: options.requestTimeoutMs ?? 15_000,
    maxRetries: options.maxRetries ?? 0,
    // A single endpoint (the domain's load balancer or one local node): nothing to sniff.
    sniffOnStart: false,
  };
  if (options.endpoint) {
    // Built once: the provider caches credentials and refreshes them before they expire
    // (in Lambda, from the execution role's environment variables).
    const credentials = defaultProvider();
    return resilientTransport(
      new Client({
        ...AwsSigv4Signer({ region: options.region, service: 'es', getCredentials: () => credentials() }),
        node: options.endpoint,
        ...common,
      }),
      { subsegments: options.subsegments },
    );
  }
  if (options.url) {
    return resilientTransport(new Client({ node: options.url, ...common }), {
      subsegments: options.subsegments,
    });
  }
  throw new Error('Invalid configuration: OpenSearch needs OPENSEARCH_URL or OPENSEARCH_ENDPOINT');
}
