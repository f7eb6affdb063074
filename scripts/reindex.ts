/**
 * Rebuilds the candidate index from DynamoDB into a new index and moves the alias onto it
 * (shared/adapters/opensearch/reindex.ts explains the phases). Progress on stderr.
 *
 *   DYNAMODB_ENDPOINT=http://127.0.0.1:8000 OPENSEARCH_URL=http://127.0.0.1:9200 npx tsx scripts/reindex.ts
 *
 * Environment (shared/config.ts): TABLE_NAME, AWS_REGION, DYNAMODB_ENDPOINT (unset: the AWS
 * endpoint), OPENSEARCH_URL or OPENSEARCH_ENDPOINT, CANDIDATE_INDEX_ALIAS.
 * Flags: --delete-previous (drop the indices the alias leaves), --page-size=N, --concurrency=N.
 */
import { pathToFileURL } from 'node:url';
import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { DynamoCandidateStore } from '../shared/adapters/dynamodb/dynamo-candidate-store.js';
import { documentClient } from '../shared/adapters/dynamodb/table.js';
import { createOpenSearchClient } from '../shared/adapters/opensearch/client.js';
import { type ReindexProgress, reindexCandidates } from '../shared/adapters/opensearch/reindex.js';
import { readConfig } from '../shared/config.js';
import { systemClock } from '../shared/ports/clock.js';

const BAR_WIDTH = 24;
const number = new Intl.NumberFormat('en-US');

/** One progress line: phase, a bar when the total is known, counts and rate. */
export function formatProgress(progress: ReindexProgress, elapsedMs: number): string {
  const { phase, scanned, total } = progress;
  const rate = elapsedMs > 0 ? Math.round((scanned * 1000) / elapsedMs) : 0;
  let bar = '';
  if (total !== undefined && total > 0) {
    const ratio = Math.min(1, scanned / total);
    const filled = Math.round(ratio * BAR_WIDTH);
    const percent = `${Math.floor(ratio * 100)}%`.padStart(4);
    bar = `[${'█'.repeat(filled)}${'░'.repeat(BAR_WIDTH - filled)}] ${percent} `;
  }
  const of = total !== undefined ? `/${number.format(total)}` : '';
  return (
    `${phase.padEnd(8)} ${bar}${number.format(scanned)}${of}  ${number.format(rate)}/s  ` +
    `applied ${number.format(progress.applied)}  stale ${number.format(progress.stale)}  failed ${progress.failed}`
  );
}

/**
 * Redraws one line on a terminal; elsewhere (CI logs) prints each phase's first and last line
 * and one every 5 s in between.
 */
function progressBar(stream: NodeJS.WriteStream): { update(p: ReindexProgress): void; end(): void } {
  let phase = '';
  let phaseStarted = 0;
  let lastPrinted = 0;
  let last = '';
  return {
    update(progress) {
      if (progress.phase === 'done') return;
      const now = performance.now();
      const newPhase = progress.phase !== phase;
      if (newPhase) {
        if (phase) stream.write(stream.isTTY ? '\n' : `${last}\n`);
        phase = progress.phase;
        phaseStarted = now;
      }
      last = formatProgress(progress, now - phaseStarted);
      if (stream.isTTY) stream.write(`\r${last}\u001b[K`);
      else if (newPhase || now - lastPrinted > 5_000) {
        stream.write(`${last}\n`);
        lastPrinted = now;
      }
    },
    end() {
      if (phase) stream.write(stream.isTTY ? '\n' : `${last}\n`);
    },
  };
}

function flag(name: string): string | undefined {
  const prefix = `--${name}=`;
  return process.argv.find((arg) => arg.startsWith(prefix))?.slice(prefix.length);
}

function positiveInt(name: string): number | undefined {
  const raw = flag(name);
  if (raw === undefined) return undefined;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < 1)
    throw new Error(`--${name} must be a positive integer, got '${raw}'`);
  return value;
}

async function main(): Promise<void> {
  const config = readConfig();
  const local = config.DYNAMODB_ENDPOINT !== undefined && !process.env.AWS_ACCESS_KEY_ID;
  const dynamo = new DynamoDBClient({
    region: config.AWS_REGION,
    ...(config.DYNAMODB_ENDPOINT ? { endpoint: config.DYNAMODB_ENDPOINT } : {}),
    // dynalite accepts any credentials; do not make a local run hunt for real ones.
    ...(local ? { credentials: { accessKeyId: 'local', secretAccessKey: 'local' } } : {}),
  });
  const client = createOpenSearchClient({
    url: config.OPENSEARCH_URL,
    endpoint: config.OPENSEARCH_ENDPOINT,
    region: config.AWS_REGION,
    // A bulk request of a few thousand documents into an index being loaded can take a while.
    requestTimeoutMs: 60_000,
  });
  const store = new DynamoCandidateStore(documentClient(dynamo), config.TABLE_NAME, { clock: systemClock });
  const bar = progressBar(process.stderr);
  const started = performance.now();
  try {
    const result = await reindexCandidates({
      store,
      client,
      alias: config.CANDIDATE_INDEX_ALIAS,
      onProgress: (p) => bar.update(p),
      pageSize: positiveInt('page-size'),
      concurrency: positiveInt('concurrency'),
      deletePrevious: process.argv.includes('--delete-previous'),
    });
    bar.end();
    const seconds = ((performance.now() - started) / 1000).toFixed(1);
    console.error(
      `${config.CANDIDATE_INDEX_ALIAS} → ${result.index} in ${seconds}s: ${result.loaded} loaded, ` +
        `${result.caughtUp} caught up, ${result.removed} removed; previous: ${result.previous.join(', ') || 'none'}` +
        (result.deleted.length > 0 ? ' (deleted)' : ''),
    );
    if (result.failed.length > 0) {
      console.error(`${result.failed.length} document(s) failed after the swap:`, result.failed.slice(0, 10));
      process.exitCode = 1;
    }
  } finally {
    dynamo.destroy();
    await client.close();
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  main().catch((error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  });
}
