/**
 * Uploads a CSV or NDJSON file of candidate profiles through the API, as a PES operator would,
 * with a progress bar on stderr, and prints the report.
 *
 *   npx tsx scripts/upload-candidates.ts [options] <file.csv | file.ndjson>
 *
 *   --url <base>       API base URL (default http://127.0.0.1:3000, or CONCENTRIC_URL)
 *   --org <PES>        local identity: the PES code (X-Caller-Org); with --token, ignored
 *   --token <jwt>      a bearer token (or CONCENTRIC_TOKEN) instead of the local headers
 *   --key <key>        Idempotency-Key (default: derived from the file's bytes and the PES, so
 *                      running the same file twice returns the first report and writes nothing)
 *   --async            use an import job (automatic above 10,000 rows)
 *   --json             print the report as JSON instead of a summary
 *
 * Exit status: 0 every row accepted or unchanged, 2 some rows rejected, 1 the upload failed.
 */
import { createHash } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { type components, concentricClient, rawBody } from '../shared/client/concentric-client.js';

type RowReport = components['schemas']['BulkReport']['rows'][number];
/** What is printed: the totals and the row reports (of the sync report or the import job's). */
type BulkReport = Pick<components['schemas']['BulkReport'], 'totals' | 'rows'>;
type ImportJob = components['schemas']['ImportJob'];
type Problem = components['schemas']['Problem'];

const SYNC_MAX_ROWS = 10_000;
const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    url: { type: 'string', default: process.env.CONCENTRIC_URL ?? 'http://127.0.0.1:3000' },
    org: { type: 'string' },
    token: { type: 'string', default: process.env.CONCENTRIC_TOKEN },
    key: { type: 'string' },
    async: { type: 'boolean', default: false },
    json: { type: 'boolean', default: false },
  },
});
const file = positionals[0];
if (!file || (!values.token && !values.org)) {
  console.error(
    'usage: upload-candidates.ts --org <PES> | --token <jwt> [--url ...] [--key ...] [--async] <file>',
  );
  process.exit(1);
}
const contentType = /\.csv$/i.test(file) ? 'text/csv' : 'application/x-ndjson';
const base = values.url.replace(/\/+$/, '');
const identity: Record<string, string> = values.token
  ? { authorization: `Bearer ${values.token}` }
  : { 'x-caller-role': 'pes', 'x-caller-org': values.org ?? '' };
const api = concentricClient({ baseUrl: base, headers: identity });

// ── Progress on stderr ───────────────────────────────────────────────────────

const tty = process.stderr.isTTY;
let lastDecile = -1;
function progress(label: string, done: number, total: number, unit: (n: number) => string) {
  const share = total > 0 ? Math.min(1, done / total) : 0;
  if (tty) {
    const width = 30;
    const filled = Math.round(share * width);
    process.stderr.write(
      `\r${label} [${'#'.repeat(filled)}${'.'.repeat(width - filled)}] ${(share * 100).toFixed(0).padStart(3)}% ${unit(done)}/${unit(total)}  `,
    );
  } else if (Math.floor(share * 10) > lastDecile) {
    lastDecile = Math.floor(share * 10);
    process.stderr.write(`${label} ${(share * 100).toFixed(0)}%\n`);
  }
}
const endProgress = () => {
  if (tty) process.stderr.write('\n');
  lastDecile = -1;
};
const mb = (n: number) => `${(n / 1024 / 1024).toFixed(1)} MB`;
const rows = (n: number) => `${n} rows`;

// ── Upload ───────────────────────────────────────────────────────────────────

/** One pass over the file: its digest (the default Idempotency-Key) and how many rows it has. */
async function survey(): Promise<{ digest: string; rows: number }> {
  const hash = createHash('sha256');
  let lines = 0;
  let lastByte = 10;
  for await (const chunk of createReadStream(file as string)) {
    const bytes = chunk as Buffer;
    hash.update(bytes);
    for (const byte of bytes) if (byte === 10) lines++;
    lastByte = bytes[bytes.length - 1] ?? lastByte;
  }
  if (lastByte !== 10) lines++;
  return { digest: hash.digest('hex'), rows: contentType === 'text/csv' ? lines - 1 : lines };
}

/** The file as a request body that reports how much has been sent. */
function body(size: number): ReadableStream<Uint8Array> {
  const reader = createReadStream(file as string, { highWaterMark: 256 * 1024 });
  let sent = 0;
  const iterator = reader[Symbol.asyncIterator]();
  return new ReadableStream<Uint8Array>({
    async pull(controller) {
      const next = await iterator.next();
      if (next.done) {
        progress('upload', size, size, mb);
        endProgress();
        controller.close();
        return;
      }
      sent += (next.value as Buffer).byteLength;
      progress('upload', sent, size, mb);
      controller.enqueue(new Uint8Array(next.value as Buffer));
    },
    cancel() {
      reader.destroy();
    },
  });
}

/** The streamed upload's request options: the file as it is, in its own media type. */
function upload(size: number, key: string) {
  return {
    params: { header: { 'idempotency-key': key } },
    body: rawBody(body(size)),
    bodySerializer: (b: unknown) => b as string,
    headers: { 'content-type': contentType },
    duplex: 'half',
  } as const;
}

function failIfProblem(status: number, problem: Problem | undefined): never {
  console.error(`upload failed: ${status} ${problem?.title ?? ''}: ${problem?.detail ?? ''}`);
  if (problem?.errors) console.error(JSON.stringify(problem.errors, null, 2));
  process.exit(1);
}

async function reportRows(id: string): Promise<RowReport[]> {
  const { data, error, response } = await api.GET('/v1/candidate-imports/{id}/report', {
    params: { path: { id } },
    parseAs: 'text',
  });
  if (data === undefined) failIfProblem(response.status, error as Problem | undefined);
  return data
    .split('\n')
    .filter((line) => line.trim())
    .map((line) => JSON.parse(line) as RowReport);
}

async function runAsync(size: number, key: string, total: number): Promise<BulkReport> {
  const posted = await api.POST('/v1/candidate-imports', upload(size, key));
  if (!posted.data) failIfProblem(posted.response.status, posted.error);
  let job: ImportJob = posted.data;
  while (job.status === 'queued' || job.status === 'running') {
    progress('import', job.totals.rows, total, rows);
    await new Promise((resolve) => setTimeout(resolve, 1000));
    const poll = await api.GET('/v1/candidate-imports/{id}', { params: { path: { id: job.id } } });
    if (!poll.data) failIfProblem(poll.response.status, poll.error);
    job = poll.data;
  }
  progress('import', job.totals.rows, Math.max(total, job.totals.rows), rows);
  endProgress();
  if (job.status === 'failed') {
    console.error(`import ${job.id} failed: ${JSON.stringify(job.error)}`);
    process.exit(1);
  }
  return { totals: job.totals, rows: await reportRows(job.id) };
}

const size = (await stat(file)).size;
const { digest, rows: estimatedRows } = await survey();
const key = values.key ?? `file-${digest.slice(0, 32)}-${values.org ?? 'token'}`;
const started = performance.now();
const asyncMode = values.async || estimatedRows > SYNC_MAX_ROWS;
let report: BulkReport;
if (asyncMode) {
  report = await runAsync(size, key, estimatedRows);
} else {
  const { data, error, response } = await api.POST('/v1/candidates/bulk', upload(size, key));
  if (!data) failIfProblem(response.status, error);
  if (response.headers.get('idempotent-replayed') === 'true') {
    console.error('(this file was uploaded before with this key: the stored report, nothing written)');
  }
  report = data;
}
const seconds = (performance.now() - started) / 1000;

if (values.json) {
  console.log(JSON.stringify(report, null, 2));
} else {
  const t = report.totals;
  console.log(
    `${path.basename(file)}: ${t.rows} rows in ${seconds.toFixed(1)} s (${(t.rows / seconds).toFixed(0)} rows/s)`,
  );
  console.log(`  accepted  ${String(t.accepted).padStart(7)}  (created ${t.created}, updated ${t.updated})`);
  console.log(`  unchanged ${String(t.unchanged).padStart(7)}`);
  console.log(`  rejected  ${String(t.rejected).padStart(7)}`);
  const rejected = report.rows.filter((r) => r.status === 'rejected');
  for (const r of rejected.slice(0, 50)) {
    const reasons = (r.errors ?? []).map((e) => `${e.field}: ${e.message}`).join('; ');
    console.log(`  row ${r.row}${r.externalId ? ` (${r.externalId})` : ''}: ${reasons}`);
  }
  if (rejected.length > 50) console.log(`  … ${rejected.length - 50} more rejected rows (--json for all)`);
}
process.exit(report.totals.rejected > 0 ? 2 : 0);
