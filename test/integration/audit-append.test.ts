import { GetItemCommand, ThrottlingException } from '@aws-sdk/client-dynamodb';
import { PutCommand } from '@aws-sdk/lib-dynamodb';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { DynamoAuditLog } from '../../shared/adapters/dynamodb/dynamo-audit-log.js';
import { documentClient } from '../../shared/adapters/dynamodb/table.js';
import type { AuditRecord } from '../../shared/ports/audit-log.js';
import { auditRecord, callerActor } from '../../shared/use-cases/audit-trail.js';
import { validCandidate } from '../fixtures/api-bodies.js';
import { type Harness, startHarness, VDAB } from '../support/api-harness.js';

/**
 * The audit append as the low-level PutItem (marshalled once, sent through the same client):
 * it stores exactly the item the document client stored, keeps the append-only condition, and
 * a profile read whose audit record cannot be written does not hand the profile out.
 */

let h: Harness;
beforeAll(async () => {
  h = await startHarness({ rateLimit: false });
});
afterAll(async () => h.close());

const actor = callerActor({ role: 'pes', org: 'VDAB', subject: 'user:1', scopes: [] });
const rawItem = async (record: AuditRecord) =>
  (
    await h.dynamo.client.send(
      new GetItemCommand({
        TableName: h.dynamo.tableName,
        Key: { PK: { S: `AUDIT#${record.subject.id}` }, SK: { S: `${record.at}#${record.id}` } },
        ConsistentRead: true,
      }),
    )
  ).Item;

describe('audit append', () => {
  it('stores attribute for attribute what the document client stored, optional members and all', async () => {
    const full = auditRecord(
      h.deps.clock,
      actor,
      'match.ranked',
      { kind: 'vacancy', id: 'vac_1', owner: 'emp-x' },
      {
        ring: 2,
        exclusions: { 'WHO-01': 3 },
        candidateIds: ['cand_a', 'cand_b'],
        decisions: [{ ruleId: 'R1', ruleVersion: '1', outcome: 'pass', severity: 'info', inputsDigest: 'd' }],
        pairs: [{ candidateId: 'cand_a', blocked: false, decisionsDigest: 'x' }],
        outcome: undefined,
      },
    );
    const twin = { ...full, id: `${full.id}-twin` };

    await h.deps.audit.append([full]);
    // The way it was written before: the document client's PutCommand.
    await documentClient(h.dynamo.client).send(
      new PutCommand({
        TableName: h.dynamo.tableName,
        Item: DynamoAuditLog.item(twin),
        ConditionExpression: 'attribute_not_exists(PK)',
      }),
    );

    const [mine, theirs] = await Promise.all([rawItem(full), rawItem(twin)]);
    expect(mine).toBeDefined();
    const withoutId = (item: typeof mine) => {
      const { SK, GSI1SK, GSI2SK, record, ...rest } = item ?? {};
      const { id, ...members } = record?.M ?? {};
      return { ...rest, record: members };
    };
    expect(withoutId(mine)).toEqual(withoutId(theirs));
    expect(mine?.record?.M).not.toHaveProperty('outcome');

    const page = await h.deps.audit.query({
      subject: 'vac_1',
      from: '2026-03-01T00:00:00Z',
      to: '2026-03-03T00:00:00Z',
      limit: 10,
    });
    const { outcome: _, ...expected } = full;
    expect(page.items).toContainEqual(expected);
  });

  it('stays append-only: the same record id is refused the second time, the first one kept', async () => {
    const record = auditRecord(h.deps.clock, actor, 'candidate.read', {
      kind: 'candidate',
      id: 'cand_111111111111111111111111',
      owner: 'VDAB',
    });
    await h.deps.audit.append([record]);
    await expect(h.deps.audit.append([{ ...record, outcome: 'rewritten' }])).rejects.toMatchObject({
      name: 'ConditionalCheckFailedException',
    });
    expect((await rawItem(record))?.record?.M).not.toHaveProperty('outcome');
  });

  it('a profile read whose audit record cannot be written is a 503: the profile never leaves unrecorded', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const put = await h.call('PUT', '/v1/candidates/by-external-id/AUDIT-APPEND-1', {
      as: VDAB,
      body: validCandidate(),
    });
    const { candidate } = (await put.json()) as { candidate: { id: string } };
    let refused = 0;
    h.dynamo.client.middlewareStack.add(
      (next, context) => async (args) => {
        const item = (args.input as { Item?: { PK?: { S?: string } } }).Item;
        if (context.commandName === 'PutItemCommand' && item?.PK?.S === `AUDIT#${candidate.id}`) {
          refused++;
          throw new ThrottlingException({ message: 'injected', $metadata: { httpStatusCode: 400 } });
        }
        return next(args);
      },
      { step: 'deserialize', name: 'refuseAudit', priority: 'high' },
    );
    try {
      const res = await h.call('GET', `/v1/candidates/${candidate.id}`, { as: VDAB });
      expect(res.status).toBe(503);
      const body = await res.text();
      expect(body).not.toContain('Youssef');
      expect(refused).toBe(3); // the SDK's three attempts
    } finally {
      h.dynamo.client.middlewareStack.remove('refuseAudit');
      warn.mockRestore();
    }
    expect((await h.call('GET', `/v1/candidates/${candidate.id}`, { as: VDAB })).status).toBe(200);
  });
});
