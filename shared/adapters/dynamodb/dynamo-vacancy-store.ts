import { type DynamoDBDocumentClient, PutCommand, QueryCommand } from '@aws-sdk/lib-dynamodb';
import type { Vacancy } from '../../domain/vacancy.js';
import { ConflictError, PreconditionFailedError } from '../../errors.js';
import { type Clock, systemClock } from '../../ports/clock.js';
import type { Page, PageRequest } from '../../ports/page.js';
import type { VacancyStore } from '../../ports/vacancy-store.js';
import { type CoalescingReader, coalescingReader } from './coalescing-reader.js';
import { isConditionalCheckFailure } from './conditional.js';
import { decodeCursor, encodeCursor } from './cursor.js';
import { FeedOutbox, type IntentKey } from './feed-outbox.js';

const key = (id: string) => ({ PK: `VAC#${id}`, SK: 'VAC' });
/** GSI2 partition of open vacancies: sparse, since a closed vacancy is written without GSI2 keys. */
const OPEN_VACANCIES = 'VAC#OPEN';

/** Vacancies in the single table; the owner is checked on every read and in every write condition. */
export class DynamoVacancyStore implements VacancyStore {
  /** Every write is announced to the change feed first (see feed-outbox.ts). */
  private readonly outbox: FeedOutbox;
  /** Single-vacancy reads, coalesced per event-loop turn into BatchGetItem (coalescing-reader.ts). */
  private readonly reader: CoalescingReader;

  constructor(
    private readonly db: DynamoDBDocumentClient,
    private readonly tableName: string,
    options: { readonly clock?: Clock } = {},
  ) {
    this.outbox = new FeedOutbox(db, tableName, options.clock ?? systemClock);
    this.reader = coalescingReader(db, tableName);
  }

  private announce(vacancy: Vacancy): Promise<IntentKey> {
    return this.outbox.announce([{ t: 'vacancy', id: vacancy.id, v: vacancy.version }]);
  }

  private item(vacancy: Vacancy) {
    return {
      ...key(vacancy.id),
      entity: 'vacancy',
      GSI1PK: `ORG#${vacancy.ownerOrg}#VAC`,
      GSI1SK: `${vacancy.createdAt}#${vacancy.id}`,
      ...(vacancy.status === 'open' && {
        GSI2PK: OPEN_VACANCIES,
        GSI2SK: `${vacancy.createdAt}#${vacancy.id}`,
      }),
      ownerOrg: vacancy.ownerOrg,
      version: vacancy.version,
      record: vacancy,
    };
  }

  async create(vacancy: Vacancy): Promise<void> {
    const intent = await this.announce(vacancy);
    try {
      await this.db.send(
        new PutCommand({
          TableName: this.tableName,
          Item: this.item(vacancy),
          ConditionExpression: 'attribute_not_exists(PK)',
        }),
      );
    } catch (error) {
      // Only a refused condition proves nothing was written; after any other error it may have been.
      if (!isConditionalCheckFailure(error)) throw error;
      await this.outbox.settle(intent, []);
      throw new ConflictError(`Vacancy ${vacancy.id} already exists.`);
    }
  }

  async get(ownerOrg: string, id: string): Promise<Vacancy | undefined> {
    const vacancy = await this.getAnyOwner(id);
    return vacancy?.ownerOrg === ownerOrg ? vacancy : undefined;
  }

  async getAnyOwner(id: string): Promise<Vacancy | undefined> {
    const Item = await this.reader.get(key(id));
    return Item?.entity === 'vacancy' ? (Item.record as Vacancy) : undefined;
  }

  async replace(vacancy: Vacancy, expectedVersion: number): Promise<void> {
    const intent = await this.announce(vacancy);
    try {
      await this.db.send(
        new PutCommand({
          TableName: this.tableName,
          Item: this.item(vacancy),
          ConditionExpression: '#version = :expected AND ownerOrg = :owner',
          ExpressionAttributeNames: { '#version': 'version' },
          ExpressionAttributeValues: { ':expected': expectedVersion, ':owner': vacancy.ownerOrg },
        }),
      );
    } catch (error) {
      if (!isConditionalCheckFailure(error)) throw error;
      await this.outbox.settle(intent, []);
      throw new PreconditionFailedError(`Vacancy ${vacancy.id} changed since version ${expectedVersion}.`);
    }
  }

  async listByOwner(ownerOrg: string, page: PageRequest): Promise<Page<Vacancy>> {
    const result = await this.db.send(
      new QueryCommand({
        TableName: this.tableName,
        IndexName: 'GSI1',
        KeyConditionExpression: 'GSI1PK = :pk',
        ExpressionAttributeValues: { ':pk': `ORG#${ownerOrg}#VAC` },
        ScanIndexForward: false,
        Limit: page.limit,
        ExclusiveStartKey: decodeCursor(page.cursor, ['PK', 'SK', 'GSI1PK', 'GSI1SK']),
      }),
    );
    return {
      items: (result.Items ?? []).map((item) => item.record as Vacancy),
      nextCursor: encodeCursor(result.LastEvaluatedKey),
    };
  }

  async listOpen(page: PageRequest): Promise<Page<Vacancy>> {
    const result = await this.db.send(
      new QueryCommand({
        TableName: this.tableName,
        IndexName: 'GSI2',
        KeyConditionExpression: 'GSI2PK = :pk',
        ExpressionAttributeValues: { ':pk': OPEN_VACANCIES },
        ScanIndexForward: false,
        Limit: page.limit,
        ExclusiveStartKey: decodeCursor(page.cursor, ['PK', 'SK', 'GSI2PK', 'GSI2SK']),
      }),
    );
    return {
      items: (result.Items ?? []).map((item) => item.record as Vacancy),
      nextCursor: encodeCursor(result.LastEvaluatedKey),
    };
  }
}
