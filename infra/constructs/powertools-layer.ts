import { readFileSync } from 'node:fs';
import { type ILayerVersion, LayerVersion } from 'aws-cdk-lib/aws-lambda';
import { StringParameter } from 'aws-cdk-lib/aws-ssm';
import type { Construct } from 'constructs';

/** The installed Powertools version (the bundles leave Powertools out; the layer must match it). */
export function powertoolsVersion(): string {
  // The package's exports hide its package.json; read it from node_modules beside the repo.
  const manifest = new URL('../../node_modules/@aws-lambda-powertools/logger/package.json', import.meta.url);
  return (JSON.parse(readFileSync(manifest, 'utf8')) as { version: string }).version;
}

/**
 * AWS's Powertools for AWS Lambda (TypeScript) layer, looked up by version through the public
 * SSM parameter AWS publishes for each release (`/aws/service/powertools/typescript/generic/all/<version>`),
 * so the layer always matches the version the code was written and tested against.
 */
export function powertoolsLayer(scope: Construct, id: string): ILayerVersion {
  const arn = StringParameter.valueForStringParameter(
    scope,
    `/aws/service/powertools/typescript/generic/all/${powertoolsVersion()}`,
  );
  return LayerVersion.fromLayerVersionArn(scope, id, arn);
}
