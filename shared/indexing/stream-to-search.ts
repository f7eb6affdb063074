import { unmarshall } from '@aws-sdk/util-dynamodb';
import type { DynamoDBBatchResponse, DynamoDBRecord } from 'aws-lambda';
import { withRecord } from '../adapters/dynamodb/attribute-values.js';
import { CANDIDATE_TOMBSTONE } from '../adapters/dynamodb/entities.js';
import type { CandidateProfile } from '../domain/candidate.js';
import type { CandidateSearch, SearchWrite } from '../ports/candidate-search.js';
import { toCandidateDocument } from '../search/candidate-document.js';

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

/**
 * The indexer's work: apply a batch of stream records to the search engine and report only the
 * records that failed, so that Lambda retries those alone (ReportBatchItemFailures). A stale
 * write (the engine holds a newer version) is success: there is nothing left to do.
 */
export async function indexChanges(
  records: readonly DynamoDBRecord[],
  search: CandidateSearch,
): Promise<DynamoDBBatchResponse> {
  const writes: { record: DynamoDBRecord; write: SearchWrite }[] = [];
  for (const record of records) {
    const write = toSearchWrite(record);
    if (write) writes.push({ record, write });
  }
  if (writes.length === 0) return { batchItemFailures: [] };
  const failed = (record: DynamoDBRecord) => ({
    itemIdentifier: record.dynamodb?.SequenceNumber ?? record.eventID ?? '',
  });
  try {
    const outcomes = await search.write(writes.map((w) => w.write));
    return {
      batchItemFailures: outcomes.flatMap((outcome, i) => {
        const entry = writes[i];
        return outcome.status === 'failed' && entry ? [failed(entry.record)] : [];
      }),
    };
  } catch {
    // The engine is unreachable: every record in the batch is retried.
    return { batchItemFailures: writes.map((w) => failed(w.record)) };
  }
}
