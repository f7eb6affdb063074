/**
 * Fuzzes the API from its own OpenAPI document with schemathesis, on embedded defaults:
 *
 *   pip install -r requirements-dev.txt && npx tsx scripts/fuzz/run-schemathesis.ts
 *
 * Starts the demo server (dynalite, embedded engine, demo data; rate limit off, see
 * scripts/local/demo-server.ts), then runs schemathesis once per role with that role's header
 * identity over every operation the role may call (x-roles in the document), all phases
 * (examples, coverage, fuzzing, and stateful sequences over the links schemathesis infers from
 * Location headers and parameter names; the document declares none). Checks: no 5xx, responses
 * and content types as documented, no undocumented status code.
 *
 * Exits non-zero on any failed check, on an operation no role covers, on fewer than
 * FUZZ_MIN_REQUESTS requests in total, or when a run overruns FUZZ_RUN_TIMEOUT_S.
 * Env: FUZZ_PORT (3180), FUZZ_MAX_EXAMPLES per operation and phase (25), FUZZ_SEED (20260301),
 * FUZZ_MIN_REQUESTS (1000), FUZZ_RUN_TIMEOUT_S (420), FUZZ_PARALLEL (roles fuzzed at once, 4: all
 * of them), FUZZ_REPORT_DIR (a temp dir), FUZZ_SCHEMATHESIS (the executable).
 */
import { execFileSync, spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, readdir, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { spawnDemoServer } from '../local/spawn-demo-server.js';
import { type FuzzCaller, operationNames, operationsFor, uncoveredOperations } from './callers.js';
import { type RunTotals, readRunTotals } from './report-totals.js';

const CHECKS = [
  'not_a_server_error',
  'response_schema_conformance',
  'content_type_conformance',
  'status_code_conformance',
];

const env = (name: string, fallback: number) => {
  const value = Number(process.env[name] ?? fallback);
  if (!Number.isFinite(value) || value <= 0) throw new Error(`${name} must be a positive number`);
  return value;
};
const port = env('FUZZ_PORT', 3180);
const maxExamples = env('FUZZ_MAX_EXAMPLES', 25);
const seed = env('FUZZ_SEED', 20_260_301);
const minRequests = env('FUZZ_MIN_REQUESTS', 1000);
const runTimeoutMs = env('FUZZ_RUN_TIMEOUT_S', 420) * 1000;
const parallel = env('FUZZ_PARALLEL', 4);

interface RoleRun {
  readonly caller: FuzzCaller;
  readonly operations: readonly string[];
  readonly exitCode: number | string;
  readonly seconds: number;
  readonly totals: RunTotals;
}

/**
 * The schemathesis executable: the one in the scripts directory of the `python3` that
 * `pip install -r requirements-dev.txt` installed into (a version manager's shim for a freshly
 * installed script may not exist yet), else whatever `schemathesis` is on the PATH.
 */
function schemathesisExecutable(): string {
  if (process.env.FUZZ_SCHEMATHESIS) return process.env.FUZZ_SCHEMATHESIS;
  try {
    const scripts = execFileSync(
      'python3',
      ['-c', 'import sysconfig; print(sysconfig.get_path("scripts"))'],
      {
        encoding: 'utf8',
      },
    ).trim();
    const candidate = path.join(scripts, 'schemathesis');
    if (existsSync(candidate)) return candidate;
  } catch {
    // no python3: fall back to the PATH
  }
  return 'schemathesis';
}
const executable = schemathesisExecutable();

/** One schemathesis run; resolves with its exit code, or 'timeout' after killing it. */
function schemathesis(args: readonly string[], logFile: string): Promise<number | string> {
  return new Promise((resolve, reject) => {
    const child = spawn(executable, args, {
      stdio: ['ignore', 'pipe', 'pipe'],
      // NDJSON and CSV bodies (the uploads' examples) need a serializer schemathesis lacks.
      env: { ...process.env, SCHEMATHESIS_HOOKS: path.join(import.meta.dirname, 'hooks.py') },
    });
    let tail = '';
    const keep = (chunk: Buffer) => {
      tail = (tail + chunk.toString()).slice(-20_000);
    };
    child.stdout.on('data', keep);
    child.stderr.on('data', keep);
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
    }, runTimeoutMs);
    child.on('error', (error) =>
      reject(new Error(`could not run schemathesis (pip install -r requirements-dev.txt): ${error}`)),
    );
    child.on('close', (code, signal) => {
      clearTimeout(timer);
      // The console output is the place to read a failure's reproduction (curl, `st replay`).
      if (code !== 0) console.log(tail.split('\n').slice(-150).join('\n'));
      void writeFile(logFile, tail);
      resolve(signal === 'SIGKILL' ? 'timeout' : (code ?? 'killed'));
    });
  });
}

const reportRoot = process.env.FUZZ_REPORT_DIR ?? (await mkdtemp(path.join(tmpdir(), 'concentric-fuzz-')));
const started = performance.now();
console.log(`== starting the demo server on 127.0.0.1:${port}`);
const server = await spawnDemoServer({ port, rateLimit: 'off' });
const runs: RoleRun[] = [];
let uncovered: string[] = [];
try {
  const { url, employers } = server.summary;
  console.log(`   ready (${(server.summary.readyMs / 1000).toFixed(1)} s to load the demo data)`);
  const document = (await (await fetch(`${url}/openapi.json`)).json()) as Parameters<
    typeof operationNames
  >[0];
  const callers: FuzzCaller[] = [
    { role: 'employer', org: employers[0] ?? 'emp-demo' },
    { role: 'pes', org: 'VDAB' },
    { role: 'talent-pool', org: 'pool-demo' },
    { role: 'operator', org: 'ops-demo' },
  ];
  uncovered = uncoveredOperations(document, callers);
  const templates = operationNames(document);

  // Each role's run is one Python process, busy while the server waits and idle while it
  // answers, so the roles run side by side, `parallel` at a time; each reports when it ends.
  const fuzzRole = async (caller: FuzzCaller): Promise<RoleRun | undefined> => {
    const operations = operationsFor(document, caller.role);
    if (operations.length === 0) return undefined;
    const reportDir = path.join(reportRoot, caller.role);
    await mkdir(reportDir, { recursive: true });
    const args = [
      'run',
      `${url}/openapi.json`,
      '--header',
      `x-caller-role: ${caller.role}`,
      '--header',
      `x-caller-org: ${caller.org}`,
      '--checks',
      CHECKS.join(','),
      '--max-examples',
      String(maxExamples),
      '--seed',
      String(seed),
      // Keep hypothesis' example database out of the work tree.
      '--generation-database',
      ':memory:',
      '--request-timeout',
      '30',
      '--report',
      'ndjson',
      '--report-dir',
      reportDir,
      '--no-color',
      ...operations.flatMap((name) => ['--include-name', name]),
    ];
    console.log(`== schemathesis as ${caller.role} (${caller.org}): ${operations.length} operations`);
    const t0 = performance.now();
    const exitCode = await schemathesis(args, path.join(reportDir, 'console.txt'));
    const ndjson = (await readdir(reportDir)).find((f) => f.endsWith('.ndjson'));
    const totals = ndjson
      ? await readRunTotals(path.join(reportDir, ndjson), templates)
      : { requests: 0, statuses: new Map(), failures: [], failedCases: 0 };
    const seconds = (performance.now() - t0) / 1000;
    console.log(
      `   ${caller.role}: ${totals.requests} requests, ${totals.failures.length} failed checks, exit ${exitCode}, ${seconds.toFixed(0)} s`,
    );
    return { caller, operations, exitCode, seconds, totals };
  };
  const queue = [...callers];
  const lanes = Array.from({ length: Math.min(parallel, queue.length) }, async () => {
    for (let caller = queue.shift(); caller; caller = queue.shift()) {
      const run = await fuzzRole(caller);
      if (run) runs.push(run);
    }
  });
  await Promise.all(lanes);
  // In the callers' order, whichever ended first.
  runs.sort((a, b) => callers.indexOf(a.caller) - callers.indexOf(b.caller));
} finally {
  await server.stop();
}

// Totals: per role, then per operation (summed over roles), then the verdict.
const requests = runs.reduce((n, r) => n + r.totals.requests, 0);
const failures = runs.flatMap((r) => r.totals.failures.map((f) => ({ role: r.caller.role, ...f })));
const perOperation = new Map<string, Map<number, number>>();
for (const run of runs) {
  for (const [operation, byStatus] of run.totals.statuses) {
    const into = perOperation.get(operation) ?? new Map<number, number>();
    for (const [status, n] of byStatus) into.set(status, (into.get(status) ?? 0) + n);
    perOperation.set(operation, into);
  }
}
console.log('\n== requests per operation and status (all roles)');
for (const [operation, byStatus] of [...perOperation].sort(([a], [b]) => a.localeCompare(b))) {
  const cells = [...byStatus]
    .sort(([a], [b]) => a - b)
    .map(([status, n]) => `${status}×${n}`)
    .join(' ');
  console.log(`   ${operation.padEnd(52)} ${cells}`);
}
console.log('\n== per role');
for (const r of runs) {
  console.log(
    `   ${r.caller.role.padEnd(12)} ${String(r.operations.length).padStart(2)} operations ${String(r.totals.requests).padStart(6)} requests ${String(r.totals.failures.length).padStart(3)} failures  exit ${r.exitCode}  ${r.seconds.toFixed(0)} s`,
  );
}
const operationsFuzzed = new Set(runs.flatMap((r) => r.operations)).size;
console.log(
  `\nschemathesis totals: ${requests} requests, ${operationsFuzzed} operations, ${failures.length} failed checks, ${((performance.now() - started) / 1000).toFixed(0)} s (seed ${seed}, reports in ${reportRoot})`,
);

const problems: string[] = [];
if (uncovered.length > 0)
  problems.push(`operations no role may call, so not fuzzed: ${uncovered.join(', ')}`);
for (const f of failures) problems.push(`${f.role}: ${f.operation}: ${f.title} (${f.check}) ${f.message}`);
for (const r of runs)
  if (r.exitCode !== 0) problems.push(`schemathesis as ${r.caller.role} exited ${r.exitCode}`);
if (requests < minRequests) problems.push(`only ${requests} requests, fewer than ${minRequests}`);
if (problems.length > 0) console.error(`\nFUZZ FAILED:\n- ${problems.join('\n- ')}`);
// The closing line in the plain form CI reads: requests whose every check passed, and the rest.
const failedCases = runs.reduce((n, r) => n + r.totals.failedCases, 0);
console.log(`\nschemathesis: ${requests - failedCases} passed, ${failedCases} failed`);
process.exit(problems.length > 0 ? 1 : 0);
