import { beforeAll, describe, expect, it } from 'vitest';
import { SHARED_BUNDLING } from '../../infra/constructs/bundling.js';
import { POWERTOOLS_RELEASE, powertoolsVersion } from '../../infra/constructs/powertools-layer.js';
import { type CfnJson, type CfnResource, resources, synthesize } from './support.js';

/**
 * Powertools is left out of the bundles (infra/constructs/bundling.ts), so every function must get
 * AWS's Powertools layer at the pinned release, and the sampling and namespace settings. The ARN is
 * built from the region, so synth looks nothing up (no SSM parameter, no context lookup).
 */
describe('Powertools in every function', () => {
  let functions: [string, CfnResource][];
  let templates: { Parameters?: Record<string, CfnJson> }[];
  beforeAll(() => {
    const { stateful, stateless } = synthesize('dev').templates;
    const stacks = [stateful, stateless];
    functions = stacks.flatMap((t) => resources(t, 'AWS::Lambda::Function'));
    templates = stacks.map((t) => t.toJSON() as { Parameters?: Record<string, CfnJson> });
  });

  it('pins the installed Powertools to the release whose layer the functions get', () => {
    expect(powertoolsVersion()).toBe(POWERTOOLS_RELEASE.version);
    expect(SHARED_BUNDLING.externalModules).toContain('@aws-lambda-powertools/*');
  });

  it('layers the published ARN in the stack region, with no SSM parameter of its own', () => {
    for (const template of templates) {
      // CDK's own bootstrap-version parameter is resolved by CloudFormation at deploy time.
      const lookedUp = Object.values(template.Parameters ?? {})
        .filter((p) => String(p.Type).includes('SSM'))
        .map((p) => p.Default);
      expect(lookedUp).toEqual(['/cdk-bootstrap/hnb659fds/version']);
    }
    expect(functions.length).toBeGreaterThanOrEqual(5);
    for (const [, fn] of functions) {
      const props = fn.Properties as {
        Layers?: CfnJson[];
        Environment: { Variables: Record<string, string> };
      };
      expect(props.Layers).toEqual([
        {
          'Fn::Join': [
            '',
            [
              'arn:aws:lambda:',
              { Ref: 'AWS::Region' },
              `:094274105915:layer:AWSLambdaPowertoolsTypeScriptV2:${POWERTOOLS_RELEASE.layerVersion}`,
            ],
          ],
        },
      ]);
      expect(props.Environment.Variables).toMatchObject({
        POWERTOOLS_LOGGER_SAMPLE_RATE: '0.01',
        POWERTOOLS_METRICS_NAMESPACE: 'Concentric',
      });
    }
  });
});
