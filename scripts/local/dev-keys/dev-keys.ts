/**
 * DEVELOPMENT KEYS — NOT FOR PRODUCTION.
 *
 * One ES256 key pair derived deterministically from a public seed, so every checkout, test run
 * and `IDENTITY=jwt npm start` shares the same key set without a private key file in the
 * repository. Anyone can derive the private key from this file: tokens it signs prove nothing
 * outside a developer's machine. The AWS composition root verifies against the issuer's JWKS
 * URL only and never imports this module (it lives under `scripts/`, outside the Lambda bundles).
 */
import { createECDH, createHash } from 'node:crypto';
import { createLocalJWKSet, importJWK, type JWK, type JWTPayload, SignJWT } from 'jose';
import { JwtIdentityProvider } from '../../../shared/adapters/identity/jwt-identity.js';
import type { Role } from '../../../shared/ports/identity.js';
import { ROLE_SCOPES } from '../../../shared/ports/scopes.js';

export const DEV_ISSUER = 'https://concentric.local/dev-issuer';
export const DEV_AUDIENCE = 'concentric-api-local';
export const DEV_KEY_ID = 'concentric-dev-key-1-not-for-production';
const SEED = 'concentric development signing key #1 - NOT FOR PRODUCTION';

/** The order of the P-256 group: a private scalar must lie in [1, n - 1]. */
const P256_ORDER = BigInt('0xffffffff00000000ffffffffffffffffbce6faada7179e84f3b9cac2fc632551');

function privateScalar(): Buffer {
  let d = createHash('sha256').update(SEED).digest();
  // sha256 lands outside [1, n - 1] with probability ~2^-32; rehash until it does not.
  while (BigInt(`0x${d.toString('hex')}`) >= P256_ORDER || d.every((b) => b === 0)) {
    d = createHash('sha256').update(d).digest();
  }
  return d;
}

function devPrivateJwk(): JWK {
  const d = privateScalar();
  const ecdh = createECDH('prime256v1');
  ecdh.setPrivateKey(d);
  const point = ecdh.getPublicKey(); // 0x04 || x || y
  return {
    kty: 'EC',
    crv: 'P-256',
    x: point.subarray(1, 33).toString('base64url'),
    y: point.subarray(33, 65).toString('base64url'),
    d: d.toString('base64url'),
    kid: DEV_KEY_ID,
    alg: 'ES256',
    use: 'sig',
  };
}

/** The public key set, as `/.well-known/jwks.json` serves it locally. */
export function devJwks(): { keys: JWK[] } {
  const { d: _private, ...publicJwk } = devPrivateJwk();
  return { keys: [publicJwk] };
}

export interface DevTokenOptions {
  readonly role: Role;
  readonly org: string;
  /** Default: every scope the role may hold. */
  readonly scopes?: readonly string[];
  /** Lifetime in seconds (default 3600); negative mints a token that has already expired. */
  readonly ttlSeconds?: number;
  readonly subject?: string;
  readonly issuer?: string;
  readonly audience?: string;
  readonly extraClaims?: JWTPayload;
}

/** The private dev key, for tests that need to sign malformed tokens. */
export function devSigningKey() {
  return importJWK(devPrivateJwk(), 'ES256');
}

/** Signs a token with the dev key: for `scripts/mint-token.ts` and tests only. */
export async function mintDevToken(options: DevTokenOptions): Promise<string> {
  const key = await devSigningKey();
  const now = Math.floor(Date.now() / 1000);
  const ttl = options.ttlSeconds ?? 3600;
  return new SignJWT({
    ...options.extraClaims,
    role: options.role,
    org: options.org,
    scope: [...(options.scopes ?? ROLE_SCOPES[options.role])].join(' '),
  })
    .setProtectedHeader({ alg: 'ES256', kid: DEV_KEY_ID, typ: 'JWT' })
    .setIssuer(options.issuer ?? DEV_ISSUER)
    .setAudience(options.audience ?? DEV_AUDIENCE)
    .setSubject(options.subject ?? `${options.role}:${options.org}`)
    .setIssuedAt(Math.min(now, now + ttl))
    .setExpirationTime(now + ttl)
    .sign(key);
}

/** The JWT identity provider the local server uses with `IDENTITY=jwt`: the same class AWS runs. */
export function devJwtIdentity(): JwtIdentityProvider {
  if (process.env.AWS_LAMBDA_FUNCTION_NAME || process.env.NODE_ENV === 'production') {
    throw new Error('The development key set must never be used in a deployed environment.');
  }
  return new JwtIdentityProvider({
    issuer: DEV_ISSUER,
    audience: DEV_AUDIENCE,
    keys: createLocalJWKSet(devJwks()),
    algorithms: ['ES256'],
  });
}

export const JWKS_PATH = '/.well-known/jwks.json';

/**
 * The local server's request handler: the dev key set at `/.well-known/jwks.json` (what an
 * identity provider publishes, so a client or a second service can verify tokens too), every
 * other request to the app.
 */
export function withDevJwks(app: { fetch: (request: Request) => Response | Promise<Response> }) {
  const body = JSON.stringify(devJwks());
  return (request: Request): Response | Promise<Response> =>
    new URL(request.url).pathname === JWKS_PATH
      ? new Response(body, { headers: { 'content-type': 'application/jwk-set+json' } })
      : app.fetch(request);
}
