import type { LocalDynamo } from '../../scripts/local/dynalite.js';
import { parseEngineChoice, startLocalEngine } from '../../scripts/local/local-engine.js';

/**
 * The local DynamoDB engine a test file runs on: LOCAL_DYNAMO as for `npm start` (`auto`, the
 * default, takes dynoxide where its binary is installed and dynalite with the TransactWriteItems
 * emulation elsewhere; docs/local-engine.md). dynalite runs in the test's own process.
 */
export function startTestDynamo(options: { tableName?: string } = {}): Promise<LocalDynamo> {
  const choice = parseEngineChoice(process.env.LOCAL_DYNAMO);
  if (!choice)
    throw new Error(
      `LOCAL_DYNAMO must be 'auto', 'dynoxide' or 'dynalite', not '${process.env.LOCAL_DYNAMO}'`,
    );
  return startLocalEngine(choice, 'in-process', options);
}
