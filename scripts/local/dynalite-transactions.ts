import type { IncomingMessage, Server, ServerResponse } from 'node:http';
import {
  type AttributeValue,
  DeleteItemCommand,
  DynamoDBClient,
  PutItemCommand,
  type TransactWriteItem,
  UpdateItemCommand,
} from '@aws-sdk/client-dynamodb';
import { TABLE_KEYS } from '../../shared/adapters/dynamodb/table.js';

/**
 * TransactWriteItems for dynalite, which has none: the fallback engine where dynoxide has no
 * binary (docs/local-engine.md). It wraps dynalite's request handler:
 * - every write (PutItem, UpdateItem, DeleteItem, BatchWriteItem, TransactWriteItems) runs
 *   alone, one after another, so no write can come between the actions of a transaction;
 * - a transaction runs its actions in order, each with its own condition; when any condition
 *   fails, the actions that were applied are undone (their old images put back) and the call
 *   answers TransactionCanceledException with one CancellationReason per action, as DynamoDB does.
 * What differs from DynamoDB: a read that arrives while a transaction runs may see part of it
 * (reads are not held back), and ClientRequestToken is not remembered. The write path of the
 * app is the same on both engines (test/integration/local-engines.test.ts).
 */

const WRITES = new Set(['PutItem', 'UpdateItem', 'DeleteItem', 'BatchWriteItem', 'TransactWriteItems']);
/** Marks the wrapper's own calls into dynalite, which run inside the lock already held. */
const INNER = 'x-local-transaction';

type Handler = (req: IncomingMessage, res: ServerResponse) => void;

export function withTransactions(server: Server, endpoint: () => string): Server {
  const [inner] = server.listeners('request') as Handler[];
  if (!inner) throw new Error('dynalite server has no request handler');
  server.removeAllListeners('request');
  let queue: Promise<void> = Promise.resolve();
  const exclusive = (work: () => Promise<void>) => {
    const run = queue.then(work, work);
    queue = run.catch(() => undefined);
    return run;
  };
  let client: DynamoDBClient | undefined;
  const innerClient = () => {
    if (!client) {
      client = new DynamoDBClient({
        endpoint: endpoint(),
        region: 'local',
        credentials: { accessKeyId: 'local', secretAccessKey: 'local' },
        maxAttempts: 1,
      });
      client.middlewareStack.add(
        (next) => async (args) => {
          (args.request as { headers: Record<string, string> }).headers[INNER] = '1';
          return next(args);
        },
        { step: 'build', name: 'innerTransactionCall' },
      );
    }
    return client;
  };
  server.on('request', (req: IncomingMessage, res: ServerResponse) => {
    const operation = String(req.headers['x-amz-target'] ?? '').split('.')[1] ?? '';
    if (req.headers[INNER] || !WRITES.has(operation)) return inner(req, res);
    if (operation !== 'TransactWriteItems') {
      void exclusive(
        () =>
          new Promise<void>((done) => {
            res.once('close', done);
            inner(req, res);
          }),
      );
      return;
    }
    void readBody(req).then((body) =>
      exclusive(async () => {
        const { status, payload } = await transact(innerClient(), JSON.parse(body) as TransactInput);
        const text = JSON.stringify(payload);
        res.statusCode = status;
        res.setHeader('Content-Type', 'application/x-amz-json-1.0');
        res.setHeader('Content-Length', Buffer.byteLength(text));
        res.end(text);
      }).catch((error: unknown) => {
        res.statusCode = 500;
        res.end(
          JSON.stringify({
            __type: 'com.amazonaws.dynamodb.v20120810#InternalServerError',
            message: String(error),
          }),
        );
      }),
    );
  });
  server.once('close', () => client?.destroy());
  return server;
}

interface TransactInput {
  readonly TransactItems: TransactWriteItem[];
}

type Undo = {
  table: string;
  key: Record<string, AttributeValue>;
  old: Record<string, AttributeValue> | undefined;
};

async function transact(db: DynamoDBClient, input: TransactInput) {
  const reasons: { Code: string; Message?: string }[] = [];
  const undo: Undo[] = [];
  for (const action of input.TransactItems) {
    try {
      if (action.Put) {
        const { Put } = action;
        const result = await db.send(new PutItemCommand({ ...Put, ReturnValues: 'ALL_OLD' } as never));
        undo.push({ table: Put.TableName as string, key: keyOf(Put.Item ?? {}), old: result.Attributes });
      } else if (action.Delete) {
        const result = await db.send(
          new DeleteItemCommand({ ...action.Delete, ReturnValues: 'ALL_OLD' } as never),
        );
        undo.push({
          table: action.Delete.TableName as string,
          key: action.Delete.Key ?? {},
          old: result.Attributes,
        });
      } else if (action.Update) {
        const result = await db.send(
          new UpdateItemCommand({ ...action.Update, ReturnValues: 'ALL_OLD' } as never),
        );
        undo.push({
          table: action.Update.TableName as string,
          key: action.Update.Key ?? {},
          old: result.Attributes,
        });
      } else {
        await rollback(db, undo);
        return validation('only Put, Update and Delete actions are emulated on dynalite');
      }
      reasons.push({ Code: 'None' });
    } catch (error) {
      if ((error as Error).name !== 'ConditionalCheckFailedException') {
        // Nothing of a failed transaction may stay written.
        await rollback(db, undo);
        throw error;
      }
      reasons.push({ Code: 'ConditionalCheckFailed', Message: 'The conditional request failed' });
    }
  }
  if (reasons.every((r) => r.Code === 'None')) return { status: 200, payload: {} };
  await rollback(db, undo);
  return {
    status: 400,
    payload: {
      __type: 'com.amazonaws.dynamodb.v20120810#TransactionCanceledException',
      message: `Transaction cancelled, please refer cancellation reasons for specific reasons [${reasons.map((r) => r.Code).join(', ')}]`,
      CancellationReasons: reasons,
    },
  };
}

/** Undoes the applied actions, last first: old images back, new items gone. */
async function rollback(db: DynamoDBClient, undo: readonly Undo[]): Promise<void> {
  for (const step of [...undo].reverse()) {
    await (step.old
      ? db.send(new PutItemCommand({ TableName: step.table, Item: step.old }))
      : db.send(new DeleteItemCommand({ TableName: step.table, Key: step.key })));
  }
}

/** The single table's key attributes of a put item. */
function keyOf(item: Record<string, AttributeValue>): Record<string, AttributeValue> {
  const key: Record<string, AttributeValue> = {};
  for (const name of [TABLE_KEYS.partitionKey, TABLE_KEYS.sortKey]) {
    if (item[name]) key[name] = item[name] as AttributeValue;
  }
  return key;
}

function validation(message: string) {
  return { status: 400, payload: { __type: 'com.amazon.coral.validate#ValidationException', message } };
}

function readBody(req: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.once('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    req.once('error', reject);
  });
}
