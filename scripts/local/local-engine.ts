import type { LocalDynamo } from './dynalite.js';
import { type DynaliteMode, startLocalDynamo } from './dynalite-worker.js';
import { startDynoxide } from './dynoxide.js';

/**
 * Which local DynamoDB engine `npm start` runs (LOCAL_DYNAMO): `auto` (default) takes dynoxide
 * where its binary is installed (the optional npm package for this platform) and dynalite with
 * the TransactWriteItems emulation everywhere else; `dynoxide` or `dynalite` insist on one.
 * The choice and its figures: docs/local-engine.md.
 */
export type EngineChoice = 'auto' | 'dynoxide' | 'dynalite';

export function parseEngineChoice(value: string | undefined): EngineChoice | undefined {
  if (value === undefined || value === '') return 'auto';
  return value === 'auto' || value === 'dynoxide' || value === 'dynalite' ? value : undefined;
}

export async function startLocalEngine(
  choice: EngineChoice,
  dynaliteMode: DynaliteMode,
  options: { tableName?: string } = {},
): Promise<LocalDynamo> {
  if (choice !== 'dynalite') {
    // The changes reach the index in-process (InProcessStream), so the engine's stream stays off.
    const dynoxide = await startDynoxide({ stream: false, ...options });
    if (dynoxide) return dynoxide;
    if (choice === 'dynoxide')
      throw new Error('LOCAL_DYNAMO=dynoxide, but no dynoxide binary for this platform');
  }
  return startLocalDynamo(dynaliteMode, options);
}
