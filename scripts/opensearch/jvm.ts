/**
 * The OpenSearch node's JVM: its command line (heap, flags from the distribution's jvm.options),
 * its output kept for error messages, and waiting until its HTTP port answers.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { outputTailLines, repoRoot, tail } from './maven-build.js';

const mainClass = 'be.concentric.search.EmbeddedOpenSearch';
const startedMarker = 'EmbeddedOpenSearch started on ';
const startTimeoutMs = 120_000;
const stopGraceMs = 20_000;

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

export function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

export async function clusterIsUp(url: string): Promise<boolean> {
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

export class BindError extends Error {}

export interface Jvm {
  child: ChildProcess;
  exited: Promise<number | string | null>;
  /** Whether the JVM printed its "started on" line (HTTP is bound). */
  started: () => boolean;
  output: () => string;
}

export function spawnJvm(
  classpath: string[],
  port: number,
  dataDir: string,
  heap: string,
  log: boolean,
): Jvm {
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

export async function waitUntilStarted(jvm: Jvm, port: number, signal?: AbortSignal): Promise<string> {
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

export function stopJvm(jvm: Jvm): Promise<void> {
  const { child } = jvm;
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  child.kill('SIGTERM');
  const timer = setTimeout(() => child.kill('SIGKILL'), stopGraceMs);
  return jvm.exited.then(() => clearTimeout(timer));
}
