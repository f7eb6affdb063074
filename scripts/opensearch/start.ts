/**
 * `npm run opensearch`: a local OpenSearch 2.19 node in the foreground.
 *   OPENSEARCH_PORT  HTTP port (default 9200; 0 picks a free one)
 *   OPENSEARCH_DATA  home/data directory (default: a fresh temp dir, removed on exit)
 *   OPENSEARCH_HEAP  max heap (default 2g)
 * `tsx scripts/opensearch/start.ts --build-only` resolves the Maven dependencies and compiles, then exits (CI).
 */
import { ensureOpenSearchBuilt, type OpenSearchNode, startOpenSearch } from './launcher.js';

function seconds(since: number): string {
  return ((performance.now() - since) / 1000).toFixed(1);
}

async function main(): Promise<void> {
  if (process.argv.includes('--build-only')) {
    const started = performance.now();
    const classpath = await ensureOpenSearchBuilt();
    console.log(`OpenSearch node built: ${classpath.length} classpath entries (${seconds(started)}s)`);
    return;
  }

  const rawPort = process.env.OPENSEARCH_PORT ?? '9200';
  const port = Number(rawPort);
  if (!Number.isInteger(port) || port < 0 || port > 65_535) {
    throw new Error(`OPENSEARCH_PORT must be a port number, got '${rawPort}'`);
  }
  const dataDir = process.env.OPENSEARCH_DATA || undefined;

  // installed before startup, so that Ctrl-C while the node starts stops it too
  const aborter = new AbortController();
  let node: OpenSearchNode | undefined;
  let stopping = false;
  const stop = (signal: NodeJS.Signals) => {
    if (stopping) return;
    stopping = true;
    console.log(`\n${signal}: stopping OpenSearch...`);
    if (!node) {
      aborter.abort(new Error(`${signal} while starting`));
      return;
    }
    node.stop().then(
      () => process.exit(0),
      (error: unknown) => {
        console.error(error);
        process.exit(1);
      },
    );
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);

  const started = performance.now();
  try {
    node = await startOpenSearch({ port, dataDir, log: true, signal: aborter.signal });
  } catch (error) {
    if (stopping) process.exit(0);
    throw error;
  }
  console.log(
    `\nOpenSearch ready at ${node.url} in ${seconds(started)}s (pid ${node.pid}, data ${node.dataDir}); Ctrl-C stops it`,
  );

  const code = await node.exited;
  if (!stopping) {
    console.error(`OpenSearch exited unexpectedly (${String(code)})`);
    process.exit(1);
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
