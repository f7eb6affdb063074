import { readFileSync } from 'node:fs';
import {
  GetObjectCommand,
  type GetObjectCommandOutput,
  S3Client,
  S3ServiceException,
} from '@aws-sdk/client-s3';
import { mockClient } from 'aws-sdk-client-mock';
import { afterEach, describe, expect, it } from 'vitest';
import { BUILT_IN_ARTIFACT_PATH } from '../../../scripts/data/taxonomy/built-in-path.js';
import { loadTaxonomy } from '../../../shared/composition/taxonomy-loading.js';
import { encodeArtifact } from '../../../shared/taxonomy/artifact-encoding.js';
import { withCuratedLayer } from '../../../shared/taxonomy/built-in-taxonomy.js';
import { parseImportedTaxonomy } from '../../../shared/taxonomy/imported-taxonomy.js';

/**
 * How a deployment in AWS picks its taxonomy (shared/composition/taxonomy-loading.ts). There is
 * no local S3 engine, so S3's answers are mocked: the object, a key with no object yet (a fresh
 * deployment), and a denied read.
 */
const s3 = mockClient(S3Client);
afterEach(() => s3.reset());

const config = {
  TAXONOMY_PATH: undefined,
  TAXONOMY_BUCKET: 'taxonomy-bucket',
  TAXONOMY_KEY: 'taxonomy/current.json',
  AWS_REGION: 'eu-west-1',
  TAXONOMY_DEFAULT_PATH: BUILT_IN_ARTIFACT_PATH,
};
const builtIn = parseImportedTaxonomy(JSON.parse(readFileSync(BUILT_IN_ARTIFACT_PATH, 'utf8')));
const s3Error = (name: string, status: number) =>
  new S3ServiceException({ name, $fault: 'client', $metadata: { httpStatusCode: status }, message: name });
// The one method of the SDK's stream mixin that the reader calls.
const body = (text: string) =>
  ({
    transformToByteArray: async () => new TextEncoder().encode(text),
  }) as unknown as GetObjectCommandOutput['Body'];

describe('taxonomy loading from S3', () => {
  it('serves the object at the configured key', async () => {
    const uploaded = { ...builtIn, version: 'uploaded-2026.12' };
    s3.on(GetObjectCommand, { Bucket: 'taxonomy-bucket', Key: 'taxonomy/current.json' }).resolves({
      Body: body(JSON.stringify(uploaded)),
    });
    expect((await loadTaxonomy(config)).version).toContain('uploaded-2026.12');
  });

  it('serves a sectioned artifact (what scripts/esco-import.ts writes) from the object', async () => {
    const uploaded = withCuratedLayer({ ...builtIn, source: { ...builtIn.source, kind: 'esco-csv' } });
    s3.on(GetObjectCommand).resolves({ Body: body(encodeArtifact({ ...uploaded, version: 'sectioned-1' })) });
    const taxonomy = await loadTaxonomy(config);
    expect(taxonomy.version).toContain('sectioned-1');
    expect(taxonomy.skillByLabel('metselen')?.id).toBe('bricklaying');
  });

  it('serves the shipped built-in artifact while the key holds no object', async () => {
    s3.on(GetObjectCommand).rejects(s3Error('NoSuchKey', 404));
    const taxonomy = await loadTaxonomy(config);
    expect(taxonomy.version).toBe(builtIn.version);
    expect(s3.commandCalls(GetObjectCommand)).toHaveLength(1);
  });

  it('stops the cold start when the key holds no object and no default is configured', async () => {
    s3.on(GetObjectCommand).rejects(s3Error('NoSuchKey', 404));
    await expect(loadTaxonomy({ ...config, TAXONOMY_DEFAULT_PATH: undefined })).rejects.toThrow('NoSuchKey');
  });

  it('stops the cold start on a denied read instead of serving the default', async () => {
    s3.on(GetObjectCommand).rejects(s3Error('AccessDenied', 403));
    await expect(loadTaxonomy(config)).rejects.toThrow('AccessDenied');
  });

  it('stops the cold start on a malformed object instead of serving the default', async () => {
    s3.on(GetObjectCommand).resolves({ Body: body('{"version": 1') });
    await expect(loadTaxonomy(config)).rejects.toThrow(SyntaxError);
  });
});
