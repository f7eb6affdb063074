import type { DynamoDBClient } from '@aws-sdk/client-dynamodb';

/** Counts the low-level commands a client sends (one per call, not per SDK retry). */
export function countCommands(client: DynamoDBClient) {
  const sent: { command: string; keys: number }[] = [];
  client.middlewareStack.add(
    (next, context) => async (args) => {
      const input = args.input as { RequestItems?: Record<string, { Keys?: unknown[] }> };
      const keys = Object.values(input.RequestItems ?? {}).reduce((n, r) => n + (r.Keys?.length ?? 0), 0);
      sent.push({ command: context.commandName ?? '', keys });
      return next(args);
    },
    { step: 'initialize', name: 'countCommands' },
  );
  return {
    sent,
    of: (command: string) => sent.filter((s) => s.command === command),
    reset: () => {
      sent.length = 0;
    },
    remove: () => client.middlewareStack.remove('countCommands'),
  };
}
