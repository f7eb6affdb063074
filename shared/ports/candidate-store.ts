import type { CandidateProfile } from '../domain/candidate.js';
import type { Page, PageRequest } from './page.js';

/**
 * Candidate profiles, owned by the PES that uploaded them. Calls that read or change one
 * profile carry the owning PES, checked by the adapter.
 */
export interface CandidateStore {
  get(pes: string, id: string): Promise<CandidateProfile | undefined>;
  /**
   * Writes the profile if the stored version is `expectedVersion` (null: must not exist yet).
   * Fails with PreconditionFailedError otherwise, so concurrent upserts never lose a write.
   */
  put(profile: CandidateProfile, expectedVersion: number | null): Promise<void>;
  /** Removes the profile; returns what was removed, or undefined if there was nothing. */
  delete(pes: string, id: string): Promise<CandidateProfile | undefined>;
  listByPes(pes: string, page: PageRequest): Promise<Page<CandidateProfile>>;
  /** Every profile, in pages, for reindexing. */
  scanAll(page: PageRequest): Promise<Page<CandidateProfile>>;
}
