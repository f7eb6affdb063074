/**
 * Starts a real OpenSearch 2.19 node (scripts/opensearch, a small Maven project that runs the node from Maven
 * Central artifacts) in a child JVM, for `npm run opensearch` and the `opensearch` test project.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, readdir, readFile, rm, stat, utimes } from 'node:fs/promises';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

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

const repoRoot = fileURLToPath(new URL('../../', import.meta.url));
const projectDir = path.join(repoRoot, 'scripts', 'opensearch');
const pomFile = path.join(projectDir, 'pom.xml');
const sourceDir = path.join(projectDir, 'src', 'main', 'java');
const targetDir = path.join(projectDir, 'target');
const classpathFile = path.join(targetDir, 'classpath.txt');
const jarFile = path.join(targetDir, 'embedded-opensearch-0.1.0.jar');
const mainClass = 'be.concentric.search.EmbeddedOpenSearch';
const startedMarker = 'EmbeddedOpenSearch started on ';

const startTimeoutMs = 120_000;
const stopGraceMs = 20_000;
const outputTailLines = 60;

async function mtimeMs(file: string): Promise<number | undefined> {
  try {
    return (await stat(file)).mtimeMs;
  } catch {
    return undefined;
  }
}

async function newestSourceMtime(dir: string): Promise<number> {
  let newest = 0;
  for (const entry of await readdir(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    const time = entry.isDirectory() ? await newestSourceMtime(full) : ((await mtimeMs(full)) ?? 0);
    newest = Math.max(newest, time);
  }
  return newest;
}

async function readClasspath(): Promise<string[] | undefined> {
  if (!existsSync(classpathFile)) return undefined;
  const entries = (await readFile(classpathFile, 'utf8'))
    .trim()
    .split(path.delimiter)
    .filter((entry) => entry.length > 0);
  // a wiped ~/.m2 leaves a classpath.txt naming jars that are gone
  return entries.length > 0 && entries.every((entry) => existsSync(entry)) ? entries : undefined;
}

async function isBuildFresh(): Promise<boolean> {
  const inputs = Math.max((await mtimeMs(pomFile)) ?? 0, await newestSourceMtime(sourceDir));
  for (const output of [classpathFile, jarFile]) {
    const time = await mtimeMs(output);
    if (time === undefined || time < inputs) return false;
  }
  return (await readClasspath()) !== undefined;
}

function run(command: string, args: string[], cwd: string): Promise<{ code: number | null; output: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { cwd, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => {
      output += chunk.toString();
    });
    child.stderr.on('data', (chunk: Buffer) => {
      output += chunk.toString();
    });
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, output }));
  });
}

function tail(text: string, lines = outputTailLines): string {
  return text.trimEnd().split('\n').slice(-lines).join('\n');
}

/**
 * Compiles scripts/opensearch and resolves its Maven dependencies, unless target/ is already newer than the pom
 * and the Java sources. Returns the JVM classpath (our jar first).
 */
export async function ensureOpenSearchBuilt(): Promise<string[]> {
  if (!(await isBuildFresh())) {
    const args = [
      '-q',
      '-B',
      '-f',
      pomFile,
      '-DskipTests',
      'package',
      'dependency:build-classpath',
      '-Dmdep.outputFile=target/classpath.txt',
    ];
    let result: { code: number | null; output: string };
    try {
      result = await run('mvn', args, repoRoot);
    } catch (error) {
      throw new Error(`could not run Maven (is mvn on the PATH?): ${String(error)}`);
    }
    if (result.code !== 0) {
      throw new Error(`Maven build of ${projectDir} failed (exit ${result.code}):\n${tail(result.output)}`);
    }
    // Maven leaves an unchanged jar (and classpath file) alone: mark them as built now
    const now = new Date();
    for (const output of [jarFile, classpathFile]) {
      if (existsSync(output)) await utimes(output, now, now);
    }
  }
  const classpath = await readClasspath();
  if (classpath === undefined) {
    throw new Error(`Maven ran but ${classpathFile} is missing or names jars that do not exist`);
  }
  return [jarFile, ...classpath];
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

function parseSizeMb(size: string): number | undefined {
  const match = /^(\d+)([kmgt]?)$/i.exec(size.trim());
  if (!match) return undefined;
  const unit = (match[2] ?? '').toLowerCase();
  const factor =
    unit === 'k'
      ? 1 / 1024
      : unit === 'm'
        ? 1
        : unit === 'g'
          ? 1024
          : unit === 't'
            ? 1024 * 1024
            : 1 / 1024 / 1024;
  return Number(match[1]) * factor;
}

/** '2g' -> ['-Xms512m', '-Xmx2g']; '256m' -> ['-Xms256m', '-Xmx256m']; raw flags are passed through. */
export function heapArgs(heap: string): string[] {
  const trimmed = heap.trim();
  if (trimmed.startsWith('-')) return trimmed.split(/\s+/);
  const maxMb = parseSizeMb(trimmed);
  if (maxMb === undefined) throw new Error(`invalid heap size '${heap}' (expected e.g. '2g' or '768m')`);
  return [maxMb < 512 ? `-Xms${trimmed}` : '-Xms512m', `-Xmx${trimmed}`];
}

function javaCommand(): string {
  const javaHome = process.env.JAVA_HOME;
  if (javaHome) {
    const java = path.join(javaHome, 'bin', process.platform === 'win32' ? 'java.exe' : 'java');
    if (existsSync(java)) return java;
  }
  return 'java';
}

function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

async function clusterIsUp(url: string): Promise<boolean> {
  try {
    const response = await fetch(`${url}/_cluster/health?wait_for_status=yellow&timeout=5s`, {
      signal: AbortSignal.timeout(10_000),
    });
    if (!response.ok) return false;
    const body = (await response.json()) as { status?: string };
    return body.status === 'green' || body.status === 'yellow';
  } catch {
    return false;
  }
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

class BindError extends Error {}

interface Jvm {
  child: ChildProcess;
  exited: Promise<number | string | null>;
  /** Whether the JVM printed its "started on" line (HTTP is bound). */
  started: () => boolean;
  output: () => string;
}

function spawnJvm(classpath: string[], port: number, dataDir: string, heap: string, log: boolean): Jvm {
  const extraOpts = (process.env.OPENSEARCH_JAVA_OPTS ?? '').split(/\s+/).filter((opt) => opt.length > 0);
  const args = [
    ...heapArgs(heap),
    // from the distribution's jvm.options
    '-XX:+UseG1GC',
    '-Dfile.encoding=UTF-8',
    '-Djava.awt.headless=true',
    '-Djava.locale.providers=SPI,COMPAT',
    '-XX:-OmitStackTraceInFastThrow',
    '-Dio.netty.noUnsafe=true',
    '-Dio.netty.noKeySetOptimization=true',
    '-Dio.netty.recycler.maxCapacityPerThread=0',
    ...extraOpts,
    '-cp',
    classpath.join(path.delimiter),
    mainClass,
    '--port',
    String(port),
    '--dir',
    dataDir,
    // the JVM exits when this process goes away, however it dies (stdin is a pipe we never write to)
    '--exit-on-stdin-eof',
  ];
  const child = spawn(javaCommand(), args, { cwd: repoRoot, stdio: ['pipe', 'pipe', 'pipe'] });
  child.stdin?.on('error', () => {});
  const lines: string[] = [];
  let partial = '';
  let started = false;
  const keep = (chunk: Buffer) => {
    const parts = (partial + chunk.toString()).split('\n');
    partial = parts.pop() ?? '';
    for (const line of parts) {
      if (line.startsWith(startedMarker)) started = true;
      lines.push(line);
    }
    if (lines.length > outputTailLines * 4) lines.splice(0, lines.length - outputTailLines);
  };
  // always drain both pipes, or a chatty JVM blocks on a full pipe
  child.stdout?.on('data', (chunk: Buffer) => {
    keep(chunk);
    if (log) process.stdout.write(chunk);
  });
  child.stderr?.on('data', (chunk: Buffer) => {
    keep(chunk);
    if (log) process.stderr.write(chunk);
  });
  const exited = new Promise<number | string | null>((resolve) => {
    child.on('error', (error) => {
      lines.push(`failed to run ${javaCommand()}: ${error.message}`);
      resolve(null);
    });
    child.on('close', (code, signal) => resolve(code ?? signal));
  });
  return { child, exited, started: () => started, output: () => tail([...lines, partial].join('\n')) };
}

async function waitUntilStarted(jvm: Jvm, port: number, signal?: AbortSignal): Promise<string> {
  const url = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + startTimeoutMs;
  let exitCode: number | string | null | undefined;
  let exitedFlag = false;
  void jvm.exited.then((code) => {
    exitCode = code;
    exitedFlag = true;
  });
  for (;;) {
    signal?.throwIfAborted();
    if (exitedFlag) {
      const output = jvm.output();
      const message = `OpenSearch JVM exited (${String(exitCode)}) before it was ready; last output:\n${output}`;
      throw /BindException|Address already in use/.test(output) ? new BindError(message) : new Error(message);
    }
    if (Date.now() > deadline) {
      throw new Error(
        `OpenSearch did not become ready within ${startTimeoutMs / 1000}s; last output:\n${jvm.output()}`,
      );
    }
    if (jvm.started() && (await clusterIsUp(url))) return url;
    await sleep(200);
  }
}

function stopJvm(jvm: Jvm): Promise<void> {
  const { child } = jvm;
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  child.kill('SIGTERM');
  const timer = setTimeout(() => child.kill('SIGKILL'), stopGraceMs);
  return jvm.exited.then(() => clearTimeout(timer));
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
