import { readFileSync } from 'node:fs';
import { Stack } from 'aws-cdk-lib';
import { type ILayerVersion, LayerVersion } from 'aws-cdk-lib/aws-lambda';
import type { Construct } from 'constructs';

/**
 * The Powertools release the code is pinned to (package.json) and the version AWS gave its layer in
 * every commercial region (the layer table of the Powertools for AWS Lambda (TypeScript)
 * documentation, docs/getting-started/lambda-layers.md in aws-powertools/powertools-lambda-typescript).
 * Moving Powertools means bumping both together; test/infra/powertools-layer.test.ts fails otherwise.
 */
export const POWERTOOLS_RELEASE = { version: '2.35.0', layerVersion: 50 } as const;

/** The AWS account that publishes the Powertools layers in the commercial partition. */
const POWERTOOLS_LAYER_ACCOUNT = '094274105915';

/** The installed Powertools version (the bundles leave Powertools out; the layer must match it). */
export function powertoolsVersion(): string {
  // The package's exports hide its package.json; read it from node_modules beside the repo.
  const manifest = new URL('../../node_modules/@aws-lambda-powertools/logger/package.json', import.meta.url);
  return (JSON.parse(readFileSync(manifest, 'utf8')) as { version: string }).version;
}

/** The published layer's ARN in `region` (a token in an environment-agnostic stack). */
export function powertoolsLayerArn(region: string): string {
  return `arn:aws:lambda:${region}:${POWERTOOLS_LAYER_ACCOUNT}:layer:AWSLambdaPowertoolsTypeScriptV2:${POWERTOOLS_RELEASE.layerVersion}`;
}

/**
 * AWS's Powertools for AWS Lambda (TypeScript) layer, by its published ARN in the stack's region.
 * Built from a pinned layer version rather than looked up (SSM parameter, context) so `cdk synth`
 * needs neither credentials nor network. The layer holds Powertools with the X-Ray SDK its Tracer
 * uses, for arm64 and x86_64 alike.
 */
export function powertoolsLayer(scope: Construct, id: string): ILayerVersion {
  return LayerVersion.fromLayerVersionArn(scope, id, powertoolsLayerArn(Stack.of(scope).region));
}
