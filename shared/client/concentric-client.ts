import createClient, { type Client } from 'openapi-fetch';
import type { paths } from './openapi.js';

/**
 * The typed client of the API: openapi-fetch over the types generated from the served OpenAPI
 * document (shared/client/openapi.d.ts, scripts/openapi/generate-client.ts). Paths, parameters,
 * bodies and answers are checked by `tsc` against the document, so a server that drifts from its
 * document fails the build where the client is used (the upload CLI, the public-contract tests).
 */
export type ConcentricClient = Client<paths>;
export type { components, operations, paths } from './openapi.js';

export interface ClientOptions {
  /** The API's base URL, e.g. `http://127.0.0.1:3000`. */
  readonly baseUrl: string;
  /** Sent on every request: the bearer token, or the local identity headers. */
  readonly headers?: Record<string, string>;
  /** Another transport, e.g. the app's own `request` in tests. */
  readonly fetch?: (request: Request) => Promise<Response>;
}

export function concentricClient(options: ClientOptions): ConcentricClient {
  return createClient<paths>({
    baseUrl: options.baseUrl,
    ...(options.headers ? { headers: options.headers } : {}),
    ...(options.fetch ? { fetch: options.fetch } : {}),
  });
}

/** A raw body (a file stream, NDJSON or CSV text) sent as it is, not as JSON. */
export const rawBody = (body: unknown) => body as string;
