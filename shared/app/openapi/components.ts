/**
 * The headers and security schemes of the API, declared once as OpenAPI components and
 * referenced by `$ref` wherever a response carries them (shared/app/openapi/document.ts).
 */

type HeaderName =
  | 'X-Request-Id'
  | 'ETag'
  | 'Location'
  | 'Retry-After'
  | 'RateLimit-Limit'
  | 'RateLimit-Remaining'
  | 'RateLimit-Reset'
  | 'WWW-Authenticate'
  | 'Idempotent-Replayed';

export const HEADER_COMPONENTS: Record<
  HeaderName,
  { description: string; required?: boolean; schema: Record<string, unknown> }
> = {
  'X-Request-Id': {
    description:
      'The id of this request, on every response; problem bodies carry it as `requestId`. Quote it when reporting a problem.',
    required: true,
    schema: { type: 'string', example: 'f1c0e3a4-5b6d-4e7f-8a9b-0c1d2e3f4a5b' },
  },
  ETag: {
    description:
      'Version tag of the resource (RFC 9110 §8.8.3); send it back as `If-Match` to change the resource.',
    schema: { type: 'string', example: '"v1"' },
  },
  Location: {
    description: 'Where the created resource (or the job) can be read.',
    schema: { type: 'string', example: '/v1/vacancies/vac_000001' },
  },
  'Retry-After': {
    description: 'Seconds to wait before trying again (RFC 9110 §10.2.3).',
    schema: { type: 'integer', minimum: 0, example: 5 },
  },
  'RateLimit-Limit': {
    description:
      "The caller's quota: requests allowed in a burst (the size of its token bucket; IETF draft-ietf-httpapi-ratelimit-headers).",
    schema: { type: 'integer', minimum: 0, example: 100 },
  },
  'RateLimit-Remaining': {
    description: 'Requests the caller may still make now (0 on a 429).',
    schema: { type: 'integer', minimum: 0, example: 0 },
  },
  'RateLimit-Reset': {
    description: 'Seconds until the next request is allowed again.',
    schema: { type: 'integer', minimum: 0, example: 1 },
  },
  'Idempotent-Replayed': {
    description: '`true`: the stored first answer to a retry with the same `Idempotency-Key`.',
    schema: { type: 'string', enum: ['true'], example: 'true' },
  },
  'WWW-Authenticate': {
    description: 'The authentication challenge of a 401 (RFC 6750 §3): a bearer token is needed.',
    schema: { type: 'string', example: 'Bearer realm="concentric", error="invalid_token"' },
  },
};

export const headerRef = (name: HeaderName) => ({ $ref: `#/components/headers/${name}` });

export const SECURITY_SCHEMES = {
  bearer: {
    type: 'http',
    scheme: 'bearer',
    bearerFormat: 'JWT',
    description:
      'A JWT with the claims `role`, `org` and `scope`, verified by the API Gateway JWT authorizer in AWS (and by `IDENTITY=jwt` locally). Each operation lists the scope it needs.',
  },
  localRole: {
    type: 'apiKey',
    in: 'header',
    name: 'X-Caller-Role',
    description:
      "Local and test runs only (`IDENTITY=headers`, the default of `npm start`): the caller's role, one of employer, pes, talent-pool, operator, trusted as sent, with `X-Caller-Org`. Never accepted in AWS.",
  },
  localOrg: {
    type: 'apiKey',
    in: 'header',
    name: 'X-Caller-Org',
    description:
      "Local and test runs only, with `X-Caller-Role`: the caller's organisation (an employer id such as `emp-bouwgroep-vdb`, or a PES code such as `VDAB`).",
  },
} as const;
