import { createHash } from 'node:crypto';
import { PayloadTooLargeError } from '../errors.js';

/**
 * A request or file body as it streams in: counted (a limit enforced as the bytes arrive, not
 * after) and digested (the request digest idempotency compares), without ever being held whole.
 */
export class MeteredSource implements AsyncIterable<Uint8Array> {
  private readonly hash = createHash('sha256');
  private count = 0;
  private finished = false;

  constructor(
    private readonly source: AsyncIterable<Uint8Array>,
    private readonly maxBytes: number,
  ) {}

  async *[Symbol.asyncIterator](): AsyncGenerator<Uint8Array> {
    for await (const chunk of this.source) {
      this.count += chunk.byteLength;
      if (this.count > this.maxBytes) throw new PayloadTooLargeError(this.maxBytes);
      this.hash.update(chunk);
      yield chunk;
    }
    this.finished = true;
  }

  get bytes(): number {
    return this.count;
  }

  /** `sha256:<hex>` of every byte read; only once the source has been read to its end. */
  digest(): string {
    if (!this.finished) throw new Error('the source has not been read to its end');
    return `sha256:${this.hash.copy().digest('hex')}`;
  }
}

/** A web ReadableStream (a request body) as an async iterable of bytes. */
export async function* streamChunks(stream: ReadableStream<Uint8Array> | null): AsyncGenerator<Uint8Array> {
  if (!stream) return;
  const reader = stream.getReader();
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) return;
      if (value) yield value;
    }
  } finally {
    reader.releaseLock();
  }
}
