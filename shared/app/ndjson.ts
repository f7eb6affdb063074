/**
 * Streams an async iterable as NDJSON, pulled as the client reads (backpressure), so an export
 * of any size is never built in memory.
 */
export function ndjsonStream(items: AsyncIterable<unknown>): ReadableStream<Uint8Array> {
  const iterator = items[Symbol.asyncIterator]();
  const encoder = new TextEncoder();
  return new ReadableStream<Uint8Array>({
    async pull(controller) {
      try {
        // A few lines per pull: fewer, larger chunks.
        let text = '';
        for (let i = 0; i < 64; i++) {
          const next = await iterator.next();
          if (next.done) {
            if (text) controller.enqueue(encoder.encode(text));
            controller.close();
            return;
          }
          text += `${JSON.stringify(next.value)}\n`;
        }
        controller.enqueue(encoder.encode(text));
      } catch (error) {
        controller.error(error);
      }
    },
    async cancel() {
      await iterator.return?.();
    },
  });
}

export const NDJSON_HEADERS = { 'content-type': 'application/x-ndjson; charset=utf-8' };

/**
 * The NDJSON response of an OpenAPI route. @hono/zod-openapi reads `application/x-ndjson` as a
 * JSON media type (it ends in `json`) and then types every handler result as `never`, hence the
 * cast: the runtime response is exactly what the route documents.
 */
export function ndjsonResponse(items: AsyncIterable<unknown>, headers: Record<string, string> = {}): never {
  return new Response(ndjsonStream(items), {
    status: 200,
    headers: { ...NDJSON_HEADERS, ...headers },
  }) as never;
}
