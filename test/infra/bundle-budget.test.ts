import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { BUILT_IN_TAXONOMY_FILE, type ENTRY_POINTS } from '../../infra/constructs/bundling.js';
import { BUILT_IN_ARTIFACT_PATH } from '../../scripts/data/taxonomy/built-in-path.js';
import { sharedBundles } from '../support/infra-bundles-setup.js';

type Name = keyof typeof ENTRY_POINTS;

/** Budgets for the minified ESM bundle (AWS SDK external, as deployed). */
const BUDGET_BYTES: Record<Name, number> = {
  api: 1024 * 1024,
  indexer: 500 * 1024,
  // Built on the API's composition root (shared/composition/aws-app.ts), so the API's budget.
  exchangeWorker: 1024 * 1024,
  retention: 500 * 1024,
  searchSecurity: 500 * 1024,
};

/** Bundles that contain zod (the custom resource reads no configuration). */
const WITH_ZOD: Name[] = ['api', 'indexer', 'exchangeWorker', 'retention'];

/**
 * A POST /v1/vacancies with a wrong type and missing fields, as API Gateway (HTTP API, v2) sends it,
 * with a bearer token verified against a key set the probe serves itself (Lambda refuses header
 * identity at cold start).
 */
const BAD_REQUEST_PROBE = `
import { createServer } from 'node:http';
import { exportJWK, generateKeyPair, SignJWT } from 'jose';
const { publicKey, privateKey } = await generateKeyPair('ES256');
const jwk = { ...(await exportJWK(publicKey)), kid: 'probe', alg: 'ES256' };
const server = createServer((_q, r) => r.setHeader('content-type', 'application/json').end(JSON.stringify({ keys: [jwk] })));
await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
Object.assign(process.env, { IDENTITY: 'jwt', JWT_ISSUER: 'probe', JWT_AUDIENCE: 'probe',
  JWKS_URL: 'http://127.0.0.1:' + server.address().port + '/jwks.json' });
const token = await new SignJWT({ role: 'employer', org: 'acme', scope: 'vacancies:write' }).setProtectedHeader({ alg: 'ES256', kid: 'probe' })
  .setIssuer('probe').setAudience('probe').setIssuedAt().setExpirationTime('5m').sign(privateKey);
const { handler } = await import(process.argv[2]);
const res = await handler({ version: '2.0', routeKey: '$default', rawPath: '/v1/vacancies', rawQueryString: '',
  headers: { host: 'x', 'content-type': 'application/json', authorization: 'Bearer ' + token },
  body: JSON.stringify({ title: 42 }),
  requestContext: { http: { method: 'POST', path: '/v1/vacancies', protocol: 'HTTP/1.1', sourceIp: '127.0.0.1', userAgent: 'test' },
    accountId: '1', apiId: 'a', domainName: 'x', domainPrefix: 'x', requestId: 'r', routeKey: '$default', stage: '$default', time: '', timeEpoch: 0 },
  isBase64Encoded: false }, {});
server.close();
console.log(JSON.stringify(res));`;

describe('bundle budget', () => {
  // The same build the CDK construct deploys, made once per run by the project's global setup.
  const bundles = sharedBundles();
  // Beside the bundles, whose root links node_modules: the probe imports jose to sign its token.
  const probeDir = mkdtempSync(join(dirname(dirname(bundles.api.file)), 'probe-'));
  afterAll(() => rmSync(probeDir, { recursive: true, force: true }));

  it.each(Object.keys(BUDGET_BYTES) as Name[])('%s handler fits its budget', (name) => {
    const { bytes } = bundles[name];
    console.log(
      `[bundle] ${name}: ${(bytes / 1024).toFixed(1)} KiB (budget ${(BUDGET_BYTES[name] / 1024).toFixed(0)} KiB)`,
    );
    expect(bytes).toBeLessThanOrEqual(BUDGET_BYTES[name]);
  });

  it.each(WITH_ZOD)('%s handler bundles only the English zod locale', (name) => {
    const locales = Object.keys(bundles[name].metafile.inputs)
      .map((path) => /(?:^|\/)node_modules\/zod\/v4\/locales\/([^/]+)$/.exec(path)?.[1])
      .filter((file) => file !== undefined);
    expect(locales.sort()).toEqual(['en.js', 'index.js']);
  });

  it.each(Object.keys(BUDGET_BYTES) as Name[])(
    '%s handler logs OpenSearch debug through util.debuglog',
    (name) => {
      const inputs = Object.keys(bundles[name].metafile.inputs);
      expect(inputs.filter((path) => /node_modules\/(debug|supports-color)\//.test(path))).toEqual([]);
      expect(inputs).toContain('node-debuglog:debug');
    },
  );

  it.each(['api', 'indexer'] as Name[])('%s handler bundles the json11 stub, not json11', (name) => {
    const inputs = Object.keys(bundles[name].metafile.inputs);
    expect(inputs.some((path) => path.endsWith('@opensearch-project/opensearch/lib/Serializer.js'))).toBe(
      true,
    );
    expect(inputs.filter((path) => /node_modules\/json11\//.test(path))).toEqual([]);
    expect(inputs).toContain('json11-unused:json11');
  });

  // What a fresh deployment serves before an import is uploaded (TAXONOMY_DEFAULT_PATH).
  it.each(['api', 'exchangeWorker'] as Name[])(
    '%s handler ships the built-in taxonomy artifact beside it',
    (name) => {
      const beside = join(dirname(bundles[name].file), BUILT_IN_TAXONOMY_FILE);
      expect(readFileSync(beside, 'utf8')).toBe(readFileSync(BUILT_IN_ARTIFACT_PATH, 'utf8'));
    },
  );

  it.each(['indexer', 'retention', 'searchSecurity'] as Name[])('%s handler ships no taxonomy', (name) => {
    expect(existsSync(join(dirname(bundles[name].file), BUILT_IN_TAXONOMY_FILE))).toBe(false);
  });

  it('api bundle answers a bad request with zod’s field-level messages in English', () => {
    const probe = join(probeDir, 'bad-request-probe.mjs');
    writeFileSync(probe, BAD_REQUEST_PROBE);
    const out = execFileSync(process.execPath, [probe, bundles.api.file], {
      env: {
        ...process.env,
        TABLE_NAME: 'bundle-test',
        AWS_REGION: 'eu-west-1',
        SEARCH_ENGINE: 'opensearch',
        OPENSEARCH_URL: 'http://127.0.0.1:9',
        // No bundle holds a taxonomy: the function loads the artifact shipped beside it.
        TAXONOMY_PATH: join(dirname(bundles.api.file), BUILT_IN_TAXONOMY_FILE),
      },
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    const response = JSON.parse(out.trim().split('\n').pop() ?? '{}') as { statusCode: number; body: string };
    expect(response.statusCode).toBe(400);
    const problem = JSON.parse(response.body) as {
      errors: { field: string; message: string; code: string }[];
    };
    expect(problem.errors).toContainEqual({
      field: 'title',
      message: 'Invalid input: expected string, received number',
      code: 'invalid_type',
    });
    expect(problem.errors).toContainEqual({
      field: 'occupation',
      message: 'Invalid input: expected object, received undefined',
      code: 'invalid_type',
    });
  });
});
