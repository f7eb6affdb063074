import { createReadStream, createWriteStream } from 'node:fs';
import { mkdir, rename, rm } from 'node:fs/promises';
import path from 'node:path';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import type { BlobStore } from '../../ports/blob-store.js';

/**
 * Blobs as files under a directory (local runs and tests). A blob is written to `<key>.part` and
 * renamed when complete, so a reader never sees half an upload, and a crash leaves no blob.
 */
export class LocalDiskBlobStore implements BlobStore {
  constructor(private readonly dir: string) {}

  private file(key: string): string {
    if (!/^[A-Za-z0-9._/-]{1,300}$/.test(key) || key.split('/').includes('..')) {
      throw new Error(`invalid blob key '${key}'`);
    }
    return path.join(this.dir, key);
  }

  async put(key: string, body: AsyncIterable<Uint8Array>): Promise<{ bytes: number }> {
    const file = this.file(key);
    await mkdir(path.dirname(file), { recursive: true });
    let bytes = 0;
    const counted = async function* () {
      for await (const chunk of body) {
        bytes += chunk.byteLength;
        yield chunk;
      }
    };
    try {
      await pipeline(Readable.from(counted()), createWriteStream(`${file}.part`));
    } catch (error) {
      await rm(`${file}.part`, { force: true });
      throw error;
    }
    await rename(`${file}.part`, file);
    return { bytes };
  }

  get(key: string): AsyncIterable<Uint8Array> {
    return createReadStream(this.file(key), { highWaterMark: 256 * 1024 });
  }

  async delete(key: string): Promise<void> {
    await rm(this.file(key), { force: true });
  }
}
