import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { awsExchange } from '../../../shared/composition/aws-exchange.js';
import { readConfig } from '../../../shared/config.js';

const db = DynamoDBDocumentClient.from(new DynamoDBClient({ region: 'eu-west-1' }));
const base = { TABLE_NAME: 'concentric', AWS_REGION: 'eu-west-1' };
const KEY = Buffer.alloc(32, 7).toString('base64');

describe('webhook secret cipher of the AWS composition', () => {
  afterEach(() => vi.unstubAllEnvs());

  it('refuses a Lambda without the KMS key: a key of its own would strand the secrets it stores', () => {
    vi.stubEnv('AWS_LAMBDA_FUNCTION_NAME', 'concentric-api');
    expect(() => awsExchange(db, readConfig(base))).toThrow(/WEBHOOK_SECRET_KMS_KEY must name the KMS key/);
  });

  it.each([
    ['the KMS key', { WEBHOOK_SECRET_KMS_KEY: 'arn:aws:kms:eu-west-1:111122223333:key/k' }],
    ['a configured AES-GCM key', { WEBHOOK_SECRET_KEY: KEY }],
  ])('starts a Lambda given %s', (_, extra) => {
    vi.stubEnv('AWS_LAMBDA_FUNCTION_NAME', 'concentric-api');
    expect(awsExchange(db, readConfig({ ...base, ...extra })).webhooks).toBeDefined();
  });

  it('outside Lambda falls back to a per-process AES-GCM key', () => {
    vi.stubEnv('AWS_LAMBDA_FUNCTION_NAME', '');
    expect(awsExchange(db, readConfig(base)).webhooks).toBeDefined();
  });
});
