import { RINGS, type Ring } from '../../domain/geography.js';
import {
  assertValidRankRequest,
  conditionsByRule,
  type MatchEngine,
  type RankRequest,
  type RankResult,
  zeroExclusions,
} from '../../matching/match-engine.js';
import {
  compareStrings,
  factorValues,
  rankingScore,
  scoreCandidate,
  weightedSum,
} from '../../matching/score-model.js';
import { TopK } from '../../matching/top-k.js';
import type {
  CandidateFilter,
  CandidateSearch,
  SearchWrite,
  SearchWriteOutcome,
} from '../../ports/candidate-search.js';
import { satisfies } from '../../search/candidate-condition.js';
import type { CandidateDocument } from '../../search/candidate-document.js';
import { RingPartition } from './ring-partition.js';

/**
 * The in-process candidate search engine (`npm start`, tests, small deployments): the same
 * writes, filters, score and order as OpenSearch, held in memory.
 *
 * Writes follow OpenSearch external versioning: a write applies only if its version is greater
 * than the version held, and a delete leaves a tombstone with its version, so an older upsert
 * arriving after the delete is stale. (OpenSearch forgets tombstones after
 * `index.gc_deletes`, 60 s by default; this engine keeps them, which is the stricter choice.)
 *
 * A match collects its candidates from the ring's inverted indexes (postings of the vacancy's
 * required skills and of its ISCO major group: exactly the candidates with minimum coverage),
 * counts the skill and occupation overlap while walking the postings, then scores only those
 * candidates and keeps the top k in a bounded heap.
 */
export class EmbeddedCandidateSearch implements CandidateSearch, MatchEngine {
  /** Documents by slot; a freed slot is reused. Slots index the scratch arrays below. */
  private readonly docs: (CandidateDocument | undefined)[] = [];
  private readonly freeSlots: number[] = [];
  private readonly slotById = new Map<string, number>();
  /** Latest version seen per id, deleted or not. */
  private readonly versions = new Map<string, { readonly version: number; readonly deleted: boolean }>();
  private readonly partitions = new Map<Ring, RingPartition>(
    RINGS.map((ring) => [ring, new RingPartition()]),
  );
  private readonly overlap = new OverlapCounter();

  constructor(documents: Iterable<CandidateDocument> = []) {
    for (const document of documents) this.applyWrite({ op: 'upsert', document });
  }

  // ---- CandidateSearch ------------------------------------------------------------------------

  async write(writes: readonly SearchWrite[]): Promise<SearchWriteOutcome[]> {
    return writes.map((w) => this.applyWrite(w));
  }

  async get(id: string): Promise<CandidateDocument | undefined> {
    const slot = this.slotById.get(id);
    return slot === undefined ? undefined : this.docs[slot];
  }

  async count(filter?: CandidateFilter): Promise<number> {
    return this.held(filter).length;
  }

  async ids(filter?: CandidateFilter): Promise<string[]> {
    return this.held(filter)
      .map((d) => d.id)
      .sort(compareStrings);
  }

  /** Applies one write synchronously (the constructor and the benchmark load this way). */
  applyWrite(write: SearchWrite): SearchWriteOutcome {
    const id = write.op === 'upsert' ? write.document.id : write.id;
    const version = write.op === 'upsert' ? write.document.version : write.version;
    const invalid = invalidWrite(write, id, version);
    if (invalid) return { id, status: 'failed', reason: invalid, retryable: false };
    const held = this.versions.get(id);
    if (held && version <= held.version) return { id, status: 'stale' };
    this.removeDocument(id);
    if (write.op === 'upsert') this.addDocument(structuredClone(write.document));
    this.versions.set(id, { version, deleted: write.op === 'delete' });
    return { id, status: 'applied' };
  }

  private addDocument(doc: CandidateDocument): void {
    const slot = this.freeSlots.pop() ?? this.docs.length;
    this.docs[slot] = doc;
    this.slotById.set(doc.id, slot);
    this.partition(doc.ring).add(slot, doc);
  }

  private removeDocument(id: string): void {
    const slot = this.slotById.get(id);
    if (slot === undefined) return;
    const doc = this.docs[slot] as CandidateDocument;
    this.partition(doc.ring).remove(slot, doc);
    this.docs[slot] = undefined;
    this.slotById.delete(id);
    this.freeSlots.push(slot);
  }

  private partition(ring: Ring): RingPartition {
    return this.partitions.get(ring) as RingPartition;
  }

  private held(filter: CandidateFilter | undefined): CandidateDocument[] {
    const rings = filter?.rings ? new Set(filter.rings) : undefined;
    return this.docs.filter(
      (d): d is CandidateDocument =>
        d !== undefined &&
        (!rings || rings.has(d.ring)) &&
        (filter?.pes === undefined || d.pes === filter.pes),
    );
  }

  // ---- MatchEngine ----------------------------------------------------------------------------

  async rank(request: RankRequest): Promise<RankResult> {
    assertValidRankRequest(request);
    const { profile, weights } = request;
    const partition = this.partitions.get(request.ring.ring);
    const conditions = conditionsByRule(request.conditions);
    const exclusions = zeroExclusions(conditions);
    if (!partition) return { hits: [], total: 0, exclusions };

    const counter = this.overlap.start(this.docs.length);
    // Minimum coverage is exactly: in a required skill's postings, or in the major group's.
    for (const skill of profile.requiredSkills) {
      for (const slot of partition.skillPostings(skill)) counter.countRequired(slot);
    }
    const isco = profile.occupation;
    for (let digits = 1; digits <= isco.length; digits++) {
      for (const slot of partition.iscoGroupPostings(isco.slice(0, digits)))
        counter.shareIscoDigits(slot, digits);
    }
    for (const skill of profile.optionalSkills) {
      for (const slot of partition.skillPostings(skill)) counter.countOptional(slot);
    }

    const countries = request.ring.countries ? new Set(request.ring.countries) : undefined;
    const top = new TopK<{ score: number; id: string; doc: CandidateDocument }>(request.topK);
    let total = 0;
    for (const slot of counter.slots) {
      const doc = this.docs[slot] as CandidateDocument;
      if (countries && !countries.has(doc.country)) continue;
      if (request.pes !== undefined && doc.pes !== request.pes) continue;
      let eligible = true;
      for (const { ruleId, condition } of conditions) {
        if (!satisfies(doc, condition)) {
          exclusions[ruleId] = (exclusions[ruleId] ?? 0) + 1;
          eligible = false;
        }
      }
      if (!eligible) continue;
      total++;
      const values = factorValues(
        profile,
        {
          requiredMatched: counter.requiredMatched[slot] ?? 0,
          optionalMatched: counter.optionalMatched[slot] ?? 0,
          sharedIscoDigits: counter.sharedIscoDigits[slot] ?? 0,
        },
        doc,
      );
      const score = rankingScore(weightedSum(weights, values));
      if (top.admits(score, doc.id)) top.push({ score, id: doc.id, doc });
    }

    const hits = top
      .sorted()
      .map(({ score, id, doc }) => ({ id, score, breakdown: scoreCandidate(profile, doc, weights) }));
    return { hits, total, exclusions };
  }
}

function invalidWrite(write: SearchWrite, id: string, version: number): string | undefined {
  if (typeof id !== 'string' || id.length === 0) return 'id must be a non-empty string';
  if (!Number.isSafeInteger(version) || version < 0) return 'version must be a non-negative integer';
  if (write.op === 'upsert' && !RINGS.includes(write.document.ring))
    return `ring must be one of ${RINGS.join(', ')}`;
  return undefined;
}

/**
 * Per-slot overlap counts for one match, in typed arrays reused across matches. A generation
 * stamp marks the slots touched by the current match, so nothing is cleared between matches.
 * A match runs synchronously from start to end, so one counter per engine is enough.
 */
class OverlapCounter {
  requiredMatched = new Uint16Array(0);
  optionalMatched = new Uint16Array(0);
  sharedIscoDigits = new Uint8Array(0);
  private stamps = new Uint32Array(0);
  private generation = 0;
  readonly slots: number[] = [];

  start(capacity: number): this {
    if (this.stamps.length < capacity) {
      const size = Math.max(capacity, this.stamps.length * 2, 1024);
      this.requiredMatched = new Uint16Array(size);
      this.optionalMatched = new Uint16Array(size);
      this.sharedIscoDigits = new Uint8Array(size);
      this.stamps = new Uint32Array(size);
      this.generation = 0;
    }
    this.generation++;
    if (this.generation === 0xffffffff) {
      this.stamps.fill(0);
      this.generation = 1;
    }
    this.slots.length = 0;
    return this;
  }

  /** A required skill the candidate holds: makes the slot a candidate of this match. */
  countRequired(slot: number): void {
    this.touch(slot);
    this.requiredMatched[slot] = (this.requiredMatched[slot] ?? 0) + 1;
  }

  /** Called with digits 1, 2, 3, 4 in turn, so the last call is the longest shared prefix. */
  shareIscoDigits(slot: number, digits: number): void {
    this.touch(slot);
    this.sharedIscoDigits[slot] = digits;
  }

  /** An optional skill counts only for a candidate already in (optional skills alone are no match). */
  countOptional(slot: number): void {
    if (this.stamps[slot] === this.generation)
      this.optionalMatched[slot] = (this.optionalMatched[slot] ?? 0) + 1;
  }

  /** Marks the slot as a candidate of this match, zeroing its counts the first time. */
  private touch(slot: number): void {
    if (this.stamps[slot] === this.generation) return;
    this.stamps[slot] = this.generation;
    this.requiredMatched[slot] = 0;
    this.optionalMatched[slot] = 0;
    this.sharedIscoDigits[slot] = 0;
    this.slots.push(slot);
  }
}
