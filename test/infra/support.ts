import { App } from 'aws-cdk-lib';
import { Template } from 'aws-cdk-lib/assertions';
import {
  type ConcentricStacks,
  createConcentricStacks,
  stackName,
  statefulStackProps,
} from '../../infra/concentric.js';
import { CONTEXT, type EnvName, loadConfig } from '../../infra/config.js';
import { StatefulStack } from '../../infra/stacks/stateful-stack.js';

export const PROD_CONTEXT = {
  [CONTEXT.env]: 'prod',
  [CONTEXT.jwtIssuer]: 'https://login.concentric.example/',
  [CONTEXT.jwtAudience]: 'concentric-api',
};

/** Both stacks as `infra/app.ts` builds them (cdk-nag included, real esbuild bundling). */
export function buildApp(
  env: EnvName,
  extraContext: Record<string, string> = {},
): ConcentricStacks & { app: App } {
  const context = env === 'prod' ? { ...PROD_CONTEXT } : { [CONTEXT.env]: 'dev' };
  const app = new App({ context: { ...context, ...extraContext } });
  return { app, ...createConcentricStacks(app) };
}

export interface SynthesizedStacks extends ConcentricStacks {
  readonly templates: { readonly stateful: Template; readonly stateless: Template };
}

const synthesized = new Map<string, SynthesizedStacks>();

/**
 * Both stacks of `buildApp(env, extraContext)` and their templates, built once per context and
 * test worker: synthesis with bundling and cdk-nag is most of an infra test's time, and the
 * files only read what it made (a test that changes an app builds its own with `buildApp`).
 */
export function synthesize(env: EnvName, extraContext: Record<string, string> = {}): SynthesizedStacks {
  const key = JSON.stringify([env, extraContext]);
  let built = synthesized.get(key);
  if (!built) {
    const stacks = buildApp(env, extraContext);
    built = {
      ...stacks,
      templates: {
        stateful: Template.fromStack(stacks.stateful),
        stateless: Template.fromStack(stacks.stateless),
      },
    };
    synthesized.set(key, built);
  }
  return built;
}

/**
 * The stateful stack alone, as `infra/app.ts` configures it (no cdk-nag). Its one Lambda (the
 * search-security custom resource) is bundled like the others.
 */
export function statefulTemplate(env: EnvName, extra: Record<string, string> = {}): Template {
  const app = new App({
    context: { ...(env === 'prod' ? PROD_CONTEXT : { [CONTEXT.env]: 'dev' }), ...extra },
  });
  const config = loadConfig(app.node);
  return Template.fromStack(
    new StatefulStack(app, stackName(config, 'Stateful'), statefulStackProps(config)),
  );
}

// biome-ignore lint/suspicious/noExplicitAny: synthesized CloudFormation is untyped JSON; tests navigate it freely.
export type CfnJson = any;

export interface CfnResource {
  Type: string;
  Properties: CfnJson;
  DependsOn?: string[];
  DeletionPolicy?: string;
  UpdateReplacePolicy?: string;
}

export function resources(template: Template, type: string): [string, CfnResource][] {
  return Object.entries(template.findResources(type) as Record<string, CfnResource>);
}

export function only(template: Template, type: string): CfnResource {
  const found = resources(template, type);
  if (found.length !== 1) throw new Error(`expected one ${type}, found ${found.length}`);
  return (found[0] as [string, CfnResource])[1];
}

export interface PolicyStatementJson {
  Effect: string;
  Action: string | string[];
  Resource?: unknown;
  Principal?: unknown;
  Condition?: unknown;
}

export function asArray<T>(value: T | T[] | undefined): T[] {
  if (value === undefined) return [];
  return Array.isArray(value) ? value : [value];
}
