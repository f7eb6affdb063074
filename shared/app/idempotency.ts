import type { Context, Next } from 'hono';
import type { StoredResponse } from '../ports/idempotency-store.js';
import {
  type IdempotencyDeps,
  requestFingerprint,
  runIdempotently,
} from '../use-cases/idempotent-request.js';
import type { AppEnv } from './app-env.js';

/**
 * The POSTs that create a resource and keep their `Idempotency-Key` here. The uploads
 * (`/v1/candidates/bulk`, `/v1/candidate-imports`) keep theirs with the import job
 * (shared/use-cases/bulk/bulk-upload.ts), keyed by the digest of the streamed bytes.
 */
export const CREATING_POSTS = new Set(['POST /v1/vacancies', 'POST /v1/webhooks/subscriptions']);
export const UPLOAD_POSTS = new Set(['POST /v1/candidates/bulk', 'POST /v1/candidate-imports']);

/** Headers of the first answer a replay repeats: what a client reads after a create. */
const KEPT_HEADERS = ['content-type', 'location', 'etag'];
/**
 * Body fields never kept in a record: a webhook signing secret is stored only KMS-encrypted
 * (shared/adapters/kms/kms-secret-cipher.ts) and the API may not decrypt it, so a replay leaves it out.
 */
const UNSTORED_FIELDS = ['secret'];

/**
 * Middleware (after identity and authorization): a creating POST with an `Idempotency-Key` runs
 * once per caller and key; a retry gets the first answer with `Idempotent-Replayed: true`.
 * The answer is stored only when 2xx; a failed first request leaves nothing.
 */
export function idempotentCreates(deps: IdempotencyDeps) {
  return async (c: Context<AppEnv>, next: Next) => {
    const key = c.req.header('idempotency-key');
    const path = c.req.path.replace(/\/+$/, '');
    if (key === undefined || !CREATING_POSTS.has(`${c.req.method} ${path}`)) return next();
    const caller = c.get('caller');
    const fingerprint = requestFingerprint(c.req.method, path, await c.req.text());
    const { response, replayed } = await runIdempotently(
      deps,
      { scope: `${caller.role}:${caller.org}`, key, fingerprint },
      async () => {
        await next();
        return stored(c.res);
      },
    );
    if (!replayed) return;
    c.res = new Response(response.body, {
      status: response.status,
      headers: { ...response.headers, 'idempotent-replayed': 'true' },
    });
  };
}

async function stored(res: Response): Promise<StoredResponse> {
  const headers: Record<string, string> = {};
  for (const name of KEPT_HEADERS) {
    const value = res.headers.get(name);
    if (value !== null) headers[name] = value;
  }
  let body = await res.clone().text();
  if (headers['content-type']?.includes('json')) {
    const json = JSON.parse(body) as Record<string, unknown>;
    for (const field of UNSTORED_FIELDS) delete json[field];
    body = JSON.stringify(json);
  }
  return { status: res.status, headers, body };
}
