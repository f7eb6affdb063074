/**
 * Mints a bearer token signed with the development key (NOT FOR PRODUCTION), for calling
 * `IDENTITY=jwt npm start`:
 *
 *   tsx scripts/mint-token.ts --role employer --org emp-x [--scope "vacancies:read matches:read"] [--ttl 3600]
 *
 * Without --scope the token carries every scope the role may hold. --scope may be repeated.
 */
import { parseArgs } from 'node:util';
import { ROLES, type Role } from '../shared/ports/identity.js';
import { isScope } from '../shared/ports/scopes.js';
import { mintDevToken } from './local/dev-keys/dev-keys.js';

function fail(message: string): never {
  console.error(`${message}
usage: tsx scripts/mint-token.ts --role <${ROLES.join('|')}> --org <org> [--scope <scopes>]... [--ttl <seconds>] [--sub <subject>]`);
  process.exit(2);
}

const { values } = parseArgs({
  options: {
    role: { type: 'string' },
    org: { type: 'string' },
    scope: { type: 'string', multiple: true },
    ttl: { type: 'string', default: '3600' },
    sub: { type: 'string' },
  },
});

const role = values.role;
if (!role || !(ROLES as readonly string[]).includes(role)) fail(`--role must be one of ${ROLES.join(', ')}`);
if (!values.org || !/^[A-Za-z0-9._-]{2,64}$/.test(values.org))
  fail('--org must be 2–64 letters, digits, . _ -');
const ttlSeconds = Number(values.ttl);
if (!Number.isInteger(ttlSeconds) || ttlSeconds <= 0) fail('--ttl must be a positive number of seconds');
const scopes = values.scope?.flatMap((s) => s.split(/[\s,]+/)).filter(Boolean);
const unknown = scopes?.filter((s) => !isScope(s)) ?? [];
if (unknown.length > 0) fail(`unknown scope(s): ${unknown.join(', ')}`);

process.stdout.write(
  `${await mintDevToken({
    role: role as Role,
    org: values.org,
    ttlSeconds,
    ...(scopes ? { scopes } : {}),
    ...(values.sub ? { subject: values.sub } : {}),
  })}\n`,
);
