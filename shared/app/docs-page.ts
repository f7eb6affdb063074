/**
 * The plain API reference (`/docs?noscript`), rendered on the server from the OpenAPI document
 * itself: one self-contained HTML page, no scripts and no CDN, for browsers without JavaScript.
 */
interface Parameter {
  name: string;
  in: string;
  required?: boolean;
  description?: string;
}

interface Operation {
  summary?: string;
  tags?: string[];
  parameters?: (Parameter | { $ref: string })[];
  requestBody?: { content?: Record<string, { schema?: { $ref?: string } }> };
  responses?: Record<string, { description?: string }>;
}

interface OpenApiLike {
  info: { title: string; version: string; description?: string };
  paths?: Record<string, Record<string, Operation>>;
  components?: { schemas?: Record<string, unknown>; parameters?: Record<string, Parameter> };
}

const escapeHtml = (text: string) =>
  text.replace(
    /[&<>"']/g,
    (ch) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[ch] ?? ch,
  );

const METHODS = ['get', 'post', 'put', 'patch', 'delete'];

function renderOperation(doc: OpenApiLike, path: string, method: string, op: Operation): string {
  const params = (op.parameters ?? [])
    .map((p) => ('$ref' in p ? doc.components?.parameters?.[p.$ref.split('/').pop() ?? ''] : p))
    .filter((p): p is Parameter => p !== undefined)
    .map(
      (p) =>
        `<li><code>${escapeHtml(p.name)}</code> <em>${escapeHtml(p.in)}</em>${p.required ? ' (required)' : ''} ${escapeHtml(p.description ?? '')}</li>`,
    )
    .join('');
  const body = Object.entries(op.requestBody?.content ?? {})
    .map(([type, media]) => {
      const ref = media.schema?.$ref?.split('/').pop();
      return `<li><code>${escapeHtml(type)}</code>${ref ? ` → <a href="#schema-${escapeHtml(ref)}">${escapeHtml(ref)}</a>` : ''}</li>`;
    })
    .join('');
  const responses = Object.entries(op.responses ?? {})
    .map(([status, r]) => `<li><code>${escapeHtml(status)}</code> ${escapeHtml(r.description ?? '')}</li>`)
    .join('');
  return `<section class="op"><h3><span class="m ${method}">${method.toUpperCase()}</span> <code>${escapeHtml(path)}</code></h3>
<p>${escapeHtml(op.summary ?? '')}</p>
${params ? `<h4>Parameters</h4><ul>${params}</ul>` : ''}${body ? `<h4>Body</h4><ul>${body}</ul>` : ''}
<h4>Responses</h4><ul>${responses}</ul></section>`;
}

export function renderDocsPage(doc: OpenApiLike): string {
  const byTag = new Map<string, string[]>();
  for (const [path, item] of Object.entries(doc.paths ?? {})) {
    for (const method of METHODS) {
      const op = item[method];
      if (!op) continue;
      const tag = op.tags?.[0] ?? 'General';
      byTag.set(tag, [...(byTag.get(tag) ?? []), renderOperation(doc, path, method, op)]);
    }
  }
  const sections = [...byTag]
    .map(([tag, ops]) => `<h2 id="tag-${escapeHtml(tag)}">${escapeHtml(tag)}</h2>${ops.join('')}`)
    .join('');
  const toc = [...byTag.keys()]
    .map((tag) => `<li><a href="#tag-${escapeHtml(tag)}">${escapeHtml(tag)}</a></li>`)
    .join('');
  const schemas = Object.entries(doc.components?.schemas ?? {})
    .map(
      ([name, schema]) =>
        `<details id="schema-${escapeHtml(name)}"><summary><code>${escapeHtml(name)}</code></summary><pre>${escapeHtml(JSON.stringify(schema, null, 2))}</pre></details>`,
    )
    .join('');
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1">
<title>${escapeHtml(doc.info.title)} — API reference</title>
<style>body{font:15px/1.5 system-ui,sans-serif;max-width:960px;margin:2rem auto;padding:0 1rem;color:#1b1f24}
code,pre{font-family:ui-monospace,monospace}pre{background:#f5f7f9;padding:.75rem;overflow:auto;font-size:12px}
.op{border:1px solid #d8dee4;border-radius:6px;padding:.25rem 1rem;margin:1rem 0}.m{display:inline-block;min-width:4.5em;
text-align:center;border-radius:4px;color:#fff;font-size:12px;padding:2px 6px}.get{background:#1f6feb}.post{background:#1a7f37}
.put{background:#9a6700}.patch{background:#8250df}.delete{background:#cf222e}h4{margin:.5rem 0 0}</style></head>
<body><h1>${escapeHtml(doc.info.title)} <small>${escapeHtml(doc.info.version)}</small></h1>
<p>${escapeHtml(doc.info.description ?? '')}</p><p>Machine-readable: <a href="/openapi.json">/openapi.json</a> (OpenAPI 3.1).</p>
<nav><ul>${toc}<li><a href="#schemas">Schemas</a></li></ul></nav>${sections}<h2 id="schemas">Schemas</h2>${schemas}</body></html>`;
}
