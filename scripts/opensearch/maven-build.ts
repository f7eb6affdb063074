/**
 * Builds the OpenSearch node (scripts/opensearch, a small Maven project that runs the node from
 * Maven Central artifacts) and reads its classpath; rebuilds only when the pom or a Java source is
 * newer than the build.
 */
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { readdir, readFile, stat, utimes } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const repoRoot = fileURLToPath(new URL('../../', import.meta.url));
const projectDir = path.join(repoRoot, 'scripts', 'opensearch');
const pomFile = path.join(projectDir, 'pom.xml');
const sourceDir = path.join(projectDir, 'src', 'main', 'java');
const targetDir = path.join(projectDir, 'target');
const classpathFile = path.join(targetDir, 'classpath.txt');
const jarFile = path.join(targetDir, 'embedded-opensearch-0.1.0.jar');

/** Lines of a child's output kept for error messages. */
export const outputTailLines = 60;

async function mtimeMs(file: string): Promise<number | undefined> {
  try {
    return (await stat(file)).mtimeMs;
  } catch {
    return undefined;
  }
}

async function newestSourceMtime(dir: string): Promise<number> {
  let newest = 0;
  for (const entry of await readdir(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    const time = entry.isDirectory() ? await newestSourceMtime(full) : ((await mtimeMs(full)) ?? 0);
    newest = Math.max(newest, time);
  }
  return newest;
}

async function readClasspath(): Promise<string[] | undefined> {
  if (!existsSync(classpathFile)) return undefined;
  const entries = (await readFile(classpathFile, 'utf8'))
    .trim()
    .split(path.delimiter)
    .filter((entry) => entry.length > 0);
  // a wiped ~/.m2 leaves a classpath.txt naming jars that are gone
  return entries.length > 0 && entries.every((entry) => existsSync(entry)) ? entries : undefined;
}

async function isBuildFresh(): Promise<boolean> {
  const inputs = Math.max((await mtimeMs(pomFile)) ?? 0, await newestSourceMtime(sourceDir));
  for (const output of [classpathFile, jarFile]) {
    const time = await mtimeMs(output);
    if (time === undefined || time < inputs) return false;
  }
  return (await readClasspath()) !== undefined;
}

function run(command: string, args: string[], cwd: string): Promise<{ code: number | null; output: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { cwd, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => {
      output += chunk.toString();
    });
    child.stderr.on('data', (chunk: Buffer) => {
      output += chunk.toString();
    });
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, output }));
  });
}

export function tail(text: string, lines = outputTailLines): string {
  return text.trimEnd().split('\n').slice(-lines).join('\n');
}

/**
 * Compiles scripts/opensearch and resolves its Maven dependencies, unless target/ is already newer than the pom
 * and the Java sources. Returns the JVM classpath (our jar first).
 */
export async function ensureOpenSearchBuilt(): Promise<string[]> {
  if (!(await isBuildFresh())) {
    const args = [
      '-q',
      '-B',
      '-f',
      pomFile,
      '-DskipTests',
      'package',
      'dependency:build-classpath',
      '-Dmdep.outputFile=target/classpath.txt',
    ];
    let result: { code: number | null; output: string };
    try {
      result = await run('mvn', args, repoRoot);
    } catch (error) {
      throw new Error(`could not run Maven (is mvn on the PATH?): ${String(error)}`);
    }
    if (result.code !== 0) {
      throw new Error(`Maven build of ${projectDir} failed (exit ${result.code}):\n${tail(result.output)}`);
    }
    // Maven leaves an unchanged jar (and classpath file) alone: mark them as built now
    const now = new Date();
    for (const output of [jarFile, classpathFile]) {
      if (existsSync(output)) await utimes(output, now, now);
    }
  }
  const classpath = await readClasspath();
  if (classpath === undefined) {
    throw new Error(`Maven ran but ${classpathFile} is missing or names jars that do not exist`);
  }
  return [jarFile, ...classpath];
}
