import {
  completeDocument,
  type OpenApiDocument,
  type RecordedExamples,
} from '../../shared/app/openapi/document.js';
import { startDynalite } from '../local/dynalite.js';
import { buildLocalApp } from '../local/local-app.js';

/**
 * The OpenAPI document the app serves, built in-process (the app on an empty dynalite, as
 * `npm start` builds it, without the demo data: the document does not depend on data). With
 * `examples`, those are attached instead of the recorded file's.
 */
export async function localDocument(examples?: RecordedExamples): Promise<OpenApiDocument> {
  const dynamo = await startDynalite();
  try {
    const { app } = await buildLocalApp({ dynamo });
    const served = (await (await app.request('/openapi.json')).json()) as OpenApiDocument;
    if (!examples) return served;
    const generated = app.getOpenAPI31Document({
      openapi: '3.1.0',
      info: served.info as { title: string; version: string },
    });
    return completeDocument(generated as unknown as Record<string, unknown>, examples);
  } finally {
    await dynamo.stop();
  }
}
