/**
 * Large uploads kept as they arrived, for an import job to read (and re-read after a crash).
 * Locally a directory on disk (LocalDiskBlobStore); in AWS the table in chunks (DynamoBlobStore),
 * or S3 behind the same port (docs/exchange.md).
 */
export interface BlobStore {
  /** Streams `body` into the blob `key`; the blob exists only once the whole body is stored. */
  put(key: string, body: AsyncIterable<Uint8Array>): Promise<{ readonly bytes: number }>;
  /** The blob's bytes, in order; throws if there is no such blob. */
  get(key: string): AsyncIterable<Uint8Array>;
  delete(key: string): Promise<void>;
}
