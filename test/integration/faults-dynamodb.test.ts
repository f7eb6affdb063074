import { recordOf } from '../../shared/adapters/dynamodb/attribute-values.js';
import 'aws-sdk-client-mock-vitest/extend';
import {
  type DynamoDBClient,
  ProvisionedThroughputExceededException,
  ThrottlingException,
  TransactWriteItemsCommand,
} from '@aws-sdk/client-dynamodb';
import { BatchGetCommand, DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { unmarshall } from '@aws-sdk/util-dynamodb';
import { mockClient } from 'aws-sdk-client-mock';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { DynamoCandidateStore } from '../../shared/adapters/dynamodb/dynamo-candidate-store.js';
import { fixedClock } from '../../shared/ports/clock.js';
import { auditRecord } from '../../shared/use-cases/audit-trail.js';
import { validCandidate } from '../fixtures/api-bodies.js';
import { type Harness, startHarness } from '../support/api-harness.js';
import { offlineDynamoClient, throttled } from '../support/mocked-dynamo.js';
import { candidateProfile } from '../unit/indexing/candidate-profiles.js';

/**
 * DynamoDB throttling and partial batch failures: what is retried, what reaches the caller, and
 * that nothing is dropped without anyone being told. The store tests mock the document client
 * (aws-sdk-client-mock) and assert the exact commands sent; the HTTP tests inject throttling
 * into the real SDK client in front of dynalite, so the SDK's own retry strategy runs.
 */

const TABLE = 'faults';
const clock = fixedClock('2026-03-02T09:00:00.000Z');
const key = (id: string) => ({ PK: `CAND#${id}`, SK: 'CAND' });

describe('candidate store under DynamoDB partial failures (mocked client, exact commands)', () => {
  const doc = DynamoDBDocumentClient.from(offlineDynamoClient());
  const ddb = mockClient(doc);
  const store = new DynamoCandidateStore(doc, TABLE, { clock });
  const [a, b, c] = ['FLT-A', 'FLT-B', 'FLT-C'].map((id) => candidateProfile(id, { pes: 'VDAB' })) as [
    ReturnType<typeof candidateProfile>,
    ReturnType<typeof candidateProfile>,
    ReturnType<typeof candidateProfile>,
  ];
  afterEach(() => ddb.reset());

  it('asks BatchGet again for exactly the unprocessed keys, and returns every profile', async () => {
    ddb
      .on(BatchGetCommand)
      .resolvesOnce({
        Responses: { [TABLE]: [DynamoCandidateStore.item(a), DynamoCandidateStore.item(b)] },
        UnprocessedKeys: { [TABLE]: { Keys: [key(c.id)], ConsistentRead: true } },
      })
      .resolvesOnce({ Responses: { [TABLE]: [DynamoCandidateStore.item(c)] } });

    const found = await store.getMany('VDAB', [a.id, b.id, c.id]);

    expect([...found.keys()].sort()).toEqual([a.id, b.id, c.id].sort());
    expect(ddb).toHaveReceivedCommandTimes(BatchGetCommand, 2);
    expect(ddb).toHaveReceivedNthCommandWith(BatchGetCommand, 1, {
      RequestItems: { [TABLE]: { Keys: [key(a.id), key(b.id), key(c.id)], ConsistentRead: true } },
    });
    expect(ddb).toHaveReceivedNthCommandWith(BatchGetCommand, 2, {
      RequestItems: { [TABLE]: { Keys: [key(c.id)], ConsistentRead: true } },
    });
  });

  it('rejects when the retry of the unprocessed keys is throttled: no partial result passes for a whole one', async () => {
    ddb
      .on(BatchGetCommand)
      .resolvesOnce({
        Responses: { [TABLE]: [DynamoCandidateStore.item(a)] },
        UnprocessedKeys: { [TABLE]: { Keys: [key(b.id), key(c.id)], ConsistentRead: true } },
      })
      .rejectsOnce(throttled());

    await expect(store.getMany('VDAB', [a.id, b.id, c.id])).rejects.toBeInstanceOf(
      ProvisionedThroughputExceededException,
    );
    expect(ddb).toHaveReceivedCommandTimes(BatchGetCommand, 2);
    expect(ddb).toHaveReceivedNthCommandWith(BatchGetCommand, 2, {
      RequestItems: { [TABLE]: { Keys: [key(b.id), key(c.id)], ConsistentRead: true } },
    });
  });

  it('a transaction cancelled for one row stores every other row exactly once, and re-decides only that row', async () => {
    // The first transaction is cancelled: b's version condition failed (a concurrent writer).
    const cancelled = Object.assign(new Error('Transaction cancelled'), {
      name: 'TransactionCanceledException',
      CancellationReasons: [
        { Code: 'None' },
        { Code: 'None' },
        { Code: 'ConditionalCheckFailed' },
        { Code: 'None' },
        { Code: 'None' },
        { Code: 'None' },
        { Code: 'None' },
      ],
    });
    ddb.on(TransactWriteItemsCommand).rejectsOnce(cancelled).resolves({});
    const writes = [a, b, c].map((profile) => ({
      profile,
      expectedVersion: null,
      audit: auditRecord(clock, { kind: 'system', org: 'system', subject: 'test' }, 'candidate.created', {
        kind: 'candidate',
        id: profile.id,
        owner: 'VDAB',
      }),
    }));

    const results = await store.putMany(writes);

    expect(results).toEqual([{ status: 'written' }, { status: 'conflict' }, { status: 'written' }]);
    expect(ddb).toHaveReceivedCommandTimes(TransactWriteItemsCommand, 2);
    const sent = ddb.commandCalls(TransactWriteItemsCommand).map((call) =>
      (call.args[0].input.TransactItems ?? []).map((action) => {
        const item = unmarshall(action.Put?.Item ?? {});
        return item.entity === 'feed-intent'
          ? `intent:${item.refs.map((r: { id: string }) => r.id).join(',')}`
          : `${item.entity}:${recordOf<{ id: string; subject?: { id: string } }>(item).subject?.id ?? recordOf<{ id: string }>(item).id}`;
      }),
    );
    // First try: each row's put and audit record, and one intent naming the three.
    expect(sent[0]).toEqual([
      `candidate:${a.id}`,
      `audit:${a.id}`,
      `candidate:${b.id}`,
      `audit:${b.id}`,
      `candidate:${c.id}`,
      `audit:${c.id}`,
      `intent:${a.id},${b.id},${c.id}`,
    ]);
    // Sent again without b: a and c once each, their intent naming only them.
    expect(sent[1]).toEqual([
      `candidate:${a.id}`,
      `audit:${a.id}`,
      `candidate:${c.id}`,
      `audit:${c.id}`,
      `intent:${a.id},${c.id}`,
    ]);
    // Every row keeps its own version condition in the transaction.
    const firstPut = ddb.commandCalls(TransactWriteItemsCommand)[1]?.args[0].input.TransactItems?.[0]?.Put;
    expect(firstPut?.ConditionExpression).toBe('attribute_not_exists(PK) OR entity = :tombstone');
  });
});

type Predicate = (command: string, input: unknown) => boolean;

/**
 * Throttling injected into the real SDK client, inside its retry loop: a `deserialize`-step
 * middleware runs on every attempt (the retry middleware sits in `finalizeRequest`, before it).
 * `throttle(n, when)` refuses the next n attempts that match; every attempt is recorded.
 */
function injectThrottling(client: DynamoDBClient) {
  const attempts: string[] = [];
  let remaining = 0;
  let matches: Predicate = () => false;
  client.middlewareStack.add(
    (next, context) => async (args) => {
      const command = context.commandName ?? '';
      // Named by what it touches, so other writes of the same request (audit, outbox) can be told apart.
      const name = `${command}(${describeItem(args.input)})`;
      if (remaining > 0 && matches(command, args.input)) {
        remaining--;
        attempts.push(`${name} throttled`);
        throw new ThrottlingException({ message: 'injected throttling', $metadata: { httpStatusCode: 400 } });
      }
      attempts.push(name);
      return next(args);
    },
    { step: 'deserialize', name: 'faultInjection', priority: 'high' },
  );
  return {
    attempts,
    throttle(n: number, when: Predicate) {
      remaining = n;
      matches = when;
      attempts.length = 0;
    },
    remove: () => client.middlewareStack.remove('faultInjection'),
  };
}

function describeItem(input: unknown): string {
  const { Item, Key, TransactItems } = input as {
    Item?: Record<string, { S?: string }>;
    Key?: Record<string, { S?: string }>;
    TransactItems?: { Put?: { Item?: Record<string, { S?: string }> } }[];
  };
  if (TransactItems) return TransactItems.map((t) => t.Put?.Item?.entity?.S ?? '?').join('+');
  return Item?.entity?.S ?? Key?.PK?.S?.split('#')[0] ?? '';
}

/** A single upsert's one write: the profile, its audit record and its feed intent. */
const isCandidatePut: Predicate = (command, input) =>
  command === 'TransactWriteItemsCommand' && describeItem(input).startsWith('candidate+');
const isCandidateGet: Predicate = (command, input) =>
  command === 'GetItemCommand' && describeItem(input) === 'CAND';
const candidateAttempts = (attempts: readonly string[]) =>
  attempts.filter((a) => a.includes('(candidate') || a.includes('(CAND)') || a.includes('(feed-intent)'));

describe('the API on dynalite with DynamoDB throttling (real SDK retries, maxAttempts 3)', () => {
  let h: Harness;
  let faults: ReturnType<typeof injectThrottling>;
  const PES: [string, string] = ['pes', 'VDAB'];
  const upload = (externalId: string) =>
    h.call('PUT', `/v1/candidates/by-external-id/${externalId}`, { as: PES, body: validCandidate() });

  beforeAll(async () => {
    h = await startHarness({ rateLimit: false });
    faults = injectThrottling(h.dynamo.client);
  });
  afterAll(async () => {
    faults.remove();
    await h.close();
  });

  it('retries a throttled write inside the SDK and succeeds: 201, the profile stored once', async () => {
    faults.throttle(2, isCandidatePut);
    const res = await upload('THROTTLED-1');
    expect(res.status).toBe(201);
    const write = 'TransactWriteItemsCommand(candidate+audit+feed-intent)';
    expect(candidateAttempts(faults.attempts)).toEqual([
      'GetItemCommand(CAND)', // the current profile (none): the one read
      `${write} throttled`,
      `${write} throttled`,
      write, // the SDK's third attempt gets through: the one write
    ]);
    const { candidate } = (await res.json()) as { candidate: { id: string } };
    const read = await h.call('GET', `/v1/candidates/${candidate.id}`, { as: PES });
    expect(((await read.json()) as { version: number }).version).toBe(1);
  });

  it('answers 503 problem+json with Retry-After once the retries are spent, and stores nothing', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    faults.throttle(3, isCandidatePut);
    const res = await upload('THROTTLED-2');
    expect(res.status).toBe(503);
    expect(res.headers.get('content-type')).toBe('application/problem+json');
    expect(res.headers.get('retry-after')).toBe('5');
    expect(await res.json()).toMatchObject({
      type: 'https://concentric.example/problems/service-unavailable',
      status: 503,
    });
    // Three attempts of the profile write (maxAttempts 3), none got through.
    const write = 'TransactWriteItemsCommand(candidate+audit+feed-intent)';
    expect(faults.attempts.filter((a) => a === `${write} throttled`)).toHaveLength(3);
    expect(faults.attempts).not.toContain(write);
    // Reported to the operator with the dependency's own error name, not swallowed.
    expect(warn).toHaveBeenCalledWith(expect.stringContaining('ThrottlingException'));
    warn.mockRestore();

    // A status the document declares for the operation (so clients and the fuzzer expect it).
    const doc = (await (await h.call('GET', '/openapi.json')).json()) as {
      paths: Record<string, Record<string, { responses: Record<string, unknown> }>>;
    };
    expect(doc.paths['/v1/candidates/by-external-id/{externalId}']?.put?.responses).toHaveProperty('503');
    expect(doc.paths['/v1/candidates/{id}']?.get?.responses).toHaveProperty('503');

    // Nothing half-written: the same upload afterwards is a clean create.
    expect((await upload('THROTTLED-2')).status).toBe(201);
  });

  it('a read throttled past its retries is a 503 too, never a 500 or an empty 404', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const { candidate } = (await (await upload('THROTTLED-3')).json()) as { candidate: { id: string } };
    faults.throttle(3, isCandidateGet);
    const res = await h.call('GET', `/v1/candidates/${candidate.id}`, { as: PES });
    expect(res.status).toBe(503);
    expect(candidateAttempts(faults.attempts)).toEqual(Array(3).fill('GetItemCommand(CAND) throttled'));
    expect((await h.call('GET', `/v1/candidates/${candidate.id}`, { as: PES })).status).toBe(200);
    warn.mockRestore();
  });
});
