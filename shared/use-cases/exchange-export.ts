import { type ExchangeCandidateRaw, toExchangeCandidate } from '../exchange/exchange-format.js';
import type { CandidateStore } from '../ports/candidate-store.js';
import type { Caller } from '../ports/identity.js';
import { requireRole } from './access.js';

export interface ExportDeps {
  readonly candidates: CandidateStore;
}

const PAGE = 100;

/**
 * Every profile the caller may export, one exchange line each, read page by page as the client
 * reads (nothing is collected). A PES exports its own profiles in full, in external-id order
 * (so the export of an imported export is the same file); the EU Talent Pool exports the
 * profiles of every PES whose candidate consents to matching, without identifying data.
 */
export async function* exportCandidates(
  deps: ExportDeps,
  caller: Caller,
): AsyncGenerator<ExchangeCandidateRaw> {
  requireRole(caller, 'pes', 'talent-pool');
  let cursor: string | undefined;
  do {
    const page =
      caller.role === 'pes'
        ? await deps.candidates.listByPes(caller.org, { limit: PAGE, cursor })
        : await deps.candidates.scanAll({ limit: PAGE, cursor });
    for (const profile of page.items) {
      if (caller.role === 'pes') yield toExchangeCandidate(profile, 'owner');
      else if (profile.consent.matching) yield toExchangeCandidate(profile, 'exchange');
    }
    cursor = page.nextCursor;
  } while (cursor);
}
