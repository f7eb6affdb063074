import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { Hono } from 'hono';
import { NotFoundError } from '../errors.js';
import type { AppEnv } from './app-env.js';
import { renderDocsPage } from './docs-page.js';
import type { OpenApiDocument } from './openapi/document.js';
import { SWAGGER_UI_FILES, swaggerUiDir } from './openapi/static-files.js';

/**
 * The API reference at `/docs`: Swagger UI (the installed swagger-ui-dist package, served by
 * the app itself: no CDN) over /openapi.json, with "Try it out" against this server. Without
 * scripts the browser is sent to `/docs?noscript`, the reference rendered on the server.
 */

const CONTENT_TYPES: Record<(typeof SWAGGER_UI_FILES)[number], string> = {
  'swagger-ui-bundle.js': 'text/javascript; charset=utf-8',
  'swagger-ui.css': 'text/css; charset=utf-8',
};

/** Swagger UI's settings: the document, deep links, try-it open, and the local header identity kept. */
const INIT_SCRIPT = `window.addEventListener('load', function () {
  window.ui = SwaggerUIBundle({
    url: '/openapi.json',
    dom_id: '#swagger-ui',
    deepLinking: true,
    tryItOutEnabled: true,
    persistAuthorization: true,
    displayRequestDuration: true,
    defaultModelsExpandDepth: 0,
    docExpansion: 'list',
    filter: true,
  });
});`;

function interactivePage(title: string): string {
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1">
<title>${title} — API reference</title>
<noscript><meta http-equiv="refresh" content="0; url=/docs?noscript"></noscript>
<link rel="stylesheet" href="/docs/assets/swagger-ui.css"></head>
<body><noscript><p>This reference needs JavaScript. <a href="/docs?noscript">The plain reference</a> needs none.</p></noscript>
<div id="swagger-ui"></div>
<script src="/docs/assets/swagger-ui-bundle.js"></script>
<script>${INIT_SCRIPT}</script></body></html>`;
}

const escapeHtml = (text: string) =>
  text.replace(/[&<>"]/g, (ch) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[ch] ?? ch);

export function docsRoutes(document: () => OpenApiDocument) {
  const cache = new Map<string, string>();
  return new Hono<AppEnv>()
    .get('/', (c) => {
      const doc = document() as unknown as Parameters<typeof renderDocsPage>[0];
      if (c.req.query('noscript') !== undefined) return c.html(renderDocsPage(doc));
      return c.html(interactivePage(escapeHtml(doc.info.title)));
    })
    .get('/assets/:file', async (c) => {
      const file = c.req.param('file') as (typeof SWAGGER_UI_FILES)[number];
      if (!SWAGGER_UI_FILES.includes(file)) throw new NotFoundError(`No docs asset ${file}.`);
      let body = cache.get(file);
      if (body === undefined) {
        body = await readFile(join(swaggerUiDir(), file), 'utf8');
        cache.set(file, body);
      }
      return c.body(body, 200, {
        'content-type': CONTENT_TYPES[file],
        'cache-control': 'public, max-age=86400',
      });
    });
}
