import type { Client } from '@opensearch-project/opensearch';
import { describe, expect, it } from 'vitest';
import { OpenSearchCandidateSearch } from '../../../shared/adapters/opensearch/opensearch-candidate-search.js';
import { toCandidateDocument } from '../../../shared/search/candidate-document.js';
import { candidateProfile } from './candidate-profiles.js';

/** A client whose `_bulk` answers each operation with the next canned item. */
function fakeClient(items: object[]) {
  const requests: { body: object[]; require_alias?: boolean; refresh?: unknown }[] = [];
  const client = {
    bulk: async (request: { body: object[] }) => {
      requests.push(request);
      return {
        body: {
          errors: true,
          items: items.splice(0, request.body.filter((o) => 'index' in o || 'delete' in o).length),
        },
      };
    },
  };
  return { client: client as unknown as Client, requests };
}

describe('OpenSearchCandidateSearch.write', () => {
  it('keeps one outcome per write, in order, sending only the valid ones', async () => {
    const a = toCandidateDocument(candidateProfile('A'));
    const b = toCandidateDocument(candidateProfile('B'));
    const { client, requests } = fakeClient([
      { index: { status: 201, result: 'created' } },
      { delete: { status: 409, error: { type: 'version_conflict_engine_exception' } } },
      { index: { status: 400, error: { type: 'mapper_parsing_exception', reason: 'bad ring' } } },
    ]);
    const search = new OpenSearchCandidateSearch(client, 'candidates', { refresh: 'wait_for' });
    const outcomes = await search.write([
      { op: 'upsert', document: a },
      { op: 'delete', id: 'x', version: -1 },
      { op: 'delete', id: 'y', version: 2 },
      { op: 'upsert', document: b },
    ]);
    expect(outcomes).toEqual([
      { id: a.id, status: 'applied' },
      { id: 'x', status: 'failed', reason: 'version must be a non-negative integer', retryable: false },
      { id: 'y', status: 'stale' },
      { id: b.id, status: 'failed', reason: 'mapper_parsing_exception: bad ring', retryable: false },
    ]);
    expect(requests).toHaveLength(1);
    expect(requests[0]).toMatchObject({ require_alias: true, refresh: 'wait_for' });
  });

  it('sends nothing when there is nothing valid to send', async () => {
    const { client, requests } = fakeClient([]);
    const outcomes = await new OpenSearchCandidateSearch(client, 'candidates').write([
      { op: 'delete', id: '', version: 1 },
    ]);
    expect(outcomes).toMatchObject([{ status: 'failed', retryable: false }]);
    expect(requests).toHaveLength(0);
  });
});
