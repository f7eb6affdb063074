import {
  GetItemCommand,
  PutItemCommand,
  type TransactWriteItem,
  TransactWriteItemsCommand,
} from '@aws-sdk/client-dynamodb';
import { marshall, unmarshall } from '@aws-sdk/util-dynamodb';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type LocalDynamo, startDynalite } from '../../scripts/local/dynalite.js';
import { dynoxideBinary, startDynoxide } from '../../scripts/local/dynoxide.js';

/**
 * TransactWriteItems as the candidate store uses it, on dynalite's emulation
 * (scripts/local/dynalite-transactions.ts) and, where its binary is installed, on dynoxide: the
 * same calls give the same answers and leave the same items, so the write path tested on one
 * is the write path of the other (and of DynamoDB).
 */

const engines: [string, () => Promise<LocalDynamo | undefined>][] = [
  ['dynalite (emulated transactions)', () => startDynalite({ tableName: 'txn' })],
  ...(dynoxideBinary()
    ? [
        ['dynoxide', () => startDynoxide({ tableName: 'txn' })] as [
          string,
          () => Promise<LocalDynamo | undefined>,
        ],
      ]
    : []),
];

describe.each(engines)('TransactWriteItems on %s', (_name, start) => {
  let dynamo: LocalDynamo;
  const key = (pk: string) => marshall({ PK: pk, SK: 'X' });
  const read = async (pk: string) => {
    const { Item } = await dynamo.client.send(
      new GetItemCommand({ TableName: 'txn', Key: key(pk), ConsistentRead: true }),
    );
    return Item ? unmarshall(Item) : undefined;
  };
  const put = (pk: string, version: number, expected: number | null): TransactWriteItem => ({
    Put: {
      TableName: 'txn',
      Item: marshall({ PK: pk, SK: 'X', version }),
      ...(expected === null
        ? { ConditionExpression: 'attribute_not_exists(PK)' }
        : {
            ConditionExpression: '#v = :expected',
            ExpressionAttributeNames: { '#v': 'version' },
            ExpressionAttributeValues: marshall({ ':expected': expected }),
          }),
    },
  });

  beforeAll(async () => {
    dynamo = (await start()) as LocalDynamo;
    await dynamo.client.send(
      new PutItemCommand({ TableName: 'txn', Item: marshall({ PK: 'X', SK: 'X', version: 3 }) }),
    );
  });
  afterAll(async () => dynamo.stop());

  it('cancels the whole transaction when one condition fails, naming that action', async () => {
    const error = await dynamo.client
      .send(
        new TransactWriteItemsCommand({
          TransactItems: [put('A', 1, null), put('X', 4, 2), put('B', 1, null)],
        }),
      )
      .then(
        () => undefined,
        (e: unknown) => e as { name: string; CancellationReasons?: { Code?: string }[] },
      );
    expect(error?.name).toBe('TransactionCanceledException');
    expect(error?.CancellationReasons?.map((r) => r.Code)).toEqual([
      'None',
      'ConditionalCheckFailed',
      'None',
    ]);
    // Nothing of it was written, and what was there is as it was.
    expect(await read('A')).toBeUndefined();
    expect(await read('B')).toBeUndefined();
    expect(await read('X')).toEqual({ PK: 'X', SK: 'X', version: 3 });
  });

  it('writes every action when every condition holds', async () => {
    await dynamo.client.send(
      new TransactWriteItemsCommand({
        TransactItems: [put('A', 1, null), put('X', 4, 3), put('B', 1, null)],
      }),
    );
    expect((await read('A'))?.version).toBe(1);
    expect((await read('B'))?.version).toBe(1);
    expect((await read('X'))?.version).toBe(4);
  });

  // The store's other actions: a conditional update (the change feed's cursor) and a delete.
  const bump = (pk: string, expected: number): TransactWriteItem => ({
    Update: {
      TableName: 'txn',
      Key: key(pk),
      UpdateExpression: 'SET #v = #v + :one',
      ConditionExpression: '#v = :expected',
      ExpressionAttributeNames: { '#v': 'version' },
      ExpressionAttributeValues: marshall({ ':one': 1, ':expected': expected }),
    },
  });
  const remove = (pk: string): TransactWriteItem => ({
    Delete: { TableName: 'txn', Key: key(pk), ConditionExpression: 'attribute_exists(PK)' },
  });

  it('undoes an update and a delete when a later action fails, and applies them when none does', async () => {
    const error = await dynamo.client
      .send(new TransactWriteItemsCommand({ TransactItems: [bump('A', 1), remove('B'), put('C', 1, 0)] }))
      .then(
        () => undefined,
        (e: unknown) => e as { name: string; CancellationReasons?: { Code?: string }[] },
      );
    expect(error?.name).toBe('TransactionCanceledException');
    expect(error?.CancellationReasons?.map((r) => r.Code)).toEqual([
      'None',
      'None',
      'ConditionalCheckFailed',
    ]);
    expect(await read('A')).toEqual({ PK: 'A', SK: 'X', version: 1 });
    expect(await read('B')).toEqual({ PK: 'B', SK: 'X', version: 1 });
    expect(await read('C')).toBeUndefined();

    await dynamo.client.send(new TransactWriteItemsCommand({ TransactItems: [bump('A', 1), remove('B')] }));
    expect(await read('A')).toEqual({ PK: 'A', SK: 'X', version: 2 });
    expect(await read('B')).toBeUndefined();
  });
});
