import type { z } from 'zod';

/**
 * The one error hierarchy. Domain code and use cases throw these; `app.onError` renders each as
 * RFC 9457 `application/problem+json` with a stable `type` URI. Nothing else builds error bodies.
 */

export const PROBLEM_BASE = 'https://concentric.example/problems/';

export interface FieldIssue {
  /** JSON pointer-ish dotted path to the failing field, e.g. `languages.0.level`. */
  readonly field: string;
  readonly message: string;
  readonly code?: string;
}

/**
 * Flattens zod issues into one entry per failing field, prefixed with where the field lives
 * (`body`, `query`, …; none for a bulk row): the one mapper behind every field-level error.
 */
export function fieldIssues(error: z.ZodError, prefix?: string): FieldIssue[] {
  return error.issues.map((issue) => ({
    field:
      [prefix, ...issue.path.map(String)].filter((p) => p !== undefined && p !== '').join('.') || '(root)',
    message: issue.message,
    code: issue.code,
  }));
}

export abstract class ConcentricError extends Error {
  abstract readonly status: number;
  /** Stable slug appended to PROBLEM_BASE to form the problem `type`. */
  abstract readonly slug: string;
  abstract readonly title: string;
  /** Extension members merged into the problem document. */
  extensions(): Record<string, unknown> {
    return {};
  }
  /** Response headers the problem needs (Retry-After, WWW-Authenticate…). */
  headers(): Record<string, string> {
    return {};
  }
  get type(): string {
    return PROBLEM_BASE + this.slug;
  }
}

export class ValidationError extends ConcentricError {
  readonly status = 400;
  readonly slug = 'validation-error';
  readonly title = 'The request is not valid';
  constructor(
    readonly issues: readonly FieldIssue[],
    detail = 'One or more fields are invalid.',
  ) {
    super(detail);
  }
  override extensions() {
    return { errors: this.issues };
  }
}

export class MalformedBodyError extends ConcentricError {
  readonly status = 400;
  readonly slug = 'malformed-body';
  readonly title = 'The request body could not be parsed';
}

export class UnsupportedMediaTypeError extends ConcentricError {
  readonly status = 415;
  readonly slug = 'unsupported-media-type';
  readonly title = 'Unsupported media type';
}

/**
 * 401 with the challenge RFC 6750 §3 asks for: `WWW-Authenticate: Bearer realm="concentric"`, and
 * `error="invalid_token"` when a token was sent but refused (§3.1: no error code when the request
 * carried no credentials at all; `invalid_request` when the Authorization header is malformed).
 */
export class UnauthenticatedError extends ConcentricError {
  readonly status = 401;
  readonly slug = 'unauthenticated';
  readonly title = 'Authentication is required';
  constructor(
    detail: string,
    readonly bearerError?: 'invalid_token' | 'invalid_request',
  ) {
    super(detail);
  }
  override headers() {
    const challenge = ['Bearer realm="concentric"'];
    if (this.bearerError) {
      // error_description is a quoted-string of printable ASCII without `"` or `\` (RFC 6750 §3).
      const description = this.message.replace(/[^\x20-\x7e]|["\\]/g, '');
      challenge.push(`error="${this.bearerError}"`, `error_description="${description}"`);
    }
    return { 'www-authenticate': challenge.join(', ') };
  }
}

export class ForbiddenError extends ConcentricError {
  readonly status = 403;
  readonly slug = 'forbidden';
  readonly title = 'This caller may not do that';
}

export class NotFoundError extends ConcentricError {
  readonly status = 404;
  readonly slug = 'not-found';
  readonly title = 'Resource not found';
}

export class ConflictError extends ConcentricError {
  readonly status = 409;
  readonly slug = 'conflict';
  readonly title = 'The resource is in a conflicting state';
}

export class PreconditionFailedError extends ConcentricError {
  readonly status = 412;
  readonly slug = 'precondition-failed';
  readonly title = 'The resource has changed since it was read';
  constructor(
    detail: string,
    readonly currentEtag?: string,
  ) {
    super(detail);
  }
  override extensions() {
    return this.currentEtag ? { currentEtag: this.currentEtag } : {};
  }
}

export class PreconditionRequiredError extends ConcentricError {
  readonly status = 428;
  readonly slug = 'precondition-required';
  readonly title = 'An If-Match header is required';
}

export class PayloadTooLargeError extends ConcentricError {
  readonly status = 413;
  readonly slug = 'payload-too-large';
  readonly title = 'The request body is too large';
  constructor(readonly limitBytes: number) {
    super(`The request body exceeds the limit of ${limitBytes} bytes.`);
  }
  override extensions() {
    return { limitBytes: this.limitBytes };
  }
}

/** A bulk upload has more rows than a synchronous request takes; an import job takes any number. */
export class TooManyRowsError extends ConcentricError {
  readonly status = 413;
  readonly slug = 'too-many-rows';
  readonly title = 'Too many rows for one request';
  constructor(readonly maxRows: number) {
    super(`A request takes at most ${maxRows} rows; send larger files to POST /v1/candidate-imports.`);
  }
  override extensions() {
    return { maxRows: this.maxRows };
  }
}

/** An Idempotency-Key was sent again with a different body: never a silent second meaning. */
export class IdempotencyKeyReusedError extends ConcentricError {
  readonly status = 422;
  readonly slug = 'idempotency-key-reused';
  readonly title = 'The Idempotency-Key was used for a different request';
}

/**
 * 429 with Retry-After and the `RateLimit-Limit`, `RateLimit-Remaining` and `RateLimit-Reset`
 * fields of draft-ietf-httpapi-ratelimit-headers (the three-field form most clients read); see
 * docs/http.md. `limit` is the bucket's burst: what a client may send at once after being idle.
 */
export class RateLimitedError extends ConcentricError {
  readonly status = 429;
  readonly slug = 'rate-limited';
  readonly title = 'Too many requests';
  constructor(
    readonly retryAfterSeconds: number,
    readonly limit?: number,
  ) {
    super(`Rate limit exceeded; retry after ${retryAfterSeconds} s.`);
  }
  override extensions() {
    return { retryAfterSeconds: this.retryAfterSeconds };
  }
  override headers(): Record<string, string> {
    return {
      'retry-after': String(this.retryAfterSeconds),
      ...(this.limit !== undefined
        ? {
            'ratelimit-limit': String(this.limit),
            'ratelimit-remaining': '0',
            'ratelimit-reset': String(this.retryAfterSeconds),
          }
        : {}),
    };
  }
}

/** A rule with severity `block` refused the request; `violations` lists every violated rule. */
export class RuleViolationError extends ConcentricError {
  readonly status = 422;
  readonly slug = 'rule-violation';
  readonly title = 'The request violates one or more rules';
  constructor(
    readonly violations: readonly unknown[],
    detail = 'The vacancy violates blocking rules; nothing was stored.',
  ) {
    super(detail);
  }
  override extensions() {
    return { violations: this.violations };
  }
}

export class ServiceUnavailableError extends ConcentricError {
  readonly status = 503;
  readonly slug = 'service-unavailable';
  readonly title = 'A dependency is unavailable';
  constructor(
    detail: string,
    readonly retryAfterSeconds = 5,
    /** The dependency's own error: logged for the operator, never shown to the caller. */
    options?: { cause?: unknown },
  ) {
    super(detail, options);
  }
  override headers(): Record<string, string> {
    return { 'retry-after': String(this.retryAfterSeconds) };
  }
}

/** Anything unexpected is rendered as this, without its message or stack. */
export class InternalError extends ConcentricError {
  readonly status = 500;
  readonly slug = 'internal-error';
  readonly title = 'Internal error';
  constructor() {
    super('An unexpected error occurred. It has been logged.');
  }
}
