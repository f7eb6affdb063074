import type { Context } from 'hono';
import type { ConcentricApp } from '../../shared/app/create-app.js';
import type { RecordedExamples } from '../../shared/app/openapi/document.js';
import { problemResponse } from '../../shared/app/problem.js';

/**
 * Records requests to the app and its answers as OpenAPI examples, keyed by operation
 * (`POST /v1/vacancies`), media type and status, for scripts/openapi/capture-examples.ts.
 */

export type Caller = readonly [role: string, org: string];

export interface Answer {
  readonly status: number;
  readonly headers: Headers;
  /** Parsed JSON for JSON media types, else the text. */
  readonly body: unknown;
  readonly media: string;
}

interface CallOptions {
  readonly as?: Caller;
  /** A JSON body (sent as application/json) or, with `media`, the text to send. */
  readonly body?: unknown;
  readonly media?: string;
  readonly headers?: Record<string, string>;
  /** Record the request body and the answer under this operation; default: `METHOD path`. */
  readonly operation?: string;
  /** Shortens the recorded answer (a page to its first items, a long text to its start). */
  readonly trim?: (body: unknown) => unknown;
  /** Do not record (a call that only sets the stage). */
  readonly quiet?: boolean;
}

export class ExampleRecorder {
  readonly examples: { operations: RecordedExamples['operations']; problems: Record<string, unknown> } = {
    operations: {},
    problems: {},
  };

  private requests = 0;

  constructor(private readonly app: ConcentricApp) {}

  /**
   * A steady request id per call, handed in as API Gateway would (shared/app/request-context.ts
   * takes it from the Lambda event), so recorded `requestId`s do not change between runs.
   */
  private nextRequestId(): string {
    this.requests += 1;
    return `00000000-0000-4000-8000-${String(this.requests).padStart(12, '0')}`;
  }

  async call(method: string, path: string, options: CallOptions = {}): Promise<Answer> {
    const media = options.body === undefined ? undefined : (options.media ?? 'application/json');
    const text =
      options.body === undefined || typeof options.body === 'string'
        ? (options.body as string | undefined)
        : JSON.stringify(options.body);
    const res = await this.app.request(
      path,
      {
        method,
        headers: {
          ...(options.as ? { 'x-caller-role': options.as[0], 'x-caller-org': options.as[1] } : {}),
          ...(media ? { 'content-type': media } : {}),
          ...options.headers,
        },
        ...(text !== undefined ? { body: text } : {}),
      },
      { event: { requestContext: { requestId: this.nextRequestId() } } },
    );
    const answerMedia = (res.headers.get('content-type') ?? '').split(';')[0]?.trim() ?? '';
    const raw = await res.text();
    const body = /(^|[/+])json$/.test(answerMedia) && raw !== '' ? JSON.parse(raw) : raw;
    const answer = { status: res.status, headers: res.headers, body, media: answerMedia };
    if (!options.quiet) {
      const key = options.operation ?? `${method} ${templateOf(path)}`;
      this.examples.operations[key] ??= {};
      const entry = this.examples.operations[key] as {
        request?: Record<string, unknown>;
        responses?: Record<string, Record<string, unknown>>;
      };
      if (media && options.body !== undefined) {
        entry.request ??= {};
        entry.request[media] ??= options.body;
      }
      if (raw !== '') {
        entry.responses ??= {};
        entry.responses[String(res.status)] ??= {};
        const byMedia = entry.responses[String(res.status)] as Record<string, unknown>;
        byMedia[answerMedia] ??= options.trim ? options.trim(body) : body;
      }
    }
    return answer;
  }

  /** Expects a status; throws with the answer otherwise (the tour must go as planned). */
  static expect(answer: Answer, status: number, what: string): Answer {
    if (answer.status !== status) {
      throw new Error(`${what}: expected ${status}, got ${answer.status}: ${JSON.stringify(answer.body)}`);
    }
    return answer;
  }

  /** The generic problem of a status, rendered as the app renders any error. */
  async problem(error: Error, path = '/v1/vacancies'): Promise<void> {
    const requestId = this.nextRequestId();
    const context = {
      req: { path },
      get: (key: string) => (key === 'requestId' ? requestId : undefined),
    } as unknown as Context;
    const res = problemResponse(context, error);
    this.examples.problems[String(res.status)] = await res.json();
  }

  /** Records an answer already seen as the generic problem of its status. */
  problemFrom(answer: Answer): void {
    this.examples.problems[String(answer.status)] ??= answer.body;
  }
}

/** `/v1/vacancies/vac_00000030/matches?topK=1` → `/v1/vacancies/{id}/matches`. */
export function templateOf(path: string): string {
  const bare = path.split('?')[0] ?? path;
  return bare
    .replace(
      /^\/v1\/vacancies\/(vac_\w+)\/candidates\/(cand_\w+)/,
      '/v1/vacancies/{vacancyId}/candidates/{candidateId}',
    )
    .replace(/\/by-external-id\/[^/]+/, '/by-external-id/{externalId}')
    .replace(/\/consents\/[^/]+$/, '/consents/{purpose}')
    .replace(/\/(vac|cand|imp|whs|whd)_\w+/g, '/{id}');
}

/** The first `n` items of every array under `key` in a JSON value. */
export function firstItems(value: unknown, key: string, n: number): unknown {
  if (Array.isArray(value)) return value.map((v) => firstItems(v, key, n));
  if (typeof value !== 'object' || value === null) return value;
  return Object.fromEntries(
    Object.entries(value).map(([k, v]) => [
      k,
      k === key && Array.isArray(v) ? v.slice(0, n).map((x) => firstItems(x, key, n)) : firstItems(v, key, n),
    ]),
  );
}

/** The first lines of an NDJSON answer. */
export const firstLines = (n: number) => (body: unknown) =>
  String(body).split('\n').filter(Boolean).slice(0, n).join('\n').concat('\n');
