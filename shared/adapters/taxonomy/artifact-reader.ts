import { readFile } from 'node:fs/promises';
import { GetObjectCommand, S3Client } from '@aws-sdk/client-s3';

/**
 * Where a deployment's taxonomy artifact (`scripts/esco-import.ts` writes it) is read from:
 * a file locally, an S3 object in AWS. The artifact is tens of megabytes at ESCO's full size,
 * so it never goes into a Lambda bundle (budget: test/infra/bundle-budget.test.ts).
 */
export type ArtifactLocation =
  | { readonly kind: 'file'; readonly path: string }
  | { readonly kind: 's3'; readonly bucket: string; readonly key: string; readonly region: string };

/**
 * The artifact's bytes, undecoded: a sectioned artifact decodes only the sections a cold start
 * needs (shared/taxonomy/artifact-encoding.ts). One read per cold start: one S3 GetObject, or
 * one file read.
 */
export async function readArtifact(location: ArtifactLocation): Promise<Uint8Array> {
  if (location.kind === 'file') return readFile(location.path);
  const client = new S3Client({ region: location.region });
  try {
    const response = await client.send(new GetObjectCommand({ Bucket: location.bucket, Key: location.key }));
    if (!response.Body) throw new Error(`s3://${location.bucket}/${location.key} has no body`);
    return await response.Body.transformToByteArray();
  } finally {
    client.destroy();
  }
}

/** S3's answer for a key with no object (`GetObject` with `s3:ListBucket` withheld answers 403 instead). */
export function isMissingObject(error: unknown): boolean {
  return error instanceof Error && (error.name === 'NoSuchKey' || error.name === 'NotFound');
}
