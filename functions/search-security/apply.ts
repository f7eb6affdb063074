import type { CloudFormationCustomResourceEvent } from 'aws-lambda';

/**
 * The in-cluster security configuration of the OpenSearch domain, applied by a CloudFormation
 * custom resource as the domain's IAM master role (fine-grained access control):
 * - `roles`: OpenSearch security roles by name (`PUT _plugins/_security/api/roles/<name>`);
 * - `roleMappings`: backend roles (IAM role ARNs) per security role (`PUT .../rolesmapping/<name>`);
 * - `auditConfig`: the audit log configuration (`PUT .../audit/config`);
 * - `indexTemplates`: composable index templates by name (`PUT _index_template/<name>`).
 *
 * Every request is a PUT of the whole object, so applying the same configuration again changes
 * nothing: Create and Update do the same thing, and a retried deployment is safe.
 */
export interface SearchSecurityConfig {
  readonly roles: Record<string, unknown>;
  readonly roleMappings: Record<string, readonly string[]>;
  readonly auditConfig?: unknown;
  readonly indexTemplates?: Record<string, unknown>;
}

/** CloudFormation resource properties: JSON strings, except the mappings (IAM ARNs are tokens). */
export interface SearchSecurityProperties {
  readonly Endpoint: string;
  readonly Roles: string;
  readonly RoleMappings: Record<string, readonly string[]>;
  readonly AuditConfig?: string;
  readonly IndexTemplates?: string;
}

export interface SecurityRequest {
  readonly method: 'PUT';
  readonly path: string;
  readonly body: unknown;
}

const SECURITY_API = '/_plugins/_security/api';
const NAME = /^[A-Za-z0-9_.-]+$/;

function checkedName(kind: string, name: string): string {
  if (!NAME.test(name)) throw new Error(`Invalid ${kind} name: ${JSON.stringify(name)}`);
  return name;
}

export function parseConfig(properties: SearchSecurityProperties): SearchSecurityConfig {
  return {
    roles: JSON.parse(properties.Roles) as Record<string, unknown>,
    roleMappings: properties.RoleMappings,
    auditConfig: properties.AuditConfig === undefined ? undefined : JSON.parse(properties.AuditConfig),
    indexTemplates:
      properties.IndexTemplates === undefined
        ? undefined
        : (JSON.parse(properties.IndexTemplates) as Record<string, unknown>),
  };
}

/**
 * The requests that apply `config`, in order: roles before the mappings that name them, then the
 * audit configuration and the index templates. A mapping replaces the role's whole mapping
 * (backend roles only: no users, no hosts).
 */
export function securityRequests(config: SearchSecurityConfig): SecurityRequest[] {
  const requests: SecurityRequest[] = [];
  for (const [name, role] of Object.entries(config.roles)) {
    requests.push({ method: 'PUT', path: `${SECURITY_API}/roles/${checkedName('role', name)}`, body: role });
  }
  for (const [name, backendRoles] of Object.entries(config.roleMappings)) {
    if (!(name in config.roles)) throw new Error(`Role mapping ${name} names no role defined here`);
    requests.push({
      method: 'PUT',
      path: `${SECURITY_API}/rolesmapping/${checkedName('role', name)}`,
      body: { backend_roles: [...backendRoles], hosts: [], users: [] },
    });
  }
  if (config.auditConfig !== undefined) {
    requests.push({ method: 'PUT', path: `${SECURITY_API}/audit/config`, body: config.auditConfig });
  }
  for (const [name, template] of Object.entries(config.indexTemplates ?? {})) {
    requests.push({
      method: 'PUT',
      path: `/_index_template/${checkedName('index template', name)}`,
      body: template,
    });
  }
  return requests;
}

/** Sends one request; resolves with the status code, rejects on a transport error. */
export type Send = (request: SecurityRequest) => Promise<{ statusCode: number | null; body: unknown }>;

/** Applies the configuration one request at a time; the first refusal stops it with the reason. */
export async function applyConfig(send: Send, config: SearchSecurityConfig): Promise<number> {
  const requests = securityRequests(config);
  for (const request of requests) {
    const { statusCode, body } = await send(request);
    if (statusCode === null || statusCode < 200 || statusCode >= 300) {
      throw new Error(`${request.method} ${request.path} answered ${statusCode}: ${JSON.stringify(body)}`);
    }
  }
  return requests.length;
}

export interface CustomResourceResponse {
  readonly Status: 'SUCCESS' | 'FAILED';
  readonly Reason?: string;
  readonly PhysicalResourceId: string;
  readonly StackId: string;
  readonly RequestId: string;
  readonly LogicalResourceId: string;
  readonly Data?: Record<string, string>;
}

/**
 * One custom resource event to its response. Create and Update apply the configuration; Delete
 * does nothing: the mappings and roles live in the domain and go with it, and a domain that is
 * kept (prod retains it) keeps working for the functions that are still deployed. Never throws:
 * a failure becomes a FAILED response with the reason, so CloudFormation never waits for a
 * response that does not come.
 */
export async function handleEvent(
  event: CloudFormationCustomResourceEvent,
  apply: (endpoint: string, config: SearchSecurityConfig) => Promise<number>,
): Promise<CustomResourceResponse> {
  const properties = event.ResourceProperties as unknown as SearchSecurityProperties;
  const base = {
    PhysicalResourceId: physicalResourceId(event),
    StackId: event.StackId,
    RequestId: event.RequestId,
    LogicalResourceId: event.LogicalResourceId,
  };
  if (event.RequestType === 'Delete') return { ...base, Status: 'SUCCESS', Data: { requests: '0' } };
  try {
    const sent = await apply(properties.Endpoint, parseConfig(properties));
    return { ...base, Status: 'SUCCESS', Data: { requests: String(sent) } };
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    // CloudFormation keeps at most 4 KB of the response; the reason is what the operator sees.
    return { ...base, Status: 'FAILED', Reason: reason.slice(0, 1_000) };
  }
}

/**
 * Named after the domain endpoint: if the domain is ever replaced, the new id makes CloudFormation
 * treat the configuration as replaced too (and send the old one a Delete, which does nothing).
 */
export function physicalResourceId(event: CloudFormationCustomResourceEvent): string {
  if (event.RequestType !== 'Create') return event.PhysicalResourceId;
  const endpoint = (event.ResourceProperties as unknown as SearchSecurityProperties).Endpoint;
  return `search-security:${hostOf(endpoint)}`;
}

function hostOf(endpoint: string): string {
  try {
    return new URL(endpoint).host;
  } catch {
    return 'unknown';
  }
}
