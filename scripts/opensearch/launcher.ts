/**
 * Starts a real OpenSearch 2.19 node (scripts/opensearch, a small Maven project that runs the node from Maven
 * Central artifacts) in a child JVM, for `npm run opensearch` and the `opensearch` test project.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { BindError, clusterIsUp, sleep, spawnJvm, stopJvm, waitUntilStarted } from './jvm.js';
import { ensureOpenSearchBuilt } from './maven-build.js';

export { heapArgs } from './jvm.js';
export { ensureOpenSearchBuilt } from './maven-build.js';

export interface StartOptions {
  /** HTTP port; 0 or undefined picks a free one. */
  port?: number;
  /** Directory for the node's home and data; undefined means a fresh temp dir, removed on stop(). */
  dataDir?: string;
  /** Max heap, e.g. '2g' (default OPENSEARCH_HEAP or '2g'); min heap is 512m or less. Or raw JVM flags ('-Xms1g -Xmx1g'). */
  heap?: string;
  /** Echo the JVM's output to this process's stdout/stderr (default false: only kept for error messages). */
  log?: boolean;
  /** Aborting it during startup stops the JVM and rejects. */
  signal?: AbortSignal;
}

export interface OpenSearchNode {
  url: string;
  port: number;
  pid: number;
  dataDir: string;
  /** Resolves with the JVM's exit code (or signal name) once it has exited, for whatever reason. */
  exited: Promise<number | string | null>;
  /** SIGTERM, then SIGKILL after 20 s; resolves once the JVM is gone. Idempotent. */
  stop(): Promise<void>;
}

/** A port that was free a moment ago (the OS picks it). */
export function findFreePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address !== null ? address.port : 0;
      server.close(() => (port > 0 ? resolve(port) : reject(new Error('no free port found'))));
    });
  });
}

/** Checks that an OpenSearch at `url` answers with a yellow or green cluster health. */
export async function waitForOpenSearch(url: string, timeoutMs = 30_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await clusterIsUp(url))) {
    if (Date.now() > deadline)
      throw new Error(`OpenSearch at ${url} did not answer within ${timeoutMs / 1000}s`);
    await sleep(250);
  }
}

/**
 * Builds scripts/opensearch if needed, starts a single-node cluster `concentric-local` on 127.0.0.1 and resolves
 * once `/_cluster/health?wait_for_status=yellow` answers (at most 120 s).
 */
export async function startOpenSearch(options: StartOptions = {}): Promise<OpenSearchNode> {
  const classpath = await ensureOpenSearchBuilt();
  const ownDir = options.dataDir === undefined;
  const dataDir =
    options.dataDir === undefined
      ? await mkdtemp(path.join(tmpdir(), 'concentric-opensearch-'))
      : path.resolve(options.dataDir);
  const heap = options.heap ?? process.env.OPENSEARCH_HEAP ?? '2g';
  const pickPort = options.port === undefined || options.port === 0;
  const cleanup = async () => {
    if (ownDir) await rm(dataDir, { recursive: true, force: true });
  };

  for (let attempt = 1; ; attempt++) {
    const port = pickPort ? await findFreePort() : (options.port as number);
    const jvm = spawnJvm(classpath, port, dataDir, heap, options.log ?? false);
    // never leave an orphan JVM behind if this process exits without calling stop()
    const onExit = () => jvm.child.kill('SIGTERM');
    process.once('exit', onExit);
    let url: string;
    try {
      url = await waitUntilStarted(jvm, port, options.signal);
    } catch (error) {
      await stopJvm(jvm);
      process.removeListener('exit', onExit);
      // another process may take the free port between our check and the JVM's bind
      if (error instanceof BindError && pickPort && attempt < 3) continue;
      await cleanup();
      throw error;
    }
    let stopping: Promise<void> | undefined;
    return {
      url,
      port,
      pid: jvm.child.pid ?? -1,
      dataDir,
      exited: jvm.exited,
      stop() {
        stopping ??= stopJvm(jvm).then(async () => {
          process.removeListener('exit', onExit);
          await cleanup();
        });
        return stopping;
      },
    };
  }
}
