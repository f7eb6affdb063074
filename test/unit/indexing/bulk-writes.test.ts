import { describe, expect, it } from 'vitest';
import {
  bulkOperations,
  invalidWrite,
  itemOutcome,
} from '../../../shared/adapters/opensearch/bulk-writes.js';
import type { SearchWrite } from '../../../shared/ports/candidate-search.js';
import { toCandidateDocument } from '../../../shared/search/candidate-document.js';
import { candidateProfile } from './candidate-profiles.js';

const document = toCandidateDocument(candidateProfile('MA-1', { version: 3 }));

describe('bulk operations', () => {
  it('indexes upserts and deletes with external versions', () => {
    const writes: SearchWrite[] = [
      { op: 'upsert', document },
      { op: 'delete', id: 'cand_x', version: 7 },
    ];
    expect(bulkOperations(writes, 'candidates')).toEqual([
      { index: { _index: 'candidates', _id: document.id, version: 3, version_type: 'external' } },
      document,
      { delete: { _index: 'candidates', _id: 'cand_x', version: 7, version_type: 'external' } },
    ]);
  });

  it('refuses writes OpenSearch cannot version', () => {
    expect(invalidWrite({ op: 'delete', id: '', version: 1 })).toMatch(/id/);
    expect(invalidWrite({ op: 'delete', id: 'a', version: -1 })).toMatch(/version/);
    expect(invalidWrite({ op: 'delete', id: 'a', version: 1.5 })).toMatch(/version/);
    expect(invalidWrite({ op: 'upsert', document: { ...document, version: 2 ** 53 } })).toMatch(/version/);
    expect(invalidWrite({ op: 'upsert', document })).toBeUndefined();
  });
});

describe('bulk item outcomes', () => {
  it.each([
    ['created', { status: 201, result: 'created' }, { status: 'applied' }],
    ['updated', { status: 200, result: 'updated' }, { status: 'applied' }],
    ['deleted', { status: 200, result: 'deleted' }, { status: 'applied' }],
    ['delete of a missing document', { status: 404, result: 'not_found' }, { status: 'applied' }],
    [
      'version conflict',
      {
        status: 409,
        error: { type: 'version_conflict_engine_exception', reason: 'current version [4] is higher' },
      },
      { status: 'stale' },
    ],
  ])('%s', (_name, item, expected) => {
    expect(itemOutcome('c1', item)).toEqual({ id: 'c1', ...expected });
  });

  it.each([
    ['mapping error', 400, 'mapper_parsing_exception', false],
    ['strict mapping', 400, 'strict_dynamic_mapping_exception', false],
    ['rejected execution', 429, 'es_rejected_execution_exception', true],
    ['unavailable shards', 503, 'unavailable_shards_exception', true],
    ['missing alias', 404, 'index_not_found_exception', true],
    ['read-only block', 403, 'cluster_block_exception', true],
  ])('%s fails, retryable %s', (_name, status, type, retryable) => {
    expect(itemOutcome('c1', { status, error: { type, reason: 'because' } })).toEqual({
      id: 'c1',
      status: 'failed',
      reason: `${type}: because`,
      retryable,
    });
  });

  it('a missing item is a retryable failure', () => {
    expect(itemOutcome('c1', undefined)).toMatchObject({ status: 'failed', retryable: true });
  });
});
