import { defaultProvider } from '@aws-sdk/credential-provider-node';
import { Client } from '@opensearch-project/opensearch';
import { AwsSigv4Signer } from '@opensearch-project/opensearch/aws';

export interface OpenSearchClientOptions {
  /** A plain HTTP(S) URL (the local node); requests are not signed. */
  readonly url?: string | undefined;
  /** An Amazon OpenSearch Service endpoint; requests are SigV4-signed for service `es`. */
  readonly endpoint?: string | undefined;
  readonly region: string;
  /** Per request, in ms (default 15 s). */
  readonly requestTimeoutMs?: number | undefined;
  /** Retries of a request on connection errors, timeouts and 502/503/504 (default 2). */
  readonly maxRetries?: number | undefined;
}

/**
 * The OpenSearch client for a local node (`url`) or the managed domain (`endpoint`).
 *
 * Timeouts: the indexer Lambda runs for at most 60 s, so a request gets 15 s and two retries
 * (the transport retries connection errors, timeouts and 502/503/504). Retrying a whole `_bulk`
 * is safe because every write is externally versioned: an item applied by the first attempt
 * comes back as a 409 version conflict the second time, which the adapter reports as stale.
 */
export function createOpenSearchClient(options: OpenSearchClientOptions): Client {
  const common = {
    requestTimeout: options.requestTimeoutMs ?? 15_000,
    maxRetries: options.maxRetries ?? 2,
    // A single endpoint (the domain's load balancer or one local node): nothing to sniff.
    sniffOnStart: false,
  };
  if (options.endpoint) {
    // Built once: the provider caches credentials and refreshes them before they expire
    // (in Lambda, from the execution role's environment variables).
    const credentials = defaultProvider();
    return new Client({
      ...AwsSigv4Signer({ region: options.region, service: 'es', getCredentials: () => credentials() }),
      node: options.endpoint,
      ...common,
    });
  }
  if (options.url) return new Client({ node: options.url, ...common });
  throw new Error('Invalid configuration: OpenSearch needs OPENSEARCH_URL or OPENSEARCH_ENDPOINT');
}
