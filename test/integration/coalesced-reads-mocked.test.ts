import 'aws-sdk-client-mock-vitest/extend';
import { DynamoDBServiceException, ProvisionedThroughputExceededException } from '@aws-sdk/client-dynamodb';
import { BatchGetCommand, DynamoDBDocumentClient, GetCommand, PutCommand } from '@aws-sdk/lib-dynamodb';
import { mockClient } from 'aws-sdk-client-mock';
import { afterEach, describe, expect, it } from 'vitest';
import { CoalescingReader, UnprocessedReadError } from '../../shared/adapters/dynamodb/coalescing-reader.js';
import { DynamoCandidateStore } from '../../shared/adapters/dynamodb/dynamo-candidate-store.js';
import { documentClient } from '../../shared/adapters/dynamodb/table.js';
import { offlineDynamoClient, throttled } from '../support/mocked-dynamo.js';
import { candidateProfile } from '../unit/indexing/candidate-profiles.js';

/**
 * The coalescing reader (shared/adapters/dynamodb/coalescing-reader.ts) with a mocked client:
 * unprocessed keys are asked for again and a failed batch rejects exactly the callers in it,
 * nothing more, nothing lost. The same reads on dynalite: coalesced-reads.test.ts.
 */

const TABLE = 'coalesce';
const key = (id: string) => ({ PK: `CAND#${id}`, SK: 'CAND' });
const item = (id: string, n = 0) => ({ ...key(id), entity: 'candidate', n });
/** DynamoDB's ValidationException has no modelled class in the SDK. */
const invalid = (message: string) =>
  new DynamoDBServiceException({ name: 'ValidationException', $fault: 'client', $metadata: {}, message });

describe('coalesced reads under DynamoDB failures (mocked client, exact commands)', () => {
  const doc = DynamoDBDocumentClient.from(offlineDynamoClient());
  const ddb = mockClient(doc);
  const noWait = { sleep: async () => {} };
  afterEach(() => ddb.reset());

  it('asks again for exactly the unprocessed keys, and resolves the callers whose items came back at once', async () => {
    ddb
      .on(BatchGetCommand)
      .resolvesOnce({
        Responses: { [TABLE]: [item('a'), item('b')] },
        UnprocessedKeys: { [TABLE]: { Keys: [key('c')], ConsistentRead: true } },
      })
      .resolvesOnce({ Responses: { [TABLE]: [item('c')] } });
    const reader = new CoalescingReader(doc, TABLE, noWait);

    const got = await Promise.all(['a', 'b', 'c', 'missing'].map((id) => reader.get(key(id))));

    expect(got.map((i) => i?.PK)).toEqual(['CAND#a', 'CAND#b', 'CAND#c', undefined]);
    expect(ddb).toHaveReceivedCommandTimes(BatchGetCommand, 2);
    expect(ddb).toHaveReceivedNthCommandWith(BatchGetCommand, 1, {
      RequestItems: {
        [TABLE]: { Keys: [key('a'), key('b'), key('c'), key('missing')], ConsistentRead: true },
      },
    });
    expect(ddb).toHaveReceivedNthCommandWith(BatchGetCommand, 2, {
      RequestItems: { [TABLE]: { Keys: [key('c')], ConsistentRead: true } },
    });
    expect(ddb).not.toHaveReceivedCommand(GetCommand);
  });

  it('keys still unprocessed after the last attempt reject exactly their callers; the others get their items', async () => {
    ddb
      .on(BatchGetCommand)
      .resolvesOnce({
        Responses: { [TABLE]: [item('a')] },
        UnprocessedKeys: { [TABLE]: { Keys: [key('b'), key('c')], ConsistentRead: true } },
      })
      .resolvesOnce({
        Responses: { [TABLE]: [item('b')] },
        UnprocessedKeys: { [TABLE]: { Keys: [key('c')], ConsistentRead: true } },
      })
      .resolves({
        Responses: { [TABLE]: [] },
        UnprocessedKeys: { [TABLE]: { Keys: [key('c')], ConsistentRead: true } },
      });
    const reader = new CoalescingReader(doc, TABLE, { ...noWait, maxAttempts: 4 });

    const settled = await Promise.allSettled(['a', 'b', 'c', 'c'].map((id) => reader.get(key(id))));

    expect(settled.map((s) => s.status)).toEqual(['fulfilled', 'fulfilled', 'rejected', 'rejected']);
    expect(settled.slice(0, 2).map((s) => (s as PromiseFulfilledResult<{ PK: string }>).value.PK)).toEqual([
      'CAND#a',
      'CAND#b',
    ]);
    const reason = (settled[2] as PromiseRejectedResult).reason;
    expect(reason).toBeInstanceOf(UnprocessedReadError);
    expect((reason as UnprocessedReadError).key).toEqual(key('c'));
    // Retryable like a throttle, so the API answers 503 with Retry-After, not 500.
    expect((reason as UnprocessedReadError).$retryable).toEqual({ throttling: true });
    expect(ddb).toHaveReceivedCommandTimes(BatchGetCommand, 4);
    expect(ddb).toHaveReceivedNthCommandWith(BatchGetCommand, 4, {
      RequestItems: { [TABLE]: { Keys: [key('c')], ConsistentRead: true } },
    });
  });

  it('a throttled batch rejects the callers in it with the error; a batch beside it is untouched', async () => {
    ddb
      .on(BatchGetCommand)
      .rejectsOnce(throttled())
      .resolvesOnce({ Responses: { [TABLE]: [item('c'), item('d')] } });
    const reader = new CoalescingReader(doc, TABLE, { ...noWait, maxKeys: 2 });

    const settled = await Promise.allSettled(['a', 'b', 'c', 'd'].map((id) => reader.get(key(id))));

    expect(settled.map((s) => s.status)).toEqual(['rejected', 'rejected', 'fulfilled', 'fulfilled']);
    for (const s of settled.slice(0, 2)) {
      expect((s as PromiseRejectedResult).reason).toBeInstanceOf(ProvisionedThroughputExceededException);
    }
    expect(ddb).toHaveReceivedNthCommandWith(BatchGetCommand, 1, {
      RequestItems: { [TABLE]: { Keys: [key('a'), key('b')], ConsistentRead: true } },
    });
    expect(ddb).toHaveReceivedNthCommandWith(BatchGetCommand, 2, {
      RequestItems: { [TABLE]: { Keys: [key('c'), key('d')], ConsistentRead: true } },
    });
  });

  it('a throttle on the retry of unprocessed keys rejects only the callers still waiting', async () => {
    ddb
      .on(BatchGetCommand)
      .resolvesOnce({
        Responses: { [TABLE]: [item('a')] },
        UnprocessedKeys: { [TABLE]: { Keys: [key('b')], ConsistentRead: true } },
      })
      .rejectsOnce(throttled());
    const reader = new CoalescingReader(doc, TABLE, noWait);

    const settled = await Promise.allSettled(['a', 'b'].map((id) => reader.get(key(id))));

    expect(settled.map((s) => s.status)).toEqual(['fulfilled', 'rejected']);
    expect((settled[1] as PromiseRejectedResult).reason).toBeInstanceOf(
      ProvisionedThroughputExceededException,
    );
  });

  it('a batch refused as invalid is read key by key, so one bad key fails only its own caller', async () => {
    ddb.on(BatchGetCommand).rejects(invalid('One or more parameter values were invalid'));
    ddb.on(GetCommand, { Key: key('a') }).resolves({ Item: item('a') });
    ddb.on(GetCommand, { Key: key('bad') }).rejects(invalid('key too long'));
    const reader = new CoalescingReader(doc, TABLE, noWait);

    const settled = await Promise.allSettled(['a', 'bad'].map((id) => reader.get(key(id))));

    expect(settled[0]).toEqual({ status: 'fulfilled', value: item('a') });
    expect(settled[1]?.status).toBe('rejected');
    expect(ddb).toHaveReceivedCommandTimes(BatchGetCommand, 1);
    expect(ddb).toHaveReceivedCommandTimes(GetCommand, 2);
  });

  it('more than 100 keys in a turn go out in batches of at most 100, all consistent', async () => {
    ddb
      .on(BatchGetCommand)
      .callsFake((input: { RequestItems: Record<string, { Keys: { PK: string }[] }> }) => ({
        Responses: { [TABLE]: (input.RequestItems[TABLE]?.Keys ?? []).map((k) => ({ ...k, found: true })) },
      }));
    const reader = new CoalescingReader(doc, TABLE, noWait);

    const got = await Promise.all(Array.from({ length: 250 }, (_, i) => reader.get(key(`k${i}`))));

    expect(got.every((g, i) => g?.PK === `CAND#k${i}` && g.found === true)).toBe(true);
    const calls = ddb.commandCalls(BatchGetCommand).map((c) => c.args[0].input.RequestItems?.[TABLE]);
    expect(calls.map((c) => c?.Keys?.length)).toEqual([100, 100, 50]);
    expect(calls.every((c) => c?.ConsistentRead === true)).toBe(true);
  });

  it('a read that fails as a single GetItem rejects its caller only; the next turn reads afresh', async () => {
    ddb
      .on(GetCommand)
      .rejectsOnce(throttled())
      .resolves({ Item: item('a', 2) });
    const reader = new CoalescingReader(doc, TABLE, noWait);

    await expect(reader.get(key('a'))).rejects.toBeInstanceOf(ProvisionedThroughputExceededException);
    expect(await reader.get(key('a'))).toEqual(item('a', 2));
    expect(ddb).toHaveReceivedCommandWith(GetCommand, {
      TableName: TABLE,
      Key: key('a'),
      ConsistentRead: true,
    });
  });

  it('the candidate store reads through it: the owner and entity checks still apply per caller', async () => {
    const profile = candidateProfile('COAL-1', { pes: 'VDAB' });
    const other = candidateProfile('COAL-2', { pes: 'ANAPEC' });
    ddb.on(BatchGetCommand).resolves({
      Responses: { [TABLE]: [DynamoCandidateStore.item(profile), DynamoCandidateStore.item(other)] },
    });
    const store = new DynamoCandidateStore(doc, TABLE, { clock: { now: () => new Date() } });

    const [mine, notMine] = await Promise.all([store.get('VDAB', profile.id), store.get('VDAB', other.id)]);

    expect(mine).toEqual(profile);
    expect(notMine).toBeUndefined();
    expect(ddb).not.toHaveReceivedCommand(PutCommand);
  });
});

describe('stores on one client and table share one reader', () => {
  it('coalesces candidate and vacancy reads of the same turn into one call', async () => {
    const doc = documentClient(offlineDynamoClient());
    const ddb = mockClient(doc);
    ddb.on(BatchGetCommand).resolves({ Responses: { [TABLE]: [] } });
    const { DynamoVacancyStore } = await import('../../shared/adapters/dynamodb/dynamo-vacancy-store.js');
    const candidates = new DynamoCandidateStore(doc, TABLE, { clock: { now: () => new Date() } });
    const vacancies = new DynamoVacancyStore(doc, TABLE);

    const [c, v] = await Promise.all([candidates.get('VDAB', 'cand_x'), vacancies.getAnyOwner('vac_y')]);

    expect(c).toBeUndefined();
    expect(v).toBeUndefined();
    expect(ddb).toHaveReceivedCommandTimes(BatchGetCommand, 1);
    expect(ddb).toHaveReceivedCommandWith(BatchGetCommand, {
      RequestItems: {
        [TABLE]: { Keys: [key('cand_x'), { PK: 'VAC#vac_y', SK: 'VAC' }], ConsistentRead: true },
      },
    });
    ddb.restore();
  });
});
