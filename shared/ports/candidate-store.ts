import type { CandidateProfile } from '../domain/candidate.js';
import type { AuditRecord } from './audit-log.js';
import type { Page, PageRequest } from './page.js';

export interface CandidateWrite {
  readonly profile: CandidateProfile;
  /** null: the profile must not exist yet (an erased profile's tombstone counts as absent). */
  readonly expectedVersion: number | null;
  /** Written together with the profile, or not at all: a change is never left unaudited. */
  readonly audit?: AuditRecord | undefined;
}

/** What is stored under each id: the live profile, or the version an erasure left. */
export interface StoredCandidates {
  readonly profiles: Map<string, CandidateProfile>;
  readonly erased: Map<string, number>;
}

export type CandidateWriteResult = { readonly status: 'written' } | { readonly status: 'conflict' };

/** A profile whose retention period has run out, as the retention sweep finds it. */
export interface ExpiredCandidate {
  readonly id: string;
  readonly pes: string;
  readonly retainUntil: string;
}

/**
 * Candidate profiles, owned by the PES that uploaded them. Calls that read or change one
 * profile carry the owning PES, checked by the adapter.
 */
export interface CandidateStore {
  get(pes: string, id: string): Promise<CandidateProfile | undefined>;
  /**
   * Writes the profile (and its audit record) if the stored version is `expectedVersion` (null:
   * must not exist yet), in one write call. Fails with PreconditionFailedError otherwise, so
   * concurrent upserts never lose a write.
   */
  put(profile: CandidateProfile, expectedVersion: number | null, audit?: AuditRecord): Promise<void>;
  /**
   * Bulk form of `put`: every write is still conditional on its own expected version (a bulk
   * upload must never overwrite a concurrent single upsert), many to a write call.
   * A refused condition is reported per write, never thrown.
   */
  putMany(writes: readonly CandidateWrite[]): Promise<CandidateWriteResult[]>;
  /** Profiles and erasure versions under these ids, of this PES, in one read per 100 ids. */
  lookup(pes: string, ids: readonly string[]): Promise<StoredCandidates>;
  /** Current profiles of the PES by id (missing, erased or another PES's ids are absent from the map). */
  getMany(pes: string, ids: readonly string[]): Promise<Map<string, CandidateProfile>>;
  /**
   * For ids whose profile was erased: the tombstone's version. A profile uploaded again after
   * an erasure continues above it, so the search index (which remembers the erasure's version)
   * takes the new profile instead of dropping it as stale.
   */
  erasedVersions(pes: string, ids: readonly string[]): Promise<Map<string, number>>;
  /**
   * Erases the profile: it is replaced by a tombstone without personal data (so the change feed
   * can announce the erasure); returns what was removed, or undefined if there was nothing.
   */
  delete(
    pes: string,
    id: string,
    options?: {
      /** Erase only if the current profile satisfies this (read again on every retry). */
      onlyIf?: (current: CandidateProfile) => boolean;
    },
  ): Promise<CandidateProfile | undefined>;
  /**
   * Profiles of every PES whose `retainUntil` is before `before`, oldest first, at most
   * `limit`. Only for the retention sweep, a system job acting for every service by rule.
   */
  listExpired(before: string, limit: number): Promise<ExpiredCandidate[]>;
  listByPes(pes: string, page: PageRequest): Promise<Page<CandidateProfile>>;
  /** Every profile, in pages, for reindexing. */
  scanAll(page: PageRequest): Promise<Page<CandidateProfile>>;
}
