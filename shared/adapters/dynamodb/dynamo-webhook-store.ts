import { GetCommand, PutCommand, QueryCommand, UpdateCommand } from '@aws-sdk/lib-dynamodb';
import type {
  DeliveryAttempt,
  DeliveryStatus,
  WebhookDelivery,
  WebhookOwner,
  WebhookStore,
} from '../../ports/webhook-store.js';
import { unlessConditionFails } from './conditional.js';
import { DynamoWebhookSubscriptions, ownerKey, pick } from './dynamo-webhook-subscriptions.js';

/**
 * Webhooks in the single table:
 * - subscriptions: see dynamo-webhook-subscriptions.ts (the secret encrypted with a SecretCipher);
 * - delivery `PK=WHD#{id}`, `SK=WHD`; GSI1 `ORG#{role}:{org}#WHD` (the owner's list, newest first);
 *   while pending, GSI2 `WHD#DUE` / `{nextAttemptAt}#{id}`: the outbox the dispatcher reads;
 * - feed consumer cursor `PK=FEEDCONSUMER#{name}`, `SK=CURSOR`.
 */
const deliveryKey = (id: string) => ({ PK: `WHD#${id}`, SK: 'WHD' });
const DUE = 'WHD#DUE';
const HISTORY = 10;

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

export class DynamoWebhookStore extends DynamoWebhookSubscriptions implements WebhookStore {
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
}
