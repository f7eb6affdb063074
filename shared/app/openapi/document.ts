import { existsSync, readFileSync } from 'node:fs';
import { documentRouteAccess } from '../authorize.js';
import { HEADER_COMPONENTS, headerRef, SECURITY_SCHEMES } from './components.js';
import { JSON_SCHEMA_DOCUMENT, JSON_SCHEMA_NODE } from './json-schema-component.js';
import { examplesFilePath } from './static-files.js';

/**
 * Completes the document the route definitions generate: the shared headers and parameters as
 * components, each operation's access rule, and the recorded examples of every request and
 * response (shared/app/openapi/openapi-examples.json, written by
 * scripts/openapi/capture-examples.ts from a demo world).
 */

type Json = Record<string, unknown>;
interface Operation extends Json {
  parameters?: Json[];
  requestBody?: { content?: Record<string, Json> };
  responses?: Record<
    string,
    { description?: string; headers?: Record<string, unknown>; content?: Record<string, Json> }
  >;
}
export interface OpenApiDocument extends Json {
  paths: Record<string, Record<string, Operation>>;
  components: Record<string, Record<string, unknown>>;
}

/** Recorded examples: per operation (`POST /v1/vacancies`), by media type and status. */
export interface RecordedExamples {
  readonly operations: Record<
    string,
    {
      readonly request?: Record<string, unknown>;
      readonly responses?: Record<string, Record<string, unknown>>;
    }
  >;
  /** One problem per status, for the statuses an operation was not recorded answering. */
  readonly problems: Record<string, Json>;
}

/** Header parameters shared by several operations: one component each (required or not). */
const SHARED_PARAMETERS: Record<string, { optional: string; required: string }> = {
  'if-match': { optional: 'IfMatch', required: 'IfMatchRequired' },
  'idempotency-key': { optional: 'IdempotencyKey', required: 'IdempotencyKeyRequired' },
};

let recorded: RecordedExamples | undefined;
/** The recorded examples; none before scripts/openapi/capture-examples.ts first wrote them. */
function recordedExamples(): RecordedExamples {
  const file = examplesFilePath();
  recorded ??= existsSync(file)
    ? (JSON.parse(readFileSync(file, 'utf8')) as RecordedExamples)
    : { operations: {}, problems: {} };
  return recorded;
}

function* operations(doc: OpenApiDocument) {
  for (const [path, item] of Object.entries(doc.paths)) {
    for (const [method, op] of Object.entries(item))
      yield { key: `${method.toUpperCase()} ${path}`, path, op };
  }
}

function shareParameters(doc: OpenApiDocument, op: Operation): void {
  doc.components.parameters ??= {};
  const components = doc.components.parameters;
  op.parameters = op.parameters?.map((p) => {
    const shared = p.in === 'header' ? SHARED_PARAMETERS[String(p.name)] : undefined;
    if (!shared) return p;
    const name = p.required ? shared.required : shared.optional;
    components[name] ??= p;
    return { $ref: `#/components/parameters/${name}` };
  });
}

/** What the idempotent creates (shared/app/idempotency.ts) add to an operation's answers. */
const IDEMPOTENCY_ANSWERS: Record<string, string> = {
  '409': 'the Idempotency-Key is in use',
  '422': 'the Idempotency-Key came with another body',
};

function declareIdempotency(op: Operation): void {
  if (!op.parameters?.some((p) => String(p.$ref).endsWith('/IdempotencyKey'))) return;
  for (const [status, response] of Object.entries(op.responses ?? {})) {
    const extra = IDEMPOTENCY_ANSWERS[status];
    if (extra) response.description = `${response.description}, or ${extra}`;
    if (status.startsWith('2'))
      response.headers = { ...response.headers, 'Idempotent-Replayed': headerRef('Idempotent-Replayed') };
  }
}

function attachExamples(examples: RecordedExamples, key: string, path: string, op: Operation): void {
  const own = examples.operations[key];
  for (const [media, content] of Object.entries(op.requestBody?.content ?? {})) {
    if (content.example === undefined && own?.request?.[media] !== undefined)
      content.example = own.request[media];
  }
  for (const [status, response] of Object.entries(op.responses ?? {})) {
    response.headers = { ...response.headers, 'X-Request-Id': headerRef('X-Request-Id') };
    for (const [media, content] of Object.entries(response.content ?? {})) {
      if (content.example !== undefined) continue;
      const example =
        own?.responses?.[status]?.[media] ??
        (media === 'application/problem+json' && examples.problems[status]
          ? { ...examples.problems[status], instance: path }
          : undefined);
      if (example !== undefined) content.example = example;
    }
  }
}

/** The served document: generated, then completed as described above. */
export function completeDocument(generated: Json, examples = recordedExamples()): OpenApiDocument {
  const doc = documentRouteAccess(generated) as OpenApiDocument;
  doc.components.headers = { ...HEADER_COMPONENTS };
  doc.components.securitySchemes = { ...SECURITY_SCHEMES };
  doc.components.schemas = {
    ...doc.components.schemas,
    JsonSchemaDocument: JSON_SCHEMA_DOCUMENT,
    JsonSchemaNode: JSON_SCHEMA_NODE,
  };
  for (const { key, path, op } of operations(doc)) {
    shareParameters(doc, op);
    declareIdempotency(op);
    attachExamples(examples, key, path, op);
  }
  return doc;
}
