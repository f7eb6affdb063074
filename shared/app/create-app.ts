import { OpenAPIHono } from '@hono/zod-openapi';
import { bodyLimit } from 'hono/body-limit';
import { NotFoundError, PayloadTooLargeError, UnsupportedMediaTypeError } from '../errors.js';
import type { InsightEngine } from '../insight/insight-engine.js';
import type { MatchEngine } from '../matching/match-engine.js';
import type { AuditLog } from '../ports/audit-log.js';
import type { CandidateSearch } from '../ports/candidate-search.js';
import type { CandidateStore } from '../ports/candidate-store.js';
import type { Clock } from '../ports/clock.js';
import type { IdGenerator } from '../ports/id-generator.js';
import type { IdempotencyStore } from '../ports/idempotency-store.js';
import type { IdentityProvider } from '../ports/identity.js';
import type { StartCounts } from '../ports/start-counts.js';
import type { Telemetry } from '../ports/telemetry.js';
import type { VacancyStore } from '../ports/vacancy-store.js';
import type { ReferenceData } from '../rules/reference-data.js';
import type { Taxonomy } from '../taxonomy/taxonomy.js';
import type { ExchangeDeps } from '../use-cases/exchange-deps.js';
import type { VacancyPolicy } from '../use-cases/vacancy-policy.js';
import type { AppEnv } from './app-env.js';
import { authorize } from './authorize.js';
import { docsRoutes } from './docs-routes.js';
import { idempotentCreates } from './idempotency.js';
import { completeDocument, type OpenApiDocument } from './openapi/document.js';
import { problemResponse } from './problem.js';
import { DEFAULT_RATE_LIMIT, type RateLimit, rateLimitKey, TokenBucketLimiter } from './rate-limit.js';
import { requestContext } from './request-context.js';
import { auditRoutes } from './routes/audit-routes.js';
import { bulkRoutes } from './routes/bulk-routes.js';
import { candidateRoutes } from './routes/candidate-routes.js';
import { changeRoutes } from './routes/change-routes.js';
import { consentRoutes } from './routes/consent-routes.js';
import { employerCandidateRoutes } from './routes/employer-candidate-routes.js';
import { exchangeRoutes } from './routes/exchange-routes.js';
import { importRoutes } from './routes/import-routes.js';
import { insightRoutes } from './routes/insight-routes.js';
import { matchRoutes } from './routes/match-routes.js';
import { ruleRoutes } from './routes/rule-routes.js';
import { taxonomyRoutes } from './routes/taxonomy-routes.js';
import { vacancyRoutes } from './routes/vacancy-routes.js';
import { webhookRoutes } from './routes/webhook-routes.js';
import { decodeBodyStrictly } from './utf8-body.js';

/** Everything the app talks to, as ports. Tests, the local server and Lambda build the same app. */
export interface AppDeps {
  readonly vacancies: VacancyStore;
  readonly candidates: CandidateStore;
  readonly search: CandidateSearch;
  readonly matcher: MatchEngine;
  /** Start-date counts for the rings' summaries over every kept candidate (ports/start-counts.ts). */
  readonly startCounts?: StartCounts | undefined;
  /** Aggregates for labour-market insight (counts only). */
  readonly insight: InsightEngine;
  readonly referenceData: ReferenceData;
  readonly taxonomy: Taxonomy;
  readonly policy: VacancyPolicy;
  readonly identity: IdentityProvider;
  /** Append-only record of personal-data reads and changes and of rule decisions. */
  readonly audit: AuditLog;
  /** First answers of creating POSTs sent with an Idempotency-Key (shared/app/idempotency.ts). */
  readonly idempotency: IdempotencyStore;
  readonly clock: Clock;
  readonly ids: IdGenerator;
  /** Bulk uploads, import jobs, the change feed and webhooks (docs/exchange.md). */
  readonly exchange: ExchangeDeps;
  /** Logs and business metrics (Powertools in Lambda, readable lines locally). */
  readonly telemetry: Telemetry;
  readonly limits?: {
    readonly maxBodyBytes?: number;
    /** Per-client token bucket (per instance); `false` turns it off. Default DEFAULT_RATE_LIMIT. */
    readonly rateLimit?: RateLimit | false;
  };
}

export const DEFAULT_MAX_BODY_BYTES = 256 * 1024;
const JSON_MEDIA = /^application\/([\w.-]+\+)?json$/i;
/**
 * Uploads that stream rows (NDJSON, CSV) past the JSON body limit: their routes check the media
 * type themselves and count bytes as they arrive, against their own, larger limits.
 */
const STREAMED_UPLOADS = new Set(['POST /v1/candidates/bulk', 'POST /v1/candidate-imports']);
const isStreamedUpload = (method: string, path: string) =>
  STREAMED_UPLOADS.has(`${method} ${path.replace(/\/+$/, '')}`);

export function createApp(deps: AppDeps) {
  const app = new OpenAPIHono<AppEnv>();
  const maxBodyBytes = deps.limits?.maxBodyBytes ?? DEFAULT_MAX_BODY_BYTES;
  const rateLimit = deps.limits?.rateLimit ?? DEFAULT_RATE_LIMIT;
  const limiter = rateLimit === false ? undefined : new TokenBucketLimiter(rateLimit);

  app.use('*', requestContext(deps.telemetry));
  app.onError((error, c) => problemResponse(c, error));
  app.notFound((c) => problemResponse(c, new NotFoundError(`No route for ${c.req.method} ${c.req.path}.`)));

  const jsonBodyLimit = bodyLimit({
    maxSize: maxBodyBytes,
    onError: () => {
      throw new PayloadTooLargeError(maxBodyBytes);
    },
  });
  app.use('/v1/*', (c, next) =>
    isStreamedUpload(c.req.method, c.req.path) ? next() : jsonBodyLimit(c, next),
  );
  app.use('/v1/*', async (c, next) => {
    const type = c.req.header('content-type')?.split(';')[0]?.trim() ?? '';
    const length = c.req.header('content-length');
    const hasBody =
      (length !== undefined && length !== '0') ||
      c.req.header('transfer-encoding') !== undefined ||
      type !== '';
    const jsonOnly = !isStreamedUpload(c.req.method, c.req.path);
    if (['POST', 'PUT', 'PATCH'].includes(c.req.method) && hasBody && jsonOnly && !JSON_MEDIA.test(type)) {
      throw new UnsupportedMediaTypeError(`Send the body as application/json, not '${type || 'nothing'}'.`);
    }
    const caller = await deps.identity.identify(c.req.raw.headers);
    c.set('caller', caller);
    // Limited before authorization, so refused attempts count too (no free probing).
    limiter?.take(rateLimitKey(caller));
    authorize(c);
    if (hasBody && jsonOnly) await decodeBodyStrictly(c);
    await next();
  });
  app.use('/v1/*', idempotentCreates({ store: deps.idempotency, clock: deps.clock }));

  // The taxonomy version says which vocabulary codes resolve against (built-in, or an ESCO import).
  app.get('/health', (c) =>
    c.json({
      status: 'ok',
      time: deps.clock.now().toISOString(),
      taxonomy: { version: deps.taxonomy.version },
    }),
  );

  app.route('/v1/vacancies', vacancyRoutes(deps));
  app.route('/v1/vacancies', matchRoutes(deps));
  app.route('/v1/vacancies', employerCandidateRoutes(deps));
  app.route('/v1/candidates', candidateRoutes(deps));
  app.route('/v1/candidates', bulkRoutes({ ...deps, ...deps.exchange }));
  app.route('/v1/candidate-imports', importRoutes({ ...deps, ...deps.exchange }));
  app.route('/v1/changes', changeRoutes(deps.exchange));
  app.route('/v1/exchange', exchangeRoutes(deps));
  app.route('/v1/webhooks', webhookRoutes({ ...deps, ...deps.exchange }));
  app.route('/v1/candidates', consentRoutes(deps));
  app.route('/v1/taxonomy', taxonomyRoutes(deps));
  app.route('/v1/rules', ruleRoutes(deps));
  app.route('/v1/insight', insightRoutes(deps));
  app.route('/v1/audit', auditRoutes(deps));

  const documentConfig = {
    openapi: '3.1.0',
    info: {
      title: 'Concentric matching API',
      version: '0.1.0',
      'x-taxonomy-version': deps.taxonomy.version,
      description: `Matches Flemish bottleneck vacancies with candidates from partner employment services, searched in parallel in four concentric rings, with fair-recruitment rules on every vacancy and match. Skills and occupations resolve against taxonomy ${deps.taxonomy.version} (also in \`x-taxonomy-version\` and on /health).`,
    },
    security: [{ bearer: [] }, { localRole: [], localOrg: [] }] as Record<string, string[]>[],
  };
  // Built once, on first request: the routes do not change after this point.
  let document: OpenApiDocument | undefined;
  const openApi = () => {
    document ??= completeDocument(
      app.getOpenAPI31Document(documentConfig) as unknown as Record<string, unknown>,
    );
    return document;
  };
  app.get('/openapi.json', (c) => c.json(openApi()));
  app.route('/docs', docsRoutes(openApi));
  return app;
}

export type ConcentricApp = ReturnType<typeof createApp>;
