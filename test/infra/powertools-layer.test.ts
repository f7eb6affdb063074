import { Template } from 'aws-cdk-lib/assertions';
import { beforeAll, describe, expect, it } from 'vitest';
import { powertoolsVersion } from '../../infra/constructs/powertools-layer.js';
import { buildApp, type CfnJson, type CfnResource, resources } from './support.js';

/**
 * Powertools is left out of the bundles (infra/constructs/bundling.ts), so every function must get
 * AWS's Powertools layer at the installed version, and the sampling and namespace settings.
 */
describe('Powertools in every function', () => {
  let functions: [string, CfnResource][];
  let parameters: Record<string, CfnJson>;
  beforeAll(() => {
    const { stateless } = buildApp('dev');
    const template = Template.fromStack(stateless).toJSON() as { Parameters?: Record<string, CfnJson> };
    functions = resources(Template.fromStack(stateless), 'AWS::Lambda::Function');
    parameters = template.Parameters ?? {};
  });

  it('layers the Powertools release the code is built against, looked up by version in SSM', () => {
    const ssm = Object.values(parameters).filter(
      (p) =>
        p.Type === 'AWS::SSM::Parameter::Value<String>' &&
        p.Default === `/aws/service/powertools/typescript/generic/all/${powertoolsVersion()}`,
    );
    expect(ssm).toHaveLength(1);
    expect(functions.length).toBeGreaterThan(0);
    for (const [, fn] of functions) {
      const props = fn.Properties as {
        Layers?: unknown[];
        Environment: { Variables: Record<string, string> };
      };
      expect(props.Layers).toHaveLength(1);
      expect(props.Environment.Variables).toMatchObject({
        POWERTOOLS_LOGGER_SAMPLE_RATE: '0.01',
        POWERTOOLS_METRICS_NAMESPACE: 'Concentric',
      });
    }
  });
});
