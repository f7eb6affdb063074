import { randomBytes } from 'node:crypto';
import { mkdtemp, readdir } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { LocalDynamo } from '../../scripts/local/dynalite.js';
import { LocalDiskBlobStore } from '../../shared/adapters/blob/local-disk-blob-store.js';
import { DynamoBlobStore } from '../../shared/adapters/dynamodb/dynamo-blob-store.js';
import { documentClient } from '../../shared/adapters/dynamodb/table.js';
import type { BlobStore } from '../../shared/ports/blob-store.js';
import { startTestDynamo } from '../support/test-dynamo.js';

/** Both BlobStore adapters keep an upload byte for byte, and never show half of one. */
let dynamo: LocalDynamo;
let dir: string;

beforeAll(async () => {
  dynamo = await startTestDynamo();
  dir = await mkdtemp(path.join(tmpdir(), 'concentric-blobs-test-'));
});
afterAll(async () => dynamo.stop());

async function* pieces(data: Buffer, size: number): AsyncGenerator<Uint8Array> {
  for (let i = 0; i < data.length; i += size) yield data.subarray(i, i + size);
}

async function read(store: BlobStore, key: string): Promise<Buffer> {
  const parts: Buffer[] = [];
  for await (const chunk of store.get(key)) parts.push(Buffer.from(chunk));
  return Buffer.concat(parts);
}

describe.each([
  ['local disk', () => new LocalDiskBlobStore(dir)],
  ['DynamoDB parts', () => new DynamoBlobStore(documentClient(dynamo.client), dynamo.tableName)],
])('%s blob store', (_name, make) => {
  it('stores and returns a 1 MB upload byte for byte, then deletes it', async () => {
    const store = make();
    const data = randomBytes(1024 * 1024 + 17);
    expect(await store.put('imports/imp_1/a', pieces(data, 64 * 1024 + 3))).toEqual({ bytes: data.length });
    expect((await read(store, 'imports/imp_1/a')).equals(data)).toBe(true);
    await store.delete('imports/imp_1/a');
    await expect(read(store, 'imports/imp_1/a')).rejects.toThrow();
  });

  it('leaves no blob when the upload fails half way', async () => {
    const store = make();
    async function* failing(): AsyncGenerator<Uint8Array> {
      yield randomBytes(400 * 1024);
      throw new Error('client went away');
    }
    await expect(store.put('imports/imp_2/b', failing())).rejects.toThrow('client went away');
    await expect(read(store, 'imports/imp_2/b')).rejects.toThrow();
  });
});

it('keeps no partial file on disk', async () => {
  const files = await readdir(path.join(dir, 'imports', 'imp_2')).catch(() => []);
  expect(files.filter((f) => f.endsWith('.part'))).toEqual([]);
});
