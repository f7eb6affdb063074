import { App, RemovalPolicy } from 'aws-cdk-lib';
import { describe, expect, it } from 'vitest';
import { CONTEXT, DEV_PLACEHOLDERS, loadConfig } from '../../infra/config.js';

const configFor = (context: Record<string, string>) => loadConfig(new App({ context }).node);

describe('infra config', () => {
  it('defaults to dev with the documented placeholders', () => {
    const config = configFor({});
    expect(config).toMatchObject({
      envName: 'dev',
      jwtIssuer: DEV_PLACEHOLDERS.jwtIssuer,
      jwtAudience: DEV_PLACEHOLDERS.jwtAudience,
      removalPolicy: RemovalPolicy.DESTROY,
      natGateways: 1,
    });
    expect(config.search.dataNodeInstanceType).toBe('t3.small.search');
  });

  it('refuses prod without a real issuer and audience', () => {
    expect(() => configFor({ [CONTEXT.env]: 'prod' })).toThrow(/concentric:jwtIssuer/);
    const prod = configFor({
      [CONTEXT.env]: 'prod',
      [CONTEXT.jwtIssuer]: 'https://login.example',
      [CONTEXT.jwtAudience]: 'api',
    });
    expect(prod).toMatchObject({
      envName: 'prod',
      removalPolicy: RemovalPolicy.RETAIN,
      tableDeletionProtection: true,
    });
  });

  it('rejects unknown environments and non-https issuers', () => {
    expect(() => configFor({ [CONTEXT.env]: 'staging' })).toThrow(/dev, prod/);
    expect(() => configFor({ [CONTEXT.jwtIssuer]: 'http://insecure.example' })).toThrow(/https/);
  });

  it('keeps an even number of data nodes for two-AZ zone awareness', () => {
    for (const env of ['dev', 'prod']) {
      const { search } = configFor({
        [CONTEXT.env]: env,
        [CONTEXT.jwtIssuer]: 'https://login.example',
        [CONTEXT.jwtAudience]: 'api',
      });
      expect(search.dataNodes % 2).toBe(0);
    }
  });
});
