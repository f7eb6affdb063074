import { Stack, Validations } from 'aws-cdk-lib';
import { CfnPolicy } from 'aws-cdk-lib/aws-iam';
import { rules } from 'cdk-nag';
import type { IConstruct } from 'constructs';

/**
 * Acknowledges the cdk-nag `AwsSolutions-IAM5` findings for the given wildcard resources (the
 * same strings passed to the grants, e.g. `${domain.domainArn}/*`) on policies under `scope`.
 *
 * cdk-nag v3 needs the exact finding id, and for a resource imported from the other stack that id
 * contains a CDK-generated export name (`Resource::Concentric-dev-Stateful:ExportsOutput...Arn.../*`).
 * Instead of hard-coding it, the id is computed in a construct validation, which runs after
 * cross-stack references are resolved and before the cdk-nag plugin. Only findings cdk-nag
 * actually reports are acknowledged.
 */
export function acknowledgeWildcardResources(scope: IConstruct, resources: string[], reason: string): void {
  scope.node.addValidation({
    validate: () => {
      const expected = new Set(
        resources.map((resource) => `Resource::${flatten(Stack.of(scope).resolve(resource))}`),
      );
      for (const construct of scope.node.findAll()) {
        if (!(construct instanceof CfnPolicy)) continue;
        const findings = rules.iam.IAMNoWildcardPermissions(construct);
        if (!Array.isArray(findings)) continue;
        for (const finding of findings.filter((f) => expected.has(f))) {
          Validations.of(construct).acknowledge({ id: `AwsSolutions-IAM5[${finding}]`, reason });
        }
      }
      return [];
    },
  });
}

/** The string form cdk-nag gives a resolved CloudFormation value in finding ids. */
function flatten(value: unknown): string {
  if (typeof value === 'string') return value.replace(/\$\{/g, '<').replace(/\}/g, '>');
  if (value && typeof value === 'object') {
    const fn = value as Record<string, unknown>;
    if (Array.isArray(fn['Fn::Join'])) {
      const [delimiter, items] = fn['Fn::Join'] as [string, unknown[]];
      return items.map(flatten).join(delimiter);
    }
    if ('Fn::ImportValue' in fn) return flatten(fn['Fn::ImportValue']);
    if (Array.isArray(fn['Fn::GetAtt'])) {
      const [resource, attribute] = fn['Fn::GetAtt'] as [unknown, unknown];
      return `<${flatten(resource)}.${flatten(attribute)}>`;
    }
    if ('Ref' in fn) return `<${flatten(fn.Ref)}>`;
  }
  return JSON.stringify(value);
}
