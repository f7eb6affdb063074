import { inject } from 'vitest';

declare module 'vitest' {
  export interface ProvidedContext {
    /** Base URL of the OpenSearch node the `opensearch` test project runs against (set by its global setup). */
    opensearchUrl: string;
  }
}

/** The URL of the test OpenSearch node, e.g. `http://127.0.0.1:41234` (no trailing slash). */
export function opensearchUrl(): string {
  const url = inject('opensearchUrl') || process.env.OPENSEARCH_URL;
  if (!url) {
    throw new Error(
      'no OpenSearch URL: run these tests in the `opensearch` vitest project (its global setup)',
    );
  }
  return url;
}
