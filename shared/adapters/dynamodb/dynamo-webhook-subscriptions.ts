import {
  DeleteCommand,
  type DynamoDBDocumentClient,
  GetCommand,
  PutCommand,
  QueryCommand,
} from '@aws-sdk/lib-dynamodb';
import type { SecretCipher } from '../../ports/secret-cipher.js';
import type {
  StoredSubscription,
  SubscriptionKind,
  WebhookOwner,
  WebhookSubscription,
} from '../../ports/webhook-store.js';
import { unlessConditionFails } from './conditional.js';

/**
 * Webhook subscriptions in the single table: `PK=WHSUB#{id}`, `SK=SUB`; GSI1
 * `ORG#{role}:{org}#WHSUB` (the owner's list), GSI2 `WHSUB#{kind}` (the notifier's list). The
 * signing secret is stored only encrypted (`secretCiphertext`, bound to the subscription id) and
 * decrypted only where a delivery is signed (`getSubscription`); lists never decrypt it.
 */
export const subKey = (id: string) => ({ PK: `WHSUB#${id}`, SK: 'SUB' });
/** The tenant of a webhook: role and organisation (org ids are not unique across roles). */
export const ownerKey = (role: string, org: string) => `${role}:${org}`;
/** The KMS encryption context of a secret (infra/stacks/stateless-stack.ts grants under it). */
export const secretContext = (id: string) => ({ purpose: 'webhook-signing-secret', subscription: id });

const SUB_FIELDS = ['id', 'ownerRole', 'ownerOrg', 'kind', 'url', 'vacancyId', 'minScore', 'createdAt'];

export function pick<T>(item: Record<string, unknown>, fields: readonly string[]): T {
  const out: Record<string, unknown> = {};
  for (const f of fields) if (item[f] !== undefined) out[f] = item[f];
  return out as T;
}

export class DynamoWebhookSubscriptions {
  constructor(
    protected readonly db: DynamoDBDocumentClient,
    protected readonly tableName: string,
    private readonly cipher: SecretCipher,
  ) {}

  async createSubscription(s: WebhookSubscription): Promise<void> {
    const { secret, ...rest } = s;
    await this.db.send(
      new PutCommand({
        TableName: this.tableName,
        Item: {
          ...subKey(s.id),
          entity: 'webhook-subscription',
          ...rest,
          secretCiphertext: await this.cipher.encrypt(secret, secretContext(s.id)),
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
    if (!Item) return undefined;
    const secret = await this.cipher.decrypt(String(Item.secretCiphertext), secretContext(id));
    return { ...pick<StoredSubscription>(Item, SUB_FIELDS), secret };
  }

  async listSubscriptions(owner: WebhookOwner): Promise<StoredSubscription[]> {
    return (await this.queryAll('GSI1', 'GSI1PK', `ORG#${ownerKey(owner.role, owner.org)}#WHSUB`)).map((i) =>
      pick<StoredSubscription>(i, SUB_FIELDS),
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

  async subscriptionsOfKind(kind: SubscriptionKind): Promise<StoredSubscription[]> {
    return (await this.queryAll('GSI2', 'GSI2PK', `WHSUB#${kind}`)).map((i) =>
      pick<StoredSubscription>(i, SUB_FIELDS),
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
