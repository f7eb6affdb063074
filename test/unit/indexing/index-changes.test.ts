import { describe, expect, it } from 'vitest';
import { DynamoCandidateStore } from '../../../shared/adapters/dynamodb/dynamo-candidate-store.js';
import { toIndexChanges } from '../../../shared/adapters/dynamodb/stream-decoder.js';
import { streamRecord } from '../../../shared/adapters/dynamodb/stream-record.js';
import { indexChanges } from '../../../shared/indexing/index-changes.js';
import type { CandidateSearch, SearchWrite } from '../../../shared/ports/candidate-search.js';
import type { IndexChange } from '../../../shared/ports/change-stream.js';
import { candidateProfile } from './candidate-profiles.js';

const at = new Date('2026-03-02T09:00:00Z');
const writeId = (w: SearchWrite) => (w.op === 'upsert' ? w.document.id : w.id);

/** A search engine that refuses the writes of the given ids, or is unreachable. */
function engine(refuse: ReadonlySet<string>, unreachable = false): CandidateSearch & { seen: string[] } {
  const seen: string[] = [];
  return {
    seen,
    async write(writes) {
      if (unreachable) throw new Error('connect ECONNREFUSED');
      return writes.map((w) => {
        const id = writeId(w);
        seen.push(id);
        return refuse.has(id)
          ? { id, status: 'failed', reason: 'mapper_parsing_exception', retryable: false }
          : { id, status: 'applied' };
      });
    },
    get: async () => undefined,
    count: async () => 0,
    ids: async () => [],
  };
}

describe('stream records decoded into index changes', () => {
  const a = candidateProfile('DEC-A', { version: 3 });
  const b = candidateProfile('DEC-B');
  const records = [
    streamRecord('t', { PK: `CAND#${a.id}`, SK: 'CAND' }, DynamoCandidateStore.item(a), undefined, at),
    streamRecord('t', { PK: 'VAC#v1', SK: 'VAC' }, { entity: 'vacancy', record: '{}' }, undefined, at),
    streamRecord('t', { PK: `CAND#${b.id}`, SK: 'CAND' }, undefined, DynamoCandidateStore.item(b), at),
  ];

  it('keeps the candidate changes in stream order, each at its sequence number', () => {
    const changes = toIndexChanges(records);
    expect(changes.map((c) => [c.position, c.write.op, writeId(c.write)])).toEqual([
      [records[0]?.dynamodb?.SequenceNumber, 'upsert', a.id],
      [records[2]?.dynamodb?.SequenceNumber, 'delete', b.id],
    ]);
    // A removal wins over the last upsert it removes, and loses to any later re-creation.
    expect(changes[1]?.write).toEqual({ op: 'delete', id: b.id, version: b.version + 1 });
  });
});

describe('indexChanges', () => {
  const change = (id: string, position: string): IndexChange => ({
    position,
    write: { op: 'delete', id, version: 2 },
  });
  const batch = [change('c-1', '100'), change('c-2', '101'), change('c-3', '102')];

  it('reports the positions of the refused writes only', async () => {
    const search = engine(new Set(['c-2']));
    expect(await indexChanges(batch, search)).toEqual({ failed: ['101'] });
    expect(search.seen).toEqual(['c-1', 'c-2', 'c-3']);
  });

  it('reports the whole batch when the engine is unreachable', async () => {
    expect(await indexChanges(batch, engine(new Set(), true))).toEqual({ failed: ['100', '101', '102'] });
  });

  it('asks nothing of the engine for an empty batch', async () => {
    const search = engine(new Set(), true);
    expect(await indexChanges([], search)).toEqual({ failed: [] });
  });
});
