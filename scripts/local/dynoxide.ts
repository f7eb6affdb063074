import { type ChildProcess, spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { createServer } from 'node:net';
import { homedir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { ListTablesCommand } from '@aws-sdk/client-dynamodb';
import { createTable } from '../../shared/adapters/dynamodb/table.js';
import { type LocalDynamo, localDynamoClient } from './dynalite.js';

/** Where `npm run dynoxide:build` installs dynoxide-rs 3.2.0 (cargo, from crates.io). */
export const PROJECT_BUILD = fileURLToPath(new URL('../../.dynoxide/bin/dynoxide', import.meta.url));

/**
 * dynoxide (a DynamoDB emulator in Rust on SQLite, with transactions, streams and TTL) in a
 * child process on a loopback port. Its binary, first found of: `DYNOXIDE_BIN`; the project's
 * own build of 3.2.0 (`npm run dynoxide:build`, any platform with cargo; its transactions are
 * 3–4× 1.2.1's, docs/local-engine.md); the npm package for this platform (`@dynoxide/linux-x64`
 * 1.2.1, an optional dependency); a `cargo install dynoxide-rs` build in ~/.cargo/bin. Without
 * one, undefined (the caller falls back to dynalite, see docs/local-engine.md).
 */
export function dynoxideBinary(): string | undefined {
  const fromEnv = process.env.DYNOXIDE_BIN;
  if (fromEnv) return existsSync(fromEnv) ? fromEnv : undefined;
  if (existsSync(PROJECT_BUILD)) return PROJECT_BUILD;
  try {
    const manifest = createRequire(import.meta.url).resolve(
      `@dynoxide/${process.platform}-${process.arch}/package.json`,
    );
    const binary = join(dirname(manifest), 'dynoxide');
    if (existsSync(binary)) return binary;
  } catch {
    // No package for this platform: try a cargo build.
  }
  const cargo = join(homedir(), '.cargo', 'bin', 'dynoxide');
  return existsSync(cargo) ? cargo : undefined;
}

/** A loopback port nothing listens on right now. */
export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}

export interface DynoxideProcess {
  readonly endpoint: string;
  readonly child: ChildProcess;
  stop(): Promise<void>;
}

/** Starts the binary in memory on a free loopback port; resolves once it answers. */
export async function spawnDynoxide(binary: string): Promise<DynoxideProcess> {
  for (let attempt = 0; ; attempt++) {
    const port = await freePort();
    const child = spawn(binary, ['serve', '--host', '127.0.0.1', '--port', String(port)], {
      stdio: ['ignore', 'ignore', 'pipe'],
    });
    let exited = false;
    child.once('exit', () => {
      exited = true;
    });
    const endpoint = `http://127.0.0.1:${port}`;
    const probe = localDynamoClient(endpoint);
    try {
      for (let wait = 0; wait < 200 && !exited; wait++) {
        try {
          await probe.send(new ListTablesCommand({}));
          const stop = () =>
            new Promise<void>((done) => {
              if (child.exitCode !== null || child.signalCode !== null) return done();
              child.once('exit', () => done());
              child.kill('SIGTERM');
            });
          // The database must never outlive the process that started it.
          process.once('exit', () => child.kill('SIGKILL'));
          return { endpoint, child, stop };
        } catch {
          await new Promise((r) => setTimeout(r, 10));
        }
      }
    } finally {
      probe.destroy();
    }
    child.kill('SIGKILL');
    // The port was taken between the probe and the bind: try another.
    if (attempt >= 3) throw new Error(`dynoxide did not start on ${endpoint}`);
  }
}

/**
 * dynoxide with the single table (TTL on and, unless `stream: false`, the stream
 * NEW_AND_OLD_IMAGES), as CDK defines it. Without a reader of its stream, turn the stream off:
 * dynoxide slows as an unread stream grows (docs/local-engine.md).
 */
export async function startDynoxide(
  options: { tableName?: string; binary?: string; stream?: boolean } = {},
): Promise<LocalDynamo | undefined> {
  const binary = options.binary ?? dynoxideBinary();
  if (!binary) return undefined;
  const server = await spawnDynoxide(binary);
  const client = localDynamoClient(server.endpoint);
  const tableName = options.tableName ?? 'concentric';
  const stream = options.stream ?? true;
  try {
    await createTable(client, tableName, { stream, ttl: true });
  } catch (error) {
    client.destroy();
    await server.stop();
    throw error;
  }
  return {
    endpoint: server.endpoint,
    client,
    tableName,
    engine: 'dynoxide',
    stream,
    stop: async () => {
      client.destroy();
      await server.stop();
    },
  };
}
