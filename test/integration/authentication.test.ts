import { createLocalJWKSet, generateKeyPair, jwtVerify, SignJWT } from 'jose';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  DEV_AUDIENCE,
  DEV_ISSUER,
  DEV_KEY_ID,
  devJwks,
  devJwtIdentity,
  devSigningKey,
  mintDevToken,
  withDevJwks,
} from '../../scripts/local/dev-keys/dev-keys.js';
import { type Harness, startHarness } from '../support/api-harness.js';

let h: Harness;
beforeAll(async () => {
  h = await startHarness({ identity: devJwtIdentity() });
});
afterAll(async () => h.close());

const b64 = (value: unknown) => Buffer.from(JSON.stringify(value)).toString('base64url');
const bearer = (token: string) => ({ headers: { authorization: `Bearer ${token}` } });
const getVacancies = (token: string) => h.call('GET', '/v1/vacancies', bearer(token));

async function expectProblem(res: Response, status: number) {
  expect(res.status).toBe(status);
  expect(res.headers.get('content-type')).toContain('application/problem+json');
  const body = (await res.json()) as { status: number; type: string; detail?: string; stack?: unknown };
  expect(body.status).toBe(status);
  expect(body.stack).toBeUndefined();
  return body;
}

describe('JWT bearer authentication against the dev key set', () => {
  it('accepts a valid token and takes role, org and scopes from its claims', async () => {
    const token = await mintDevToken({ role: 'employer', org: 'emp-jwt' });
    const res = await getVacancies(token);
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ items: [] });
  });

  const refused: [string, () => Promise<string>][] = [
    ['no token at all', async () => ''],
    ['an expired token', () => mintDevToken({ role: 'employer', org: 'emp-jwt', ttlSeconds: -120 })],
    [
      'a token signed with another key under the dev key id',
      async () => {
        const { privateKey } = await generateKeyPair('ES256');
        return new SignJWT({ role: 'employer', org: 'emp-jwt', scope: 'vacancies:read' })
          .setProtectedHeader({ alg: 'ES256', kid: DEV_KEY_ID })
          .setIssuer(DEV_ISSUER)
          .setAudience(DEV_AUDIENCE)
          .setIssuedAt()
          .setExpirationTime('1h')
          .sign(privateKey);
      },
    ],
    [
      'a token for another audience',
      () => mintDevToken({ role: 'employer', org: 'emp-jwt', audience: 'some-other-api' }),
    ],
    [
      'a token from another issuer',
      () => mintDevToken({ role: 'employer', org: 'emp-jwt', issuer: 'https://evil.example/' }),
    ],
    [
      'an unsigned token (alg: none)',
      async () => {
        const now = Math.floor(Date.now() / 1000);
        const claims = {
          role: 'operator',
          org: 'VDAB',
          scope: 'audit:read',
          iss: DEV_ISSUER,
          aud: DEV_AUDIENCE,
          iat: now,
          exp: now + 3600,
        };
        return `${b64({ alg: 'none', typ: 'JWT' })}.${b64(claims)}.`;
      },
    ],
    [
      'an HS256 token keyed with the public key (algorithm confusion)',
      async () => {
        const secret = new TextEncoder().encode(JSON.stringify(devJwks().keys[0]));
        return new SignJWT({ role: 'employer', org: 'emp-jwt', scope: 'vacancies:read' })
          .setProtectedHeader({ alg: 'HS256', kid: DEV_KEY_ID })
          .setIssuer(DEV_ISSUER)
          .setAudience(DEV_AUDIENCE)
          .setIssuedAt()
          .setExpirationTime('1h')
          .sign(secret);
      },
    ],
    [
      'a correctly signed token without a role claim',
      async () =>
        new SignJWT({ org: 'emp-jwt', scope: 'vacancies:read' })
          .setProtectedHeader({ alg: 'ES256', kid: DEV_KEY_ID })
          .setIssuer(DEV_ISSUER)
          .setAudience(DEV_AUDIENCE)
          .setIssuedAt()
          .setExpirationTime('1h')
          .sign(await devSigningKey()),
    ],
  ];

  it.each(refused)('refuses %s with 401 problem+json', async (_name, token) => {
    const value = await token();
    const res = value === '' ? await h.call('GET', '/v1/vacancies') : await getVacancies(value);
    const body = await expectProblem(res, 401);
    expect(body.type).toBe('https://concentric.example/problems/unauthenticated');
  });

  it('refuses header identity when JWT identity is configured', async () => {
    await expectProblem(await h.call('GET', '/v1/vacancies', { as: ['employer', 'emp-jwt'] }), 401);
  });
});

describe('roles and scopes', () => {
  it('a role the route admits, without the route scope, gets 403', async () => {
    const readOnly = await mintDevToken({ role: 'employer', org: 'emp-jwt', scopes: ['vacancies:read'] });
    expect((await getVacancies(readOnly)).status).toBe(200);
    const res = await h.call('POST', '/v1/vacancies', { ...bearer(readOnly), body: {} });
    const body = await expectProblem(res, 403);
    expect(body.detail).toContain('vacancies:write');
  });

  it('a scope the role may not hold does not open a route of another role', async () => {
    const token = await mintDevToken({ role: 'employer', org: 'emp-jwt', scopes: ['candidates:write'] });
    const res = await h.call('PUT', '/v1/candidates/by-external-id/X-1', { ...bearer(token), body: {} });
    await expectProblem(res, 403);
  });

  it('a token with no scope claim can call nothing', async () => {
    const token = await mintDevToken({ role: 'operator', org: 'VDAB', scopes: [] });
    await expectProblem(await h.call('GET', '/v1/taxonomy/skills', bearer(token)), 403);
  });
});

describe('the local JWKS endpoint', () => {
  it('serves the public dev key set, which verifies dev tokens and holds no private key', async () => {
    const fetch = withDevJwks({ fetch: () => new Response('app') });
    const res = await fetch(new Request('http://127.0.0.1:3000/.well-known/jwks.json'));
    const jwks = (await res.json()) as { keys: Record<string, unknown>[] };
    expect(jwks.keys).toHaveLength(1);
    expect(jwks.keys[0]).not.toHaveProperty('d');
    const token = await mintDevToken({ role: 'pes', org: 'VDAB' });
    const { payload } = await jwtVerify(token, createLocalJWKSet(jwks as never), {
      issuer: DEV_ISSUER,
      audience: DEV_AUDIENCE,
    });
    expect(payload).toMatchObject({ role: 'pes', org: 'VDAB' });
    expect(await (await fetch(new Request('http://127.0.0.1:3000/health'))).text()).toBe('app');
  });
});
