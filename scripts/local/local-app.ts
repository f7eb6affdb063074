import { DynamoAuditLog } from '../../shared/adapters/dynamodb/dynamo-audit-log.js';
import { DynamoCandidateStore } from '../../shared/adapters/dynamodb/dynamo-candidate-store.js';
import { DynamoIdempotencyStore } from '../../shared/adapters/dynamodb/dynamo-idempotency-store.js';
import { DynamoVacancyStore } from '../../shared/adapters/dynamodb/dynamo-vacancy-store.js';
import { documentClient } from '../../shared/adapters/dynamodb/table.js';
import { EmbeddedCandidateSearch } from '../../shared/adapters/embedded-search/embedded-candidate-search.js';
import { EmbeddedInsightEngine } from '../../shared/adapters/embedded-search/embedded-insight-engine.js';
import { EmbeddedStartCounts } from '../../shared/adapters/embedded-search/embedded-start-counts.js';
import { HeaderIdentityProvider } from '../../shared/adapters/identity/header-identity.js';
import { readableTelemetry } from '../../shared/adapters/telemetry/powertools-telemetry.js';
import { type AppDeps, type ConcentricApp, createApp } from '../../shared/app/create-app.js';
import type { RateLimit } from '../../shared/app/rate-limit.js';
import { indexStreamBatch } from '../../shared/composition/stream-indexer.js';
import { loadTaxonomy } from '../../shared/composition/taxonomy-loading.js';
import { InProcessStream } from '../../shared/indexing/in-process-stream.js';
import type { InsightEngine } from '../../shared/insight/insight-engine.js';
import type { MatchEngine } from '../../shared/matching/match-engine.js';
import type { CandidateSearch } from '../../shared/ports/candidate-search.js';
import type { ChangeStream } from '../../shared/ports/change-stream.js';
import { type Clock, systemClock } from '../../shared/ports/clock.js';
import { type IdGenerator, randomIds } from '../../shared/ports/id-generator.js';
import type { IdentityProvider } from '../../shared/ports/identity.js';
import type { Telemetry } from '../../shared/ports/telemetry.js';
import { defaultReferenceData } from '../../shared/rules/reference-data.js';
import type { Taxonomy } from '../../shared/taxonomy/taxonomy.js';
import { runImportJob } from '../../shared/use-cases/bulk/import-jobs.js';
import { type ExchangeWorker, exchangeWorker } from '../../shared/use-cases/exchange-worker.js';
import { rulesVacancyPolicy } from '../../shared/use-cases/rules-policy.js';
import { BUILT_IN_ARTIFACT_PATH } from '../data/taxonomy/built-in-path.js';
import type { LocalDynamo } from './dynalite.js';
import { buildLocalExchange, type LocalExchangeOptions } from './local-exchange.js';
import { TableStream } from './table-stream.js';

/** The table's changes on their way to the indexer: the engine's own stream, or the in-process hand-off. */
export interface LocalStream extends ChangeStream {
  /** Hands everything written so far to the index; how many records are still pending. */
  drain(): Promise<number>;
  readonly pendingCount: number;
}

export interface LocalApp {
  readonly app: ConcentricApp;
  readonly deps: AppDeps;
  /**
   * The table's changes → the indexer (`indexChanges`, as the indexer Lambda runs it): the
   * engine's real stream where the table has one (dynoxide), else the in-process hand-off.
   */
  readonly stream: LocalStream;
  /** Ends what the app holds open besides the engine (the stream reader's client). */
  close(): void;
  /** The exchange's background rounds (feed, webhooks, imports); `npm start` runs them on an interval. */
  readonly worker: ExchangeWorker;
}

export interface LocalAppOptions {
  readonly dynamo: LocalDynamo;
  /** The search engine's write side; default: the embedded engine. */
  readonly search?: CandidateSearch;
  /** The match engine; default: `search` when it ranks too (the embedded engine does). */
  readonly matcher?: MatchEngine;
  /** The insight engine; default: over the embedded engine's documents when it is the search. */
  readonly insight?: InsightEngine;
  readonly clock?: Clock;
  readonly ids?: IdGenerator;
  readonly identity?: IdentityProvider;
  /** Default: readable log lines, metrics as debug lines. */
  readonly telemetry?: Telemetry;
  readonly maxBodyBytes?: number | undefined;
  /** Per-client rate limit; default the app's, `false` off. */
  readonly rateLimit?: RateLimit | false | undefined;
  /** Bulk exchange adapters and settings (uploads dir, feed timings, webhook sender). */
  readonly exchange?: LocalExchangeOptions | undefined;
  /** Run a queued import job at once, in-process (default true; tests of crashes turn it off). */
  readonly runImportsInProcess?: boolean | undefined;
  /** The vocabulary; default: the artifact `TAXONOMY_PATH` names, layered under the built-in one, or the built-in one. */
  readonly taxonomy?: Taxonomy | undefined;
}

/**
 * The composition root for local runs and tests: the real DynamoDB stores on the local
 * engine, the embedded search engine (or any other), and the table's changes fed to the indexer
 * through the engine's stream or in-process.
 */
export async function buildLocalApp(options: LocalAppOptions): Promise<LocalApp> {
  const clock = options.clock ?? systemClock;
  const db = documentClient(options.dynamo.client);
  const embedded = options.search ? undefined : new EmbeddedCandidateSearch();
  const search: CandidateSearch = options.search ?? (embedded as EmbeddedCandidateSearch);
  const matcher: MatchEngine = options.matcher ?? embedded ?? (isMatchEngine(search) ? search : noMatcher);
  const insight: InsightEngine =
    options.insight ?? (embedded ? new EmbeddedInsightEngine(embedded) : noInsight);
  const tableStream = options.dynamo.stream
    ? new TableStream(options.dynamo.endpoint, options.dynamo.tableName, (records) =>
        indexStreamBatch(records, search),
      )
    : undefined;
  const stream: LocalStream = tableStream ?? new InProcessStream(search);
  const exchange = await buildLocalExchange(db, options.dynamo.tableName, clock, options.exchange);
  const runInProcess = options.runImportsInProcess ?? true;
  const deps: AppDeps = {
    vacancies: new DynamoVacancyStore(db, options.dynamo.tableName, { clock }),
    candidates: new DynamoCandidateStore(db, options.dynamo.tableName, { changes: stream, clock }),
    search,
    matcher,
    startCounts: embedded && matcher === embedded ? new EmbeddedStartCounts(embedded) : undefined,
    insight,
    referenceData: defaultReferenceData,
    taxonomy:
      options.taxonomy ??
      (await loadTaxonomy({
        TAXONOMY_PATH: process.env.TAXONOMY_PATH ?? BUILT_IN_ARTIFACT_PATH,
        TAXONOMY_BUCKET: undefined,
        TAXONOMY_KEY: '',
        AWS_REGION: '',
      })),
    policy: rulesVacancyPolicy(),
    identity: options.identity ?? new HeaderIdentityProvider(),
    audit: new DynamoAuditLog(db, options.dynamo.tableName),
    idempotency: new DynamoIdempotencyStore(db, options.dynamo.tableName),
    clock,
    ids: options.ids ?? randomIds,
    telemetry: options.telemetry ?? readableTelemetry(),
    exchange: {
      ...exchange,
      onImportQueued: runInProcess
        ? (jobId) => {
            runImportJob({ ...deps, ...deps.exchange }, jobId).catch((error: unknown) => {
              // The job stays runnable: the next worker round resumes it from its checkpoint.
              console.error(
                JSON.stringify({ level: 'error', message: `import ${jobId} stopped`, error: String(error) }),
              );
            });
          }
        : undefined,
    },
    limits: {
      ...(options.maxBodyBytes !== undefined ? { maxBodyBytes: options.maxBodyBytes } : {}),
      ...(options.rateLimit !== undefined ? { rateLimit: options.rateLimit } : {}),
    },
  };
  return {
    app: createApp(deps),
    deps,
    stream,
    worker: exchangeWorker(deps),
    close: () => tableStream?.stop(),
  };
}

function isMatchEngine(value: unknown): value is MatchEngine {
  return typeof (value as Partial<MatchEngine>).rank === 'function';
}

/** Matching without an engine configured: every match is a clear 503, never a silent empty list. */
const noMatcher: MatchEngine = {
  rank: async () => {
    throw new Error('no match engine configured');
  },
};

/** Insight without an engine configured: a clear 503 too. */
const noInsight: InsightEngine = {
  supply: async () => {
    throw new Error('no insight engine configured');
  },
};
