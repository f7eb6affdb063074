import { type App, Validations } from 'aws-cdk-lib';
import { AwsSolutionsChecks } from 'cdk-nag';
import type { IConstruct } from 'constructs';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from './support.js';

interface Acknowledgement {
  path: string;
  id: string;
  reason: string;
}

/** cdk-nag acknowledgements recorded anywhere in the tree (`Validations.of(x).acknowledge`). */
function nagAcknowledgements(root: IConstruct): Acknowledgement[] {
  return root.node.findAll().flatMap((construct) =>
    construct.node.metadata
      .filter((entry) => entry.type === Validations.ACKNOWLEDGED_RULES_METADATA_KEY)
      .flatMap((entry) => Object.entries(entry.data as Record<string, string>))
      .map(([id, reason]) => ({ path: construct.node.path, id: id.replace(/^annotation::/i, ''), reason }))
      .filter(({ id }) => id.startsWith('AwsSolutions-')),
  );
}

describe.each(['dev', 'prod'] as const)('cdk-nag AwsSolutions (%s)', (env) => {
  let app: App;
  beforeAll(() => {
    app = buildApp(env).app;
    // cdk-nag v3 runs as a policy-validation plugin: synth throws if any finding is not acknowledged.
    app.synth();
  });

  it('synthesizes with no unacknowledged findings', () => {
    // Run the pack again over the synthesized tree (cross-stack references resolved) to assert
    // explicitly, errors and warnings alike.
    const report = new AwsSolutionsChecks().validateScope(app);
    const findings = report.violations.map(
      (v) => `${v.severity} ${v.ruleName}: ${v.violatingResources.map((r) => r.constructPath).join(', ')}`,
    );
    expect(findings).toEqual([]);
  });

  it('gives a reason next to every acknowledgement', () => {
    const acknowledgements = nagAcknowledgements(app);
    expect(acknowledgements.length).toBeGreaterThan(0);
    for (const { path, id, reason } of acknowledgements) {
      expect(reason.length, `${id} at ${path}`).toBeGreaterThan(30);
    }
    const byRule = new Map<string, number>();
    for (const { id } of acknowledgements)
      byRule.set(id.replace(/\[.*$/, ''), (byRule.get(id.replace(/\[.*$/, '')) ?? 0) + 1);
    console.log(
      `[${env}] cdk-nag acknowledgements: ${acknowledgements.length} (${[...byRule].map(([rule, n]) => `${rule} x${n}`).join(', ')})`,
    );
  });
});
