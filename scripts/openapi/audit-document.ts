/**
 * What a complete OpenAPI document of this API has, checked on the generated document itself:
 * every schema typed, every parameter described and exemplified, every request body and every
 * response with an example, the shared headers declared once as components and used where the
 * server sends or requires them, and the security schemes declared.
 *
 *   npx tsx scripts/openapi/audit-document.ts [http://127.0.0.1:3000/openapi.json]
 *
 * Each finding names the operation (`PUT /v1/vacancies/{id}`) or the component and the JSON
 * path of what is missing, so a new field or parameter without an example is easy to find.
 * test/integration/openapi-completeness.test.ts fails on any finding.
 */

type Json = Record<string, unknown>;
interface Document {
  paths?: Record<string, Record<string, Json>>;
  components?: Record<string, Record<string, Json> | undefined>;
}

const METHODS = ['get', 'put', 'post', 'delete', 'patch', 'head', 'options', 'trace'];
const COMBINATORS = ['anyOf', 'oneOf', 'allOf'] as const;
/** Keywords that only constrain a value whose type an enclosing schema gives. */
const CONSTRAINT_ONLY = new Set(['required', 'properties', 'description', 'not', 'minProperties']);

const isObject = (value: unknown): value is Json =>
  typeof value === 'object' && value !== null && !Array.isArray(value);
const hasExample = (node: Json) =>
  node.example !== undefined || (isObject(node.examples) && Object.keys(node.examples).length > 0);

/** Problems with one schema and everything under it; `where` is its JSON path. */
function auditSchema(schema: unknown, where: string, typedParent: boolean, out: string[]): void {
  if (schema === true || (isObject(schema) && Object.keys(schema).length === 0)) {
    out.push(`${where}: untyped schema (any value)`);
    return;
  }
  if (!isObject(schema) || typeof schema.$ref === 'string') return;
  const type = schema.type;
  const combinator = COMBINATORS.find((k) => Array.isArray(schema[k]));
  const typed = type !== undefined || schema.enum !== undefined || schema.const !== undefined;
  const constraintOnly = Object.keys(schema).every((k) => CONSTRAINT_ONLY.has(k));
  if (!typed && !combinator && !(typedParent && constraintOnly)) {
    out.push(`${where}: schema without a type (${JSON.stringify(schema).slice(0, 80)})`);
  }
  const types = Array.isArray(type) ? type : [type];
  if (types.includes('object')) {
    const extra = schema.additionalProperties;
    if (!isObject(schema.properties) && !isObject(extra) && !isObject(schema.patternProperties)) {
      out.push(`${where}: object without properties (an untyped object)`);
    }
    if (extra === true) out.push(`${where}.additionalProperties: untyped (true)`);
  }
  if (types.includes('array') && schema.items === undefined && schema.prefixItems === undefined) {
    out.push(`${where}: array without items`);
  }
  // A constraint-only branch (`{ properties: { country: { not: … } } }`) constrains properties
  // its parent types, so what it says of them is a constraint too.
  const constraining = !typed && !combinator && typedParent && constraintOnly;
  for (const [name, property] of Object.entries(isObject(schema.properties) ? schema.properties : {})) {
    auditSchema(property, `${where}.properties.${name}`, constraining, out);
  }
  if (isObject(schema.additionalProperties)) {
    auditSchema(schema.additionalProperties, `${where}.additionalProperties`, false, out);
  }
  if (schema.items !== undefined) auditSchema(schema.items, `${where}.items`, false, out);
  for (const k of COMBINATORS) {
    const branches = schema[k];
    if (Array.isArray(branches)) {
      branches.forEach((b, i) => {
        auditSchema(b, `${where}.${k}[${i}]`, typed || isObject(schema.properties), out);
      });
    }
  }
}

function resolve(doc: Document, node: unknown): Json | undefined {
  if (!isObject(node)) return undefined;
  if (typeof node.$ref !== 'string') return node;
  const [, , kind, name] = node.$ref.split('/');
  return kind && name ? doc.components?.[kind]?.[name] : undefined;
}

/** Header names every response of an operation must declare, by status. */
function requiredHeaders(status: string): string[] {
  const headers = ['X-Request-Id'];
  if (status === '401') headers.push('WWW-Authenticate');
  if (status === '429')
    headers.push('RateLimit-Limit', 'RateLimit-Remaining', 'RateLimit-Reset', 'Retry-After');
  if (status === '503') headers.push('Retry-After');
  return headers;
}

function auditOperation(doc: Document, label: string, op: Json, out: string[]): void {
  for (const raw of Array.isArray(op.parameters) ? op.parameters : []) {
    const p = resolve(doc, raw);
    if (!p) {
      out.push(`${label}: parameter ${JSON.stringify(raw)} does not resolve`);
      continue;
    }
    const name = `${label}: parameter ${String(p.name)} (${String(p.in)})`;
    if (typeof p.description !== 'string' || p.description.trim() === '')
      out.push(`${name} has no description`);
    const schema = resolve(doc, p.schema);
    if (!hasExample(p) && !(schema && hasExample(schema))) out.push(`${name} has no example`);
    auditSchema(p.schema, `${name} schema`, false, out);
  }
  const body = resolve(doc, op.requestBody);
  for (const [media, content] of Object.entries(isObject(body?.content) ? body.content : {})) {
    if (!isObject(content) || !hasExample(content))
      out.push(`${label}: request body ${media} has no example`);
    if (isObject(content)) auditSchema(content.schema, `${label}: request body ${media} schema`, false, out);
  }
  const responses = isObject(op.responses) ? op.responses : {};
  if (Object.keys(responses).length === 0) out.push(`${label}: no responses`);
  for (const [status, raw] of Object.entries(responses)) {
    const response = resolve(doc, raw);
    if (!response) continue;
    const headers = isObject(response.headers) ? response.headers : {};
    for (const header of requiredHeaders(status)) {
      const declared = headers[header];
      if (!declared) out.push(`${label}: response ${status} does not declare the ${header} header`);
      else if (!isObject(declared) || declared.$ref !== `#/components/headers/${header}`)
        out.push(`${label}: response ${status} declares ${header} inline, not as the component`);
    }
    for (const [media, content] of Object.entries(isObject(response.content) ? response.content : {})) {
      if (!isObject(content) || !hasExample(content))
        out.push(`${label}: response ${status} ${media} has no example`);
      if (isObject(content))
        auditSchema(content.schema, `${label}: response ${status} ${media} schema`, false, out);
    }
  }
}

/** Which operations use each component schema, directly or through other components. */
function componentUsers(doc: Document): Map<string, Set<string>> {
  const refsIn = (node: unknown): string[] => {
    const text = JSON.stringify(node) ?? '';
    return [...text.matchAll(/"#\/components\/schemas\/([^"]+)"/g)].map((m) => m[1] as string);
  };
  const schemas = doc.components?.schemas ?? {};
  const users = new Map<string, Set<string>>();
  for (const [path, item] of Object.entries(doc.paths ?? {})) {
    for (const method of METHODS) {
      if (!item[method]) continue;
      const label = `${method.toUpperCase()} ${path}`;
      const seen = new Set<string>();
      const queue = refsIn(item[method]);
      for (let name = queue.pop(); name !== undefined; name = queue.pop()) {
        if (seen.has(name)) continue;
        seen.add(name);
        users.set(name, (users.get(name) ?? new Set()).add(label));
        queue.push(...refsIn(schemas[name]));
      }
    }
  }
  return users;
}

/** Every finding in the document; empty when it is complete. */
export function auditDocument(document: object): string[] {
  const doc = document as Document;
  const out: string[] = [];
  for (const [path, item] of Object.entries(doc.paths ?? {})) {
    for (const method of METHODS) {
      const op = item[method];
      if (op) auditOperation(doc, `${method.toUpperCase()} ${path}`, op, out);
    }
  }
  const users = componentUsers(doc);
  for (const [name, schema] of Object.entries(doc.components?.schemas ?? {})) {
    const found: string[] = [];
    auditSchema(schema, `components.schemas.${name}`, false, found);
    const by = [...(users.get(name) ?? [])].slice(0, 3).join(', ');
    out.push(...found.map((f) => (by ? `${f} [used by ${by}]` : f)));
  }
  for (const [name, header] of Object.entries(doc.components?.headers ?? {})) {
    if (typeof header.description !== 'string') out.push(`components.headers.${name} has no description`);
    auditSchema(header.schema, `components.headers.${name}.schema`, false, out);
  }
  const schemes = doc.components?.securitySchemes ?? {};
  if (!Object.values(schemes).some((s) => s.type === 'http' && s.scheme === 'bearer'))
    out.push('components.securitySchemes: no bearer (JWT) scheme');
  if (!Object.values(schemes).some((s) => s.type === 'apiKey' && s.in === 'header'))
    out.push('components.securitySchemes: the local header identity is not declared');
  return out;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const url = process.argv[2] ?? 'http://127.0.0.1:3000/openapi.json';
  const findings = auditDocument((await (await fetch(url)).json()) as object);
  for (const finding of findings) console.log(finding);
  console.log(`${findings.length} findings`);
  process.exit(findings.length > 0 ? 1 : 0);
}
