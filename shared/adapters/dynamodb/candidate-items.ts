import type { CandidateProfile } from '../../domain/candidate.js';
import { ttlEpochSeconds } from '../../privacy/retention.js';
import { recordText } from './attribute-values.js';
import { CANDIDATE_TOMBSTONE } from './entities.js';
import type { FeedRef } from './feed-outbox.js';

/** How a candidate profile and its tombstone are laid out in the single table (table.ts). */

export const candidateKey = (id: string) => ({ PK: `CAND#${id}`, SK: 'CAND' });

export const feedRef = (profile: { id: string; version: number }): FeedRef => ({
  t: 'candidate',
  id: profile.id,
  v: profile.version,
});

/**
 * Retention index on GSI2: every profile with a retention end sits in one of a few partitions,
 * sorted by that end, so the sweep finds the expired ones without a scan. Sharded so that bulk
 * uploads spread their index writes.
 */
export const RETENTION_SHARDS = 8;
export const retentionPartition = (shard: number) => `CAND#RETAIN#${shard}`;
const retentionShard = (id: string) => Number.parseInt(id.slice(-1), 16) % RETENTION_SHARDS || 0;

export function candidateItem(profile: CandidateProfile) {
  return {
    ...candidateKey(profile.id),
    entity: 'candidate',
    GSI1PK: `PES#${profile.pes}`,
    GSI1SK: profile.externalId,
    ...(profile.retainUntil !== undefined && {
      GSI2PK: retentionPartition(retentionShard(profile.id)),
      GSI2SK: `${profile.retainUntil}#${profile.id}`,
      // DynamoDB's TTL: the backstop that deletes the item if the sweep never runs.
      expiresAt: ttlEpochSeconds(profile.retainUntil),
    }),
    pes: profile.pes,
    version: profile.version,
    // JSON text, not a map: see attribute-values.ts.
    record: recordText(profile),
  };
}

/**
 * What stays of an erased profile: the id, the owning PES and the next version, so that the
 * change feed can announce the erasure and the search index applies it over the last upsert.
 */
export function tombstoneItem(profile: CandidateProfile, erasedAt: string) {
  const version = profile.version + 1;
  return {
    ...candidateKey(profile.id),
    entity: CANDIDATE_TOMBSTONE,
    pes: profile.pes,
    version,
    record: { id: profile.id, pes: profile.pes, version, erasedAt },
  };
}

/**
 * The condition of a write that expects `expectedVersion` (null: no profile yet). A new profile
 * may take the place of a tombstone: erasure does not reserve the id. The owning PES is part of
 * every condition, so one PES can never overwrite another's profile.
 */
export function versionCondition(expectedVersion: number | null, pes: string) {
  return expectedVersion === null
    ? {
        ConditionExpression: 'attribute_not_exists(PK) OR entity = :tombstone',
        ExpressionAttributeValues: { ':tombstone': CANDIDATE_TOMBSTONE },
      }
    : {
        ConditionExpression: '#version = :expected AND pes = :pes AND entity = :candidate',
        ExpressionAttributeNames: { '#version': 'version' },
        ExpressionAttributeValues: { ':expected': expectedVersion, ':pes': pes, ':candidate': 'candidate' },
      };
}
