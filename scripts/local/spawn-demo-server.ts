/**
 * Runs scripts/local/demo-server.ts in a child process and waits until `/health` answers: for
 * the fuzz run and the load test, which must not share an event loop with the server they drive.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export interface DemoServerSummary {
  readonly url: string;
  readonly rateLimit: 'on' | 'off';
  readonly readyMs: number;
  /** The dynalite the server stores in (loopback), in a worker thread or on the server's loop. */
  readonly dynamo: {
    readonly endpoint: string;
    readonly tableName: string;
    readonly mode: 'worker' | 'in-process';
  };
  readonly vacancies: number;
  readonly candidates: number;
  readonly employers: readonly string[];
  readonly sampleVacancyId: string;
}

export interface RunningDemoServer {
  readonly summary: DemoServerSummary;
  readonly pid: number;
  /** SIGTERM to the server's process group (tsx and its node child), SIGKILL after 10 s. */
  stop(): Promise<void>;
}

const repoRoot = fileURLToPath(new URL('../../', import.meta.url));

export async function spawnDemoServer(options: {
  port: number;
  rateLimit: 'on' | 'off';
  /** Where the server runs dynalite (DYNALITE); default its own default, a worker thread. */
  dynalite?: 'worker' | 'in-process';
  /** How long loading the demo data may take (2,400 upserts; ~40 s on a busy 2-core machine). */
  readyTimeoutMs?: number;
}): Promise<RunningDemoServer> {
  const child = spawn(path.join(repoRoot, 'node_modules', '.bin', 'tsx'), ['scripts/local/demo-server.ts'], {
    cwd: repoRoot,
    env: {
      ...process.env,
      PORT: String(options.port),
      RATE_LIMIT: options.rateLimit,
      ...(options.dynalite ? { DYNALITE: options.dynalite } : {}),
    },
    stdio: ['ignore', 'pipe', 'pipe'],
    // Its own process group, so stop() reaches tsx's node child too.
    detached: true,
  });
  let stderr = '';
  child.stderr?.on('data', (chunk: Buffer) => {
    stderr = (stderr + chunk.toString()).slice(-4000);
  });
  const stop = () => stopGroup(child);
  try {
    const summary = await readSummary(child, options.readyTimeoutMs ?? 240_000);
    await waitForHealth(summary.url, 10_000);
    return { summary, pid: child.pid ?? -1, stop };
  } catch (error) {
    await stop();
    throw new Error(`demo server did not start: ${String(error)}\n${stderr}`);
  }
}

function readSummary(child: ChildProcess, timeoutMs: number): Promise<DemoServerSummary> {
  return new Promise((resolve, reject) => {
    let out = '';
    const timer = setTimeout(() => reject(new Error(`not ready after ${timeoutMs} ms`)), timeoutMs);
    child.stdout?.on('data', (chunk: Buffer) => {
      out += chunk.toString();
      const line = out.split('\n').find((l) => l.startsWith('{"url"'));
      if (line) {
        clearTimeout(timer);
        resolve(JSON.parse(line) as DemoServerSummary);
      }
    });
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`exited with ${code}`));
    });
  });
}

async function waitForHealth(url: string, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    try {
      if ((await fetch(`${url}/health`)).ok) return;
    } catch {
      // not listening yet
    }
    if (Date.now() > deadline) throw new Error(`${url}/health did not answer within ${timeoutMs} ms`);
    await new Promise((r) => setTimeout(r, 250));
  }
}

async function stopGroup(child: ChildProcess): Promise<void> {
  if (child.pid === undefined || child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const signal = (name: NodeJS.Signals) => {
    try {
      process.kill(-(child.pid as number), name);
    } catch {
      // already gone
    }
  };
  signal('SIGTERM');
  const timer = setTimeout(() => signal('SIGKILL'), 10_000);
  await exited;
  clearTimeout(timer);
}
