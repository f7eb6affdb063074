import { unmarshall } from '@aws-sdk/util-dynamodb';
import type { DynamoDBRecord } from 'aws-lambda';
import type { CandidateProfile } from '../../domain/candidate.js';
import type { SearchWrite } from '../../ports/candidate-search.js';
import type { IndexChange } from '../../ports/change-stream.js';
import { toCandidateDocument } from '../../search/candidate-document.js';
import { withRecord } from './attribute-values.js';
import { CANDIDATE_TOMBSTONE } from './entities.js';

type Image = NonNullable<NonNullable<DynamoDBRecord['dynamodb']>['NewImage']>;

function read(image: Image | undefined): Record<string, unknown> | undefined {
  return image ? withRecord(unmarshall(image as Parameters<typeof unmarshall>[0])) : undefined;
}

/**
 * Turns one stream record into a search write, or undefined when the record is not about a
 * candidate. A removal is written as version old+1, so it wins over the last upsert but loses
 * to any later re-creation.
 */
export function toSearchWrite(record: DynamoDBRecord): SearchWrite | undefined {
  const change = record.dynamodb;
  const newItem = read(change?.NewImage);
  const oldItem = read(change?.OldImage);
  const item = newItem ?? oldItem;
  if (!item || (item.entity !== 'candidate' && item.entity !== CANDIDATE_TOMBSTONE)) return undefined;
  // An erasure replaces the profile with a tombstone that already carries the next version.
  if (newItem?.entity === CANDIDATE_TOMBSTONE) {
    const erased = newItem.record as { id: string; version: number };
    return { op: 'delete', id: erased.id, version: erased.version };
  }
  if (record.eventName === 'REMOVE' || !newItem) {
    if (oldItem?.entity !== 'candidate') return undefined;
    const profile = oldItem.record as CandidateProfile;
    return { op: 'delete', id: profile.id, version: profile.version + 1 };
  }
  return { op: 'upsert', document: toCandidateDocument(newItem.record as CandidateProfile) };
}

/** Where a record sits in its shard: the identifier Lambda's ReportBatchItemFailures takes. */
export function streamPosition(record: DynamoDBRecord): string {
  return record.dynamodb?.SequenceNumber ?? record.eventID ?? '';
}

/** The candidate changes among stream records, in stream order; other entities are skipped. */
export function toIndexChanges(records: readonly DynamoDBRecord[]): IndexChange[] {
  const changes: IndexChange[] = [];
  for (const record of records) {
    const write = toSearchWrite(record);
    if (write) changes.push({ position: streamPosition(record), write });
  }
  return changes;
}
