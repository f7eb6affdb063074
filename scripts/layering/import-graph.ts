import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';

/**
 * The import graph of the repo's TypeScript, read from the source text (no compiler): every
 * `import … from`, `export … from`, side-effect `import '…'` and dynamic `import('…')`. Relative
 * specifiers are resolved to repo paths (`.js` → `.ts`); anything else is kept as a package name.
 */

export interface ImportEdge {
  readonly from: string;
  /** A repo path (`shared/ports/clock.ts`) or a package name (`aws-lambda`, `@aws-sdk/lib-dynamodb`). */
  readonly to: string;
  /** `import type` (or every specifier `type …`): erased at compile time. */
  readonly typeOnly: boolean;
}

export interface ImportGraph {
  /** Repo-relative paths of the files read, sorted. */
  readonly files: readonly string[];
  readonly edges: readonly ImportEdge[];
}

const STATIC_IMPORT = /(?:^|[\n;])\s*(import|export)\s+(type\s+)?([^'";]*?)\s*from\s*['"]([^'"]+)['"]/g;
const BARE_IMPORT = /(?:^|[\n;])\s*import\s*['"]([^'"]+)['"]/g;
const DYNAMIC_IMPORT = /\bimport\s*\(\s*['"]([^'"]+)['"]\s*\)/g;

/** The imports of one file's text; `file` is its repo path. */
export function importsOf(file: string, text: string): ImportEdge[] {
  const source = stripComments(text);
  const edges: ImportEdge[] = [];
  const add = (specifier: string, typeOnly: boolean) =>
    edges.push({ from: file, to: resolveSpecifier(file, specifier), typeOnly });
  for (const m of source.matchAll(STATIC_IMPORT)) {
    const clause = m[3] ?? '';
    const everySpecifierTyped =
      /^\{[^}]*\}$/.test(clause.trim()) &&
      clause
        .replace(/[{}]/g, '')
        .split(',')
        .map((s) => s.trim())
        .filter(Boolean)
        .every((s) => s.startsWith('type '));
    add(m[4] as string, m[2] !== undefined || everySpecifierTyped);
  }
  for (const m of source.matchAll(BARE_IMPORT)) add(m[1] as string, false);
  for (const m of source.matchAll(DYNAMIC_IMPORT)) add(m[1] as string, false);
  return edges;
}

/** Block and line comments out, string contents kept (a specifier is a string). */
function stripComments(text: string): string {
  return text.replace(/\/\*[\s\S]*?\*\//g, '').replace(/(^|[^:'"`\\])\/\/.*$/gm, '$1');
}

function resolveSpecifier(file: string, specifier: string): string {
  if (!specifier.startsWith('.')) {
    const parts = specifier.replace(/^node:/, 'node:').split('/');
    return specifier.startsWith('@') ? parts.slice(0, 2).join('/') : (parts[0] as string);
  }
  const joined = path.posix.normalize(path.posix.join(path.posix.dirname(file), specifier));
  return joined.replace(/\.js$/, '.ts');
}

/** Every `.ts` file (declaration files too) under `dirs` (repo-relative), with its imports. */
export function readImportGraph(root: string, dirs: readonly string[]): ImportGraph {
  const files: string[] = [];
  const walk = (dir: string) => {
    for (const name of readdirSync(path.join(root, dir))) {
      if (name === 'node_modules' || name === 'cdk.out' || name.startsWith('.')) continue;
      const rel = path.posix.join(dir, name);
      if (statSync(path.join(root, rel)).isDirectory()) walk(rel);
      else if (rel.endsWith('.ts')) files.push(rel);
    }
  };
  for (const dir of dirs) walk(dir);
  files.sort();
  // `./openapi.js` names a declaration file when only `openapi.d.ts` exists (shared/client/).
  const known = new Set(files);
  const declared = (to: string) =>
    known.has(to) || !known.has(to.replace(/\.ts$/, '.d.ts')) ? to : to.replace(/\.ts$/, '.d.ts');
  const edges = files
    .flatMap((file) => importsOf(file, readFileSync(path.join(root, file), 'utf8')))
    .map((e) => ({ ...e, to: declared(e.to) }));
  return { files, edges };
}

/**
 * The import cycles: strongly connected components of more than one file (or a file importing
 * itself), each as its sorted files. Type-only imports count: a cycle of types is still two
 * modules that cannot be understood one without the other.
 */
export function importCycles(graph: ImportGraph): string[][] {
  const known = new Set(graph.files);
  const next = new Map<string, string[]>(graph.files.map((f) => [f, []]));
  for (const e of graph.edges) if (known.has(e.to)) next.get(e.from)?.push(e.to);
  // Tarjan's algorithm, iterative (deep chains would overflow the stack).
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const onStack = new Set<string>();
  const stack: string[] = [];
  const cycles: string[][] = [];
  let counter = 0;
  for (const start of graph.files) {
    if (index.has(start)) continue;
    const work: { node: string; child: number }[] = [{ node: start, child: 0 }];
    index.set(start, counter);
    low.set(start, counter++);
    stack.push(start);
    onStack.add(start);
    while (work.length > 0) {
      const frame = work[work.length - 1] as { node: string; child: number };
      const children = next.get(frame.node) as string[];
      if (frame.child < children.length) {
        const child = children[frame.child++] as string;
        if (!index.has(child)) {
          index.set(child, counter);
          low.set(child, counter++);
          stack.push(child);
          onStack.add(child);
          work.push({ node: child, child: 0 });
        } else if (onStack.has(child)) {
          low.set(frame.node, Math.min(low.get(frame.node) as number, index.get(child) as number));
        }
        continue;
      }
      work.pop();
      const parent = work[work.length - 1];
      if (parent)
        low.set(parent.node, Math.min(low.get(parent.node) as number, low.get(frame.node) as number));
      if (low.get(frame.node) === index.get(frame.node)) {
        const component: string[] = [];
        let member: string;
        do {
          member = stack.pop() as string;
          onStack.delete(member);
          component.push(member);
        } while (member !== frame.node);
        const selfLoop = children.includes(frame.node);
        if (component.length > 1 || selfLoop) cycles.push(component.sort());
      }
    }
  }
  return cycles.sort((a, b) => (a[0] as string).localeCompare(b[0] as string));
}
