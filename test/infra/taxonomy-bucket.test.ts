import type { Template } from 'aws-cdk-lib/assertions';
import { beforeAll, describe, expect, it } from 'vitest';
import { BUILT_IN_TAXONOMY_FILE } from '../../infra/constructs/bundling.js';
import { TAXONOMY_KEY } from '../../infra/constructs/taxonomy-bucket.js';
import { type CfnJson, resources, synthesize } from './support.js';

/** The taxonomy artifact: a private bucket in the stateful stack, one object the functions may read. */
describe('taxonomy bucket', () => {
  let stateful: Template;
  let stateless: Template;
  beforeAll(() => {
    ({ stateful, stateless } = synthesize('dev').templates);
  });

  it('is private, encrypted, versioned and TLS-only', () => {
    const buckets = resources(stateful, 'AWS::S3::Bucket').filter(([id]) => id.startsWith('Taxonomy'));
    expect(buckets).toHaveLength(1);
    const [, bucket] = buckets[0] as [string, CfnJson];
    expect(bucket.Properties).toMatchObject({
      PublicAccessBlockConfiguration: {
        BlockPublicAcls: true,
        BlockPublicPolicy: true,
        IgnorePublicAcls: true,
        RestrictPublicBuckets: true,
      },
      VersioningConfiguration: { Status: 'Enabled' },
      BucketEncryption: {
        ServerSideEncryptionConfiguration: [{ ServerSideEncryptionByDefault: { SSEAlgorithm: 'AES256' } }],
      },
    });
    const policies = resources(stateful, 'AWS::S3::BucketPolicy');
    expect(JSON.stringify(policies)).toContain('aws:SecureTransport');
  });

  const variablesOf = (prefix: string) => {
    const fn = resources(stateless, 'AWS::Lambda::Function').find(
      ([id]) => id.startsWith(prefix) && !id.startsWith(`${prefix}LogGroup`),
    ) as [string, CfnJson];
    return (fn[1].Properties.Environment as { Variables: Record<string, unknown> }).Variables;
  };

  // No bundle holds a taxonomy: every function that resolves skills loads the artifact
  // (shared/composition/taxonomy-loading.ts).
  it.each(['ApiFunction', 'ExchangeWorkerFunction'])('tells %s where the artifact is', (prefix) => {
    const variables = variablesOf(prefix);
    expect(variables.TAXONOMY_KEY).toBe(TAXONOMY_KEY);
    expect(variables.TAXONOMY_DEFAULT_PATH).toBe(`/var/task/${BUILT_IN_TAXONOMY_FILE}`);
    expect(JSON.stringify(variables.TAXONOMY_BUCKET)).toMatch(/Taxonomy/);
  });

  // The indexer writes concept ids the API resolved; the index's settings hold no vocabulary.
  it.each(['IndexerFunction', 'RetentionFunction'])('gives %s no taxonomy configuration', (prefix) => {
    expect(variablesOf(prefix)).not.toHaveProperty('TAXONOMY_BUCKET');
  });

  // Listing the one key lets S3 answer a missing artifact with NoSuchKey rather than 403, so a
  // fresh deployment can tell "not uploaded yet" from "denied" (shared/composition/taxonomy-loading.ts).
  it('grants s3:GetObject on the artifact object, and listing of its key only, to the API and the exchange worker', () => {
    type Statement = { Action: unknown; Resource: unknown; Condition?: unknown };
    const statements = resources(stateless, 'AWS::IAM::Policy').flatMap(([id, policy]) =>
      (policy.Properties.PolicyDocument as { Statement: Statement[] }).Statement.filter((s) =>
        JSON.stringify(s.Action).includes('s3:'),
      ).map((s) => [id.replace(/RoleDefaultPolicy.*$/, ''), s.Action, s] as const),
    );
    expect(statements.map(([id, action]) => [id, action]).sort()).toEqual([
      ['ApiFunction', 's3:GetObject'],
      ['ApiFunction', 's3:ListBucket'],
      ['ExchangeWorkerFunction', 's3:GetObject'],
      ['ExchangeWorkerFunction', 's3:ListBucket'],
    ]);
    for (const [, action, statement] of statements) {
      if (action === 's3:GetObject') expect(JSON.stringify(statement.Resource)).toContain(`/${TAXONOMY_KEY}`);
      else expect(statement.Condition).toEqual({ StringEquals: { 's3:prefix': TAXONOMY_KEY } });
    }
  });
});
