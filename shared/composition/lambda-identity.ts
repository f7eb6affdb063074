import { JwtIdentityProvider } from '../adapters/identity/jwt-identity.js';
import type { Config } from '../config.js';
import type { IdentityProvider } from '../ports/identity.js';

/**
 * Identity in Lambda is a verified JWT, always. `IDENTITY=headers` would trust `X-Caller-*`
 * headers from anyone who can reach the API, so a deployment configured with it stops at cold
 * start with a message that says why, instead of serving a single request.
 */
export function lambdaIdentity(config: Config): IdentityProvider {
  if (config.IDENTITY === 'headers') {
    throw new Error(
      'Invalid configuration: IDENTITY=headers trusts X-Caller-* headers from any caller and is refused in Lambda; set IDENTITY=jwt with JWT_ISSUER, JWT_AUDIENCE and JWKS_URL',
    );
  }
  if (!config.JWT_ISSUER || !config.JWT_AUDIENCE || !config.JWKS_URL) {
    throw new Error('Invalid configuration: IDENTITY=jwt needs JWT_ISSUER, JWT_AUDIENCE and JWKS_URL');
  }
  return new JwtIdentityProvider({
    issuer: config.JWT_ISSUER,
    audience: config.JWT_AUDIENCE,
    keys: new URL(config.JWKS_URL),
  });
}
