import 'aws-sdk-client-mock-vitest/extend';
import {
  DynamoDBClient,
  ProvisionedThroughputExceededException,
  ThrottlingException,
} from '@aws-sdk/client-dynamodb';
import { BatchGetCommand, DeleteCommand, DynamoDBDocumentClient, PutCommand } from '@aws-sdk/lib-dynamodb';
import { mockClient } from 'aws-sdk-client-mock';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { DynamoCandidateStore } from '../../shared/adapters/dynamodb/dynamo-candidate-store.js';
import { fixedClock } from '../../shared/ports/clock.js';
import { validCandidate } from '../fixtures/api-bodies.js';
import { type Harness, startHarness } from '../support/api-harness.js';
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
const throttled = () =>
  new ProvisionedThroughputExceededException({ message: 'Rate of requests exceeds capacity', $metadata: {} });

describe('candidate store under DynamoDB partial failures (mocked client, exact commands)', () => {
  const doc = DynamoDBDocumentClient.from(
    new DynamoDBClient({ region: 'local', credentials: { accessKeyId: 'x', secretAccessKey: 'x' } }),
  );
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

  it('a bulk write with one throttled item rejects, and keeps the announcement of every write', async () => {
    // The intent goes first; then each item is written conditionally; the second is throttled.
    ddb.on(PutCommand, { Item: { entity: 'feed-intent' } }).resolves({});
    ddb.on(PutCommand, { Item: { entity: 'candidate' } }).resolves({});
    ddb.on(PutCommand, { Item: { PK: `CAND#${b.id}` } }).rejects(throttled());

    const writes = [a, b, c].map((profile) => ({ profile, expectedVersion: null }));
    await expect(store.putMany(writes, { concurrency: 1 })).rejects.toBeInstanceOf(
      ProvisionedThroughputExceededException,
    );

    // One intent naming all three, then a, then b (throttled): the caller learns of the failure
    // at b, and c is not attempted behind its back.
    expect(ddb).toHaveReceivedCommandTimes(PutCommand, 3);
    expect(ddb).toHaveReceivedNthCommandWith(PutCommand, 1, {
      TableName: TABLE,
      Item: expect.objectContaining({
        entity: 'feed-intent',
        refs: [a, b, c].map((p) => ({ t: 'candidate', id: p.id, v: 1 })),
      }),
    });
    expect(ddb).toHaveReceivedNthCommandWith(PutCommand, 2, {
      TableName: TABLE,
      Item: expect.objectContaining({ PK: `CAND#${a.id}`, entity: 'candidate', version: 1 }),
      ConditionExpression: 'attribute_not_exists(PK) OR entity = :tombstone',
    });
    expect(ddb).toHaveReceivedNthCommandWith(PutCommand, 3, {
      Item: expect.objectContaining({ PK: `CAND#${b.id}` }),
    });
    // The announcement is not withdrawn: a was written, and b may have been (a throttled request
    // proves nothing), so the change feed's sequencer checks each announced version itself.
    expect(ddb).not.toHaveReceivedCommand(DeleteCommand);
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
  const { Item, Key } = input as {
    Item?: Record<string, { S?: string }>;
    Key?: Record<string, { S?: string }>;
  };
  return Item?.entity?.S ?? Key?.PK?.S?.split('#')[0] ?? '';
}

const isCandidatePut: Predicate = (command, input) =>
  command === 'PutItemCommand' &&
  (input as { Item?: { entity?: { S?: string } } }).Item?.entity?.S === 'candidate';
const isCandidateGet: Predicate = (command, input) =>
  command === 'GetItemCommand' && describeItem(input) === 'CAND';
const candidateAttempts = (attempts: readonly string[]) =>
  attempts.filter((a) => a.includes('(candidate)') || a.includes('(CAND)') || a.includes('(feed-intent)'));

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
    expect(candidateAttempts(faults.attempts)).toEqual([
      'GetItemCommand(CAND)', // the current profile (none)
      'PutItemCommand(feed-intent)', // the change-feed announcement
      'PutItemCommand(candidate) throttled',
      'PutItemCommand(candidate) throttled',
      'PutItemCommand(candidate)', // the SDK's third attempt gets through
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
    expect(faults.attempts.filter((a) => a === 'PutItemCommand(candidate) throttled')).toHaveLength(3);
    expect(faults.attempts).not.toContain('PutItemCommand(candidate)');
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
