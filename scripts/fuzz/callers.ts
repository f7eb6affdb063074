/**
 * Which caller fuzzes which operation. Every operation in the OpenAPI document names the roles
 * that may call it (`x-roles`, written from the route access table); each role gets one caller
 * and fuzzes every operation its role admits, so each operation is exercised by a caller that can
 * actually use it (and not merely refused with 403).
 */

export interface FuzzCaller {
  readonly role: string;
  readonly org: string;
}

interface OpenApiDocument {
  readonly paths?: Record<string, Record<string, { 'x-roles'?: unknown } | unknown>>;
}

const METHODS = new Set(['get', 'put', 'post', 'delete', 'patch', 'head', 'options']);

/** Schemathesis names an operation `METHOD /path`, as `--include-name` expects it. */
export function operationNames(document: OpenApiDocument): string[] {
  return Object.entries(document.paths ?? {}).flatMap(([path, operations]) =>
    Object.keys(operations)
      .filter((method) => METHODS.has(method))
      .map((method) => `${method.toUpperCase()} ${path}`),
  );
}

/** The operations a role may call, in document order. */
export function operationsFor(document: OpenApiDocument, role: string): string[] {
  return Object.entries(document.paths ?? {}).flatMap(([path, operations]) =>
    Object.entries(operations)
      .filter(([method, operation]) => {
        if (!METHODS.has(method)) return false;
        const roles = (operation as { 'x-roles'?: unknown })['x-roles'];
        return Array.isArray(roles) && roles.includes(role);
      })
      .map(([method]) => `${method.toUpperCase()} ${path}`),
  );
}

/** Operations no caller in the list may call: the fuzz run refuses to start while there are any. */
export function uncoveredOperations(document: OpenApiDocument, callers: readonly FuzzCaller[]): string[] {
  const covered = new Set(callers.flatMap((c) => operationsFor(document, c.role)));
  return operationNames(document).filter((name) => !covered.has(name));
}
