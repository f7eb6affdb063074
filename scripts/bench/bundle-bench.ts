/**
 * API Lambda bundle: size (the bundle the CDK construct deploys: minified, AWS SDK external) and
 * cold init time (module load plus first invoke) in a fresh Node process, against a baseline of
 * loading an empty ESM module in a fresh process in the same run.
 *
 *   npx tsx scripts/bench/bundle-bench.ts [--runs 5]
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { bundle, entryPath, REPO_ROOT } from '../../infra/constructs/bundling.js';
import { machineLine, percentile } from './machine.js';

const { values } = parseArgs({ options: { runs: { type: 'string', default: '5' } } });
const runs = Number(values.runs);
const dir = mkdtempSync(join(tmpdir(), 'concentric-bundle-'));
// The AWS SDK is external (the Lambda runtime provides it): the bundle finds it in the repo.
symlinkSync(join(REPO_ROOT, 'node_modules'), join(dir, 'node_modules'), 'dir');
// The same build the CDK construct deploys.
const { file: outfile, bytes: size } = await bundle(entryPath('api'), join(dir, 'api'));

// Cold start: a new process loads the bundle and handles one GET /health event.
const probe = join(dir, 'probe.mjs');
writeFileSync(
  probe,
  `const t0 = performance.now();
const { handler } = await import(${JSON.stringify(outfile)});
const t1 = performance.now();
const res = await handler({ version: '2.0', routeKey: '$default', rawPath: '/health', rawQueryString: '', headers: { host: 'x' },
  requestContext: { http: { method: 'GET', path: '/health', protocol: 'HTTP/1.1', sourceIp: '127.0.0.1', userAgent: 'bench' },
  accountId: '1', apiId: 'a', domainName: 'x', domainPrefix: 'x', requestId: 'r', routeKey: '$default', stage: '$default', time: '', timeEpoch: 0 },
  isBase64Encoded: false }, {});
const t2 = performance.now();
if (res.statusCode !== 200) throw new Error('status ' + res.statusCode);
console.log(JSON.stringify({ load: t1 - t0, invoke: t2 - t1 }));`,
);
const empty = join(dir, 'empty.mjs');
writeFileSync(
  empty,
  `const t0 = performance.now(); await import('node:os'); console.log(JSON.stringify({ load: performance.now() - t0, invoke: 0 }));`,
);

const env = {
  ...process.env,
  TABLE_NAME: 'bench',
  AWS_REGION: 'eu-west-1',
  SEARCH_ENGINE: 'opensearch',
  OPENSEARCH_URL: 'http://127.0.0.1:9',
  IDENTITY: 'headers',
};
function measure(file: string) {
  const samples: number[] = [];
  for (let i = 0; i < runs; i++) {
    const started = performance.now();
    const out = execFileSync(process.execPath, [file], { env, encoding: 'utf8' });
    const { load, invoke } = JSON.parse(out.trim().split('\n').pop() ?? '{}') as {
      load: number;
      invoke: number;
    };
    samples.push(load + invoke);
    void started;
  }
  return samples.sort((a, b) => a - b);
}
const coldInit = measure(probe);
const baseline = measure(empty);
console.log(machineLine());
console.log(`API bundle: ${(size / 1024).toFixed(1)} KiB (budget 1024 KiB)`);
console.log(`cold init (load + first invoke), median of ${runs}: ${percentile(coldInit, 50).toFixed(1)} ms`);
console.log(`baseline (empty ESM module in a fresh process): ${percentile(baseline, 50).toFixed(1)} ms`);
console.log(`ratio: ${(percentile(coldInit, 50) / Math.max(percentile(baseline, 50), 0.01)).toFixed(1)}×`);
