import type { CandidateStore } from '../ports/candidate-store.js';
import type { SequenceResult } from '../ports/change-feed.js';
import type { IdGenerator } from '../ports/id-generator.js';
import { runPendingImports } from './bulk/import-jobs.js';
import type { ExchangeDeps } from './exchange-deps.js';
import type { MatchDeps } from './match-vacancy.js';
import { type DispatchResult, dispatchDue } from './webhooks/dispatch.js';
import { KnownDeliveries, notifyFromFeed } from './webhooks/notify.js';

/** What the worker's steps read: matching (the notifier re-ranks), the candidate store (imports), the exchange. */
export interface ExchangeWorkerDeps extends MatchDeps {
  readonly candidates: CandidateStore;
  readonly ids: IdGenerator;
  readonly exchange: ExchangeDeps;
}

export interface ExchangeRound {
  readonly sequenced?: SequenceResult | undefined;
  readonly notified?: { enqueued: number; changes: number } | undefined;
  readonly dispatched?: DispatchResult | undefined;
  readonly importsRun?: number | undefined;
}

/**
 * The exchange's background work, one round at a time: sequence the change feed → turn changes
 * into webhook deliveries → attempt due deliveries → resume import jobs whose worker stopped.
 * Locally the server runs a round every second; in AWS a scheduled Lambda does (docs/exchange.md).
 * A step that fails is logged and the others still run: the next round retries it.
 */
export function exchangeWorker(deps: ExchangeWorkerDeps) {
  const known = new KnownDeliveries();
  const all = { ...deps, ...deps.exchange };
  const step = async <T>(name: string, run: () => Promise<T>): Promise<T | undefined> => {
    try {
      return await run();
    } catch (error) {
      if (deps.telemetry) deps.telemetry.log.error(`exchange worker: ${name} failed`, { error });
      else
        console.error(
          JSON.stringify({
            level: 'error',
            message: `exchange worker: ${name} failed`,
            error: String(error),
          }),
        );
      return undefined;
    }
  };
  return {
    async runOnce(): Promise<ExchangeRound> {
      const sequenced = await step('feed', () => all.feed.sequence());
      const notified = await step('notify', () => notifyFromFeed(all, known));
      const dispatched = await step('dispatch', () => dispatchDue(all));
      const importsRun = await step('imports', () => runPendingImports(all));
      return { sequenced, notified, dispatched, importsRun };
    },
  };
}

export type ExchangeWorker = ReturnType<typeof exchangeWorker>;

/** Runs rounds every `intervalMs`, never two at once; returns a stop function. */
export function runEvery(worker: ExchangeWorker, intervalMs: number): () => Promise<void> {
  let running: Promise<unknown> | undefined;
  const timer = setInterval(() => {
    running ??= worker.runOnce().finally(() => {
      running = undefined;
    });
  }, intervalMs);
  timer.unref();
  return async () => {
    clearInterval(timer);
    await running;
  };
}
