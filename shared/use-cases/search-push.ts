import type { CandidateProfile } from '../domain/candidate.js';
import type { CandidateSearch, SearchWrite } from '../ports/candidate-search.js';
import { toCandidateDocument } from '../search/candidate-document.js';

/**
 * Writes a privacy change (a consent withdrawal, an erasure) to the search index directly, as
 * well as through the table's stream, so it takes effect at once even where the stream lags
 * (in AWS, seconds). External versioning makes the second write of the same version stale and
 * harmless. Best effort: if the engine is down the stream still delivers the change, so a
 * failure here is logged, never thrown.
 */
export async function pushToSearch(search: CandidateSearch, write: SearchWrite): Promise<void> {
  try {
    const [outcome] = await search.write([write]);
    if (outcome?.status === 'failed') logPushFailure(outcome.reason);
  } catch (error) {
    logPushFailure(error instanceof Error ? error.name : 'unknown');
  }
}

export const upsertWrite = (profile: CandidateProfile): SearchWrite => ({
  op: 'upsert',
  document: toCandidateDocument(profile),
});

/** The removal the stream would derive from the store's tombstone: the version after the profile's. */
export const eraseWrite = (profile: CandidateProfile): SearchWrite => ({
  op: 'delete',
  id: profile.id,
  version: profile.version + 1,
});

function logPushFailure(reason: string) {
  console.warn(
    JSON.stringify({ level: 'warn', message: 'search push failed; the stream will apply it', reason }),
  );
}
