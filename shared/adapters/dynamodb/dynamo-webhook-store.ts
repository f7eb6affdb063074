import {
  DeleteCommand,
  type DynamoDBDocumentClient,
  GetCommand,
  PutCommand,
  QueryCommand,
  UpdateCommand,
} from '@aws-sdk/lib-dynamodb';
import type {
  DeliveryAttempt,
  DeliveryStatus,
  SubscriptionKind,
  WebhookDelivery,
  WebhookOwner,
  WebhookStore,
  WebhookSubscription,
} from '../../ports/webhook-store.js';
import { unlessConditionFails } from './conditional.js';

/**
 * Webhooks in the single table:
 * - subscription `PK=WHSUB#{id}`, `SK=SUB`; GSI1 `ORG#{role}:{org}#WHSUB` (the owner's list),
 *   GSI2 `WHSUB#{kind}` (the notifier's list);
 * - delivery `PK=WHD#{id}`, `SK=WHD`; GSI1 `ORG#{role}:{org}#WHD` (the owner's list, newest first);
 *   while pending, GSI2 `WHD#DUE` / `{nextAttemptAt}#{id}`: the outbox the dispatcher reads;
 * - feed consumer cursor `PK=FEEDCONSUMER#{name}`, `SK=CURSOR`.
 */
const subKey = (id: string) => ({ PK: `WHSUB#${id}`, SK: 'SUB' });
const deliveryKey = (id: string) => ({ PK: `WHD#${id}`, SK: 'WHD' });
const DUE = 'WHD#DUE';
/** The tenant of a webhook: role and organisation (org ids are not unique across roles). */
const ownerKey = (role: string, org: string) => `${role}:${org}`;
const HISTORY = 10;

const SUB_FIELDS = [
  'id',
  'ownerRole',
  'ownerOrg',
  'kind',
  'url',
  'secret',
  'vacancyId',
  'minScore',
  'createdAt',
];
const DELIVERY_FIELDS = [
  'id',
  'subscriptionId',
  'ownerRole',
  'ownerOrg',
  'event',
  'body',
  'status',
  'attempts',
  'nextAttemptAt',
  'createdAt',
  'deliveredAt',
  'replays',
  'history',
];

function pick<T>(item: Record<string, unknown>, fields: readonly string[]): T {
  const out: Record<string, unknown> = {};
  for (const f of fields) if (item[f] !== undefined) out[f] = item[f];
  return out as T;
}

export class DynamoWebhookStore implements WebhookStore {
  constructor(
    private readonly db: DynamoDBDocumentClient,
    private readonly tableName: string,
  ) {}

  // ── Subscriptions ──────────────────────────────────────────────────────────

  async createSubscription(s: WebhookSubscription): Promise<void> {
    await this.db.send(
      new PutCommand({
        TableName: this.tableName,
        Item: {
          ...subKey(s.id),
          entity: 'webhook-subscription',
          ...s,
          GSI1PK: `ORG#${ownerKey(s.ownerRole, s.ownerOrg)}#WHSUB`,
          GSI1SK: `${s.createdAt}#${s.id}`,
          GSI2PK: `WHSUB#${s.kind}`,
          GSI2SK: s.id,
        },
        ConditionExpression: 'attribute_not_exists(PK)',
      }),
    );
  }

  async getSubscription(id: string): Promise<WebhookSubscription | undefined> {
    const { Item } = await this.db.send(
      new GetCommand({ TableName: this.tableName, Key: subKey(id), ConsistentRead: true }),
    );
    return Item ? pick<WebhookSubscription>(Item, SUB_FIELDS) : undefined;
  }

  async listSubscriptions(owner: WebhookOwner): Promise<WebhookSubscription[]> {
    return (await this.queryAll('GSI1', 'GSI1PK', `ORG#${ownerKey(owner.role, owner.org)}#WHSUB`)).map((i) =>
      pick<WebhookSubscription>(i, SUB_FIELDS),
    );
  }

  async deleteSubscription(owner: WebhookOwner, id: string): Promise<boolean> {
    const deleted = await unlessConditionFails(
      this.db.send(
        new DeleteCommand({
          TableName: this.tableName,
          Key: subKey(id),
          ConditionExpression: 'ownerOrg = :org AND ownerRole = :role',
          ExpressionAttributeValues: { ':org': owner.org, ':role': owner.role },
        }),
      ),
    );
    return deleted !== undefined;
  }

  async subscriptionsOfKind(kind: SubscriptionKind): Promise<WebhookSubscription[]> {
    return (await this.queryAll('GSI2', 'GSI2PK', `WHSUB#${kind}`)).map((i) =>
      pick<WebhookSubscription>(i, SUB_FIELDS),
    );
  }

  // ── Deliveries ─────────────────────────────────────────────────────────────

  async enqueue(d: WebhookDelivery): Promise<boolean> {
    const written = await unlessConditionFails(
      this.db.send(
        new PutCommand({
          TableName: this.tableName,
          Item: {
            ...deliveryKey(d.id),
            entity: 'webhook-delivery',
            ...d,
            GSI1PK: `ORG#${ownerKey(d.ownerRole, d.ownerOrg)}#WHD`,
            GSI1SK: `${d.createdAt}#${d.id}`,
            ...(d.status === 'pending' ? { GSI2PK: DUE, GSI2SK: `${d.nextAttemptAt}#${d.id}` } : {}),
          },
          ConditionExpression: 'attribute_not_exists(PK)',
        }),
      ),
    );
    return written !== undefined;
  }

  async getDelivery(id: string): Promise<WebhookDelivery | undefined> {
    const { Item } = await this.db.send(
      new GetCommand({ TableName: this.tableName, Key: deliveryKey(id), ConsistentRead: true }),
    );
    return Item ? pick<WebhookDelivery>(Item, DELIVERY_FIELDS) : undefined;
  }

  async listDeliveries(owner: WebhookOwner, limit: number): Promise<WebhookDelivery[]> {
    const result = await this.db.send(
      new QueryCommand({
        TableName: this.tableName,
        IndexName: 'GSI1',
        KeyConditionExpression: 'GSI1PK = :pk',
        ExpressionAttributeValues: { ':pk': `ORG#${ownerKey(owner.role, owner.org)}#WHD` },
        ScanIndexForward: false,
        Limit: limit,
      }),
    );
    return (result.Items ?? []).map((i) => pick<WebhookDelivery>(i, DELIVERY_FIELDS));
  }

  async due(now: Date, limit: number): Promise<WebhookDelivery[]> {
    const result = await this.db.send(
      new QueryCommand({
        TableName: this.tableName,
        IndexName: 'GSI2',
        KeyConditionExpression: 'GSI2PK = :pk AND GSI2SK <= :now',
        ExpressionAttributeValues: { ':pk': DUE, ':now': `${now.toISOString()}#~` },
        Limit: limit,
      }),
    );
    return (result.Items ?? []).map((i) => pick<WebhookDelivery>(i, DELIVERY_FIELDS));
  }

  async claim(id: string, owner: string, now: Date, leaseMs: number): Promise<WebhookDelivery | undefined> {
    const result = await unlessConditionFails(
      this.db.send(
        new UpdateCommand({
          TableName: this.tableName,
          Key: deliveryKey(id),
          UpdateExpression: 'SET claimOwner = :me, claimUntil = :until',
          ConditionExpression:
            '#status = :pending AND nextAttemptAt <= :now AND (attribute_not_exists(claimUntil) OR claimUntil < :nowMs)',
          ExpressionAttributeNames: { '#status': 'status' },
          ExpressionAttributeValues: {
            ':me': owner,
            ':until': now.getTime() + leaseMs,
            ':pending': 'pending',
            ':now': now.toISOString(),
            ':nowMs': now.getTime(),
          },
          ReturnValues: 'ALL_NEW',
        }),
      ),
    );
    return result?.Attributes ? pick<WebhookDelivery>(result.Attributes, DELIVERY_FIELDS) : undefined;
  }

  async settle(
    id: string,
    owner: string,
    outcome: {
      status: DeliveryStatus;
      attempt: DeliveryAttempt;
      nextAttemptAt?: string | undefined;
      deliveredAt?: string | undefined;
    },
  ): Promise<void> {
    const current = await this.getDelivery(id);
    if (!current) return;
    const history = [...current.history, outcome.attempt].slice(-HISTORY);
    const pending = outcome.status === 'pending';
    // A refused condition means the claim lapsed and another dispatcher took over; its outcome stands.
    await unlessConditionFails(
      this.db.send(
        new UpdateCommand({
          TableName: this.tableName,
          Key: deliveryKey(id),
          UpdateExpression: [
            'SET #status = :status, attempts = attempts + :one, history = :history',
            pending ? ', nextAttemptAt = :next, GSI2PK = :due, GSI2SK = :dueKey' : '',
            outcome.deliveredAt ? ', deliveredAt = :deliveredAt' : '',
            ' REMOVE claimOwner, claimUntil',
            pending ? '' : ', nextAttemptAt, GSI2PK, GSI2SK',
          ].join(''),
          ConditionExpression: 'claimOwner = :me',
          ExpressionAttributeNames: { '#status': 'status' },
          ExpressionAttributeValues: {
            ':status': outcome.status,
            ':one': 1,
            ':history': history,
            ':me': owner,
            ...(pending
              ? { ':next': outcome.nextAttemptAt, ':due': DUE, ':dueKey': `${outcome.nextAttemptAt}#${id}` }
              : {}),
            ...(outcome.deliveredAt ? { ':deliveredAt': outcome.deliveredAt } : {}),
          },
        }),
      ),
    );
  }

  async replay(id: string, now: Date): Promise<WebhookDelivery | undefined> {
    const at = now.toISOString();
    const result = await unlessConditionFails(
      this.db.send(
        new UpdateCommand({
          TableName: this.tableName,
          Key: deliveryKey(id),
          UpdateExpression:
            'SET #status = :pending, nextAttemptAt = :now, GSI2PK = :due, GSI2SK = :dueKey, replays = replays + :one REMOVE claimOwner, claimUntil',
          ConditionExpression: 'attribute_exists(PK)',
          ExpressionAttributeNames: { '#status': 'status' },
          ExpressionAttributeValues: {
            ':pending': 'pending',
            ':now': at,
            ':due': DUE,
            ':dueKey': `${at}#${id}`,
            ':one': 1,
          },
          ReturnValues: 'ALL_NEW',
        }),
      ),
    );
    return result?.Attributes ? pick<WebhookDelivery>(result.Attributes, DELIVERY_FIELDS) : undefined;
  }

  // ── Feed consumer cursors ──────────────────────────────────────────────────

  async getCursor(consumer: string): Promise<string | undefined> {
    const { Item } = await this.db.send(
      new GetCommand({
        TableName: this.tableName,
        Key: { PK: `FEEDCONSUMER#${consumer}`, SK: 'CURSOR' },
        ConsistentRead: true,
      }),
    );
    return Item?.cursor as string | undefined;
  }

  async setCursor(consumer: string, cursor: string): Promise<void> {
    await this.db.send(
      new PutCommand({
        TableName: this.tableName,
        Item: { PK: `FEEDCONSUMER#${consumer}`, SK: 'CURSOR', entity: 'feed-consumer', cursor },
      }),
    );
  }

  private async queryAll(index: 'GSI1' | 'GSI2', attribute: string, value: string) {
    const items: Record<string, unknown>[] = [];
    let startKey: Record<string, unknown> | undefined;
    do {
      const result = await this.db.send(
        new QueryCommand({
          TableName: this.tableName,
          IndexName: index,
          KeyConditionExpression: `${attribute} = :pk`,
          ExpressionAttributeValues: { ':pk': value },
          ExclusiveStartKey: startKey,
        }),
      );
      items.push(...(result.Items ?? []));
      startKey = result.LastEvaluatedKey;
    } while (startKey);
    return items;
  }
}
