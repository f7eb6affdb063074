import { dirname } from 'node:path';
import {
  AssetHashType,
  DockerImage,
  Duration,
  type ILocalBundling,
  RemovalPolicy,
  Validations,
} from 'aws-cdk-lib';
import type { ISecurityGroup, IVpc, SubnetSelection } from 'aws-cdk-lib/aws-ec2';
import { Effect, PolicyDocument, PolicyStatement, Role, ServicePrincipal } from 'aws-cdk-lib/aws-iam';
import { Architecture, Code, Function as LambdaFunction, Runtime, Tracing } from 'aws-cdk-lib/aws-lambda';
import { LogGroup, RetentionDays } from 'aws-cdk-lib/aws-logs';
import { Construct } from 'constructs';
import { bundleSync, HANDLER } from './bundling.js';

export interface ConcentricFunctionProps {
  /** Absolute path of the TypeScript handler module (exports `handler`). */
  readonly entry: string;
  /**
   * What the function does.
   * @default - no description
   */
  readonly description?: string;
  /**
   * Memory in MB (CPU scales with it).
   * @default 512
   */
  readonly memorySize?: number;
  /**
   * @default Duration.seconds(10)
   */
  readonly timeout?: Duration;
  /**
   * Extra environment variables, merged over the defaults (`NODE_OPTIONS`, `LOG_LEVEL`).
   * @default - defaults only
   */
  readonly environment?: Record<string, string>;
  /**
   * @default RetentionDays.ONE_MONTH
   */
  readonly logRetention?: RetentionDays;
  /**
   * Removal policy of the function's log group.
   * @default RemovalPolicy.RETAIN
   */
  readonly logRemovalPolicy?: RemovalPolicy;
  /**
   * VPC to run in. When set, `vpcSubnets` and `securityGroups` apply.
   * @default - not in a VPC
   */
  readonly vpc?: IVpc;
  /**
   * @default - the VPC's private subnets
   */
  readonly vpcSubnets?: SubnetSelection;
  /**
   * @default - one is created by Lambda
   */
  readonly securityGroups?: ISecurityGroup[];
}

const DEFAULT_ENVIRONMENT = {
  NODE_OPTIONS: '--enable-source-maps',
  LOG_LEVEL: 'INFO',
};

/**
 * Bundles the handler locally with `bundleSync()` (esbuild's JS API with the project's plugins,
 * which `NodejsFunction`'s esbuild CLI cannot take). Never falls back to Docker: it bundles or throws.
 * `entry` is a plain field so it is part of CDK's asset cache key.
 */
class EsbuildLocalBundling implements ILocalBundling {
  constructor(readonly entry: string) {}

  tryBundle(outputDir: string): boolean {
    bundleSync(this.entry, outputDir);
    return true;
  }
}

/** Lambda code: the bundled handler (`index.mjs` and its source map), hashed by its content. */
function bundledCode(entry: string): Code {
  return Code.fromAsset(dirname(entry), {
    assetHashType: AssetHashType.OUTPUT,
    bundling: {
      // Required by the API, never pulled or run: local bundling always succeeds or throws.
      image: DockerImage.fromRegistry('public.ecr.aws/docker/library/node:22'),
      local: new EsbuildLocalBundling(entry),
    },
  });
}

/**
 * A Lambda function with the project's defaults: Node.js 22 on arm64 (Graviton: ~20% cheaper per
 * GB-second), X-Ray, ESM bundle with source maps, its own log group with retention, and an
 * execution role without AWS managed policies (logs are scoped to the function's own log group).
 */
export class ConcentricFunction extends Construct {
  readonly function: LambdaFunction;
  readonly logGroup: LogGroup;
  readonly role: Role;

  constructor(scope: Construct, id: string, props: ConcentricFunctionProps) {
    super(scope, id);

    this.logGroup = new LogGroup(this, 'LogGroup', {
      retention: props.logRetention ?? RetentionDays.ONE_MONTH,
      removalPolicy: props.logRemovalPolicy ?? RemovalPolicy.RETAIN,
    });

    this.role = new Role(this, 'Role', {
      assumedBy: new ServicePrincipal('lambda.amazonaws.com'),
      description: `Execution role of ${this.node.path}`,
      // Inline in the role (not a separate policy) so the VPC permissions exist before Lambda
      // validates them at CreateFunction time.
      inlinePolicies: { runtime: this.runtimePolicy(props.vpc !== undefined) },
    });

    this.function = new LambdaFunction(this, 'Function', {
      code: bundledCode(props.entry),
      handler: HANDLER,
      description: props.description,
      runtime: Runtime.NODEJS_22_X,
      architecture: Architecture.ARM_64,
      memorySize: props.memorySize ?? 512,
      timeout: props.timeout ?? Duration.seconds(10),
      tracing: Tracing.ACTIVE,
      role: this.role,
      logGroup: this.logGroup,
      environment: { ...DEFAULT_ENVIRONMENT, ...props.environment },
      vpc: props.vpc,
      vpcSubnets: props.vpcSubnets,
      securityGroups: props.securityGroups,
    });

    Validations.of(this.function).acknowledge({
      id: 'AwsSolutions-L1',
      reason:
        'Pinned to Node.js 22 (the runtime the code, its esbuild target and tests are written ' +
        'for). Moving to a newer runtime is a deliberate, tested change, not an automatic one.',
    });
    // cdk-nag acknowledgements apply to the construct and everything below it.
    Validations.of(this.role).acknowledge({
      id: 'AwsSolutions-IAM5[Resource::*]',
      reason:
        'Only for actions without resource-level permissions: X-Ray PutTraceSegments/' +
        'PutTelemetryRecords (added by Tracing.ACTIVE) and the EC2 network-interface actions Lambda ' +
        'needs to attach the function to the VPC (same statement as AWSLambdaVPCAccessExecutionRole).',
    });
  }

  private runtimePolicy(inVpc: boolean): PolicyDocument {
    const statements = [
      new PolicyStatement({
        effect: Effect.ALLOW,
        actions: ['logs:CreateLogStream', 'logs:PutLogEvents'],
        resources: [this.logGroup.logGroupArn],
      }),
    ];
    if (inVpc) {
      statements.push(
        new PolicyStatement({
          effect: Effect.ALLOW,
          actions: [
            'ec2:CreateNetworkInterface',
            'ec2:DescribeNetworkInterfaces',
            'ec2:DescribeSubnets',
            'ec2:DeleteNetworkInterface',
            'ec2:AssignPrivateIpAddresses',
            'ec2:UnassignPrivateIpAddresses',
          ],
          resources: ['*'],
        }),
      );
    }
    return new PolicyDocument({ statements });
  }
}
