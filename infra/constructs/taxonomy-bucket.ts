import { Duration, type RemovalPolicy, Validations } from 'aws-cdk-lib';
import { PolicyStatement } from 'aws-cdk-lib/aws-iam';
import type { IFunction } from 'aws-cdk-lib/aws-lambda';
import { BlockPublicAccess, Bucket, BucketEncryption, type IBucket } from 'aws-cdk-lib/aws-s3';
import { Construct } from 'constructs';

/** Where in the bucket the functions read the artifact (`TAXONOMY_KEY`). */
export const TAXONOMY_KEY = 'taxonomy/current.json';

export interface TaxonomyBucketProps {
  readonly removalPolicy: RemovalPolicy;
}

/**
 * The bucket holding the taxonomy artifact (`scripts/esco-import.ts` writes it; it is tens of
 * megabytes at ESCO's full size, so it stays out of the function bundles). Private, encrypted,
 * TLS only, versioned: a bad import is undone by restoring the previous version, and a function
 * that cold-starts mid-upload reads the old object or the new one, never half of one.
 */
export class TaxonomyBucket extends Construct {
  readonly bucket: IBucket;

  constructor(scope: Construct, id: string, props: TaxonomyBucketProps) {
    super(scope, id);
    const bucket = new Bucket(this, 'Bucket', {
      blockPublicAccess: BlockPublicAccess.BLOCK_ALL,
      encryption: BucketEncryption.S3_MANAGED,
      enforceSSL: true,
      versioned: true,
      removalPolicy: props.removalPolicy,
      lifecycleRules: [{ noncurrentVersionExpiration: Duration.days(90) }],
    });
    Validations.of(bucket).acknowledge({
      id: 'AwsSolutions-S1',
      reason:
        'Reference data only (the ESCO taxonomy artifact, public EU data), written by the deployment and read by the functions; no personal data to audit access to.',
    });
    this.bucket = bucket;
  }
}

/**
 * Lets a function read the one artifact object, nothing else in the bucket. Listing is granted
 * for that key alone so that S3 answers a missing object with NoSuchKey, not AccessDenied: a
 * fresh deployment then serves the built-in artifact (`TAXONOMY_DEFAULT_PATH`), while a denied
 * read still stops the cold start.
 */
export function grantTaxonomyRead(bucket: IBucket, key: string, fn: IFunction): void {
  fn.addToRolePolicy(
    new PolicyStatement({ actions: ['s3:GetObject'], resources: [bucket.arnForObjects(key)] }),
  );
  fn.addToRolePolicy(
    new PolicyStatement({
      actions: ['s3:ListBucket'],
      resources: [bucket.bucketArn],
      conditions: { StringEquals: { 's3:prefix': key } },
    }),
  );
}
