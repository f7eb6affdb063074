import { type ChildProcess, spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import type { LocalDynamo, LocalEngine } from './dynalite.js';

/** A client for a local engine already running at `endpoint`, with the table made. */
export function connectDynamo(
  endpoint: string,
  tableName = 'concentric',
  engine: LocalEngine = 'dynalite',
  stream = false,
): LocalDynamo {
  const client = new DynamoDBClient({
    endpoint,
    region: 'local',
    credentials: { accessKeyId: 'local', secretAccessKey: 'local' },
    maxAttempts: 3,
  });
  return {
    endpoint,
    client,
    tableName,
    engine,
    stream,
    stop: async () => client.destroy(),
  };
}

export interface DynaliteProcess {
  readonly endpoint: string;
  readonly child: ChildProcess;
  stop(): Promise<void>;
}

const serverScript = fileURLToPath(new URL('./dynalite-server.ts', import.meta.url));

/** Starts scripts/local/dynalite-server.ts in a child process and waits for its endpoint. */
export function spawnDynalite(tableName = 'concentric'): Promise<DynaliteProcess> {
  const child = spawn(process.execPath, ['--import', 'tsx', serverScript, '--table', tableName], {
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  return new Promise((resolve, reject) => {
    let output = '';
    child.once('exit', (code) => reject(new Error(`dynalite exited (${code}) before listening: ${output}`)));
    child.stdout?.on('data', (chunk: Buffer) => {
      output += chunk.toString();
      const match = /dynalite listening on (\S+)/.exec(output);
      if (!match?.[1]) return;
      child.removeAllListeners('exit');
      resolve({
        endpoint: match[1],
        child,
        stop: () =>
          new Promise<void>((done) => {
            if (child.exitCode !== null) return done();
            child.once('exit', () => done());
            child.kill('SIGTERM');
          }),
      });
    });
  });
}
