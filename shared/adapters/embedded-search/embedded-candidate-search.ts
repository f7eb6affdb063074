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
  scoreUpperBound,
  UPPER_BOUND_SLACK,
  weightedSum,
} from '../../matching/score-model.js';
import { TopK } from '../../matching/top-k.js';
import {
  type CandidateFilter,
  type CandidateSearch,
  type SearchWrite,
  type SearchWriteOutcome,
  withinFilter,
} from '../../ports/candidate-search.js';
import type { CandidateDocument } from '../../search/candidate-document.js';
import { CandidateColumns } from './candidate-columns.js';
import { OverlapCounter } from './overlap-counter.js';
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
 * A match
 * 1. collects its candidates from the ring's inverted indexes (postings of the vacancy's
 *    required skills and of its ISCO major group: exactly the candidates with minimum
 *    coverage), counting skill and ISCO overlap while walking the postings;
 * 2. tests ring scope, PES and the rules' conditions on typed columns, counting exclusions;
 * 3. scores, most required skills first, only the candidates whose upper bound can still
 *    enter the top k, kept in a bounded heap.
 * Every step reads the same model and condition semantics as the full scan and OpenSearch.
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
  private readonly columns = new CandidateColumns((slot) => this.docs[slot] as CandidateDocument);

  constructor(documents: Iterable<CandidateDocument> = []) {
    for (const document of documents) this.applyWrite({ op: 'upsert', document });
  }

  // ---- CandidateSearch ------------------------------------------------------------------------

  async write(writes: readonly SearchWrite[]): Promise<SearchWriteOutcome[]> {
    return writes.map((w) => this.applyWrite(w));
  }

  async get(id: string, filter?: CandidateFilter): Promise<CandidateDocument | undefined> {
    const slot = this.slotById.get(id);
    const doc = slot === undefined ? undefined : this.docs[slot];
    return doc && withinFilter(doc, filter) ? copyDocument(doc) : undefined;
  }

  async count(filter?: CandidateFilter): Promise<number> {
    return this.held(filter).length;
  }

  async ids(filter?: CandidateFilter): Promise<string[]> {
    return this.held(filter)
      .map((d) => d.id)
      .sort(compareStrings);
  }

  /**
   * Every held document, in slot order, for read-only passes over the whole pool (labour-market
   * insight). The documents are the engine's own: callers must not change them, and must not
   * write to the engine while iterating.
   */
  *documents(): IterableIterator<Readonly<CandidateDocument>> {
    for (const doc of this.docs) if (doc !== undefined) yield doc;
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
    if (write.op === 'upsert') this.addDocument(copyDocument(write.document));
    this.versions.set(id, { version, deleted: write.op === 'delete' });
    return { id, status: 'applied' };
  }

  private addDocument(doc: CandidateDocument): void {
    const slot = this.freeSlots.pop() ?? this.docs.length;
    this.docs[slot] = doc;
    this.slotById.set(doc.id, slot);
    this.columns.set(slot, doc);
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
    const conditions = conditionsByRule(request.conditions).map((c) => ({
      ruleId: c.ruleId,
      test: this.columns.compile(c.condition),
    }));
    const exclusions = zeroExclusions(conditions);
    if (!partition) return { hits: [], total: 0, exclusions };

    const counter = this.overlap.start(this.docs.length);
    // Minimum coverage is exactly: in a required skill's postings, or in the major group's.
    for (const skill of profile.requiredSkills) counter.countRequired(partition.skillPostings(skill));
    const isco = profile.occupation;
    for (let digits = 1; digits <= isco.length; digits++) {
      counter.shareIscoDigits(partition.iscoGroupPostings(isco.slice(0, digits)), digits);
    }
    for (const skill of profile.optionalSkills) counter.countOptional(partition.skillPostings(skill));

    // Filters and rules first, over every candidate: total and exclusions count them all.
    const { countries } = request.ring;
    const inCountries = countries ? this.columns.keywordIn('country', countries) : undefined;
    const ofPes = request.pes !== undefined ? this.columns.keywordIn('pes', [request.pes]) : undefined;
    let total = 0;
    for (let i = 0; i < counter.slotCount; i++) {
      const slot = counter.slots[i] as number;
      if (inCountries && !inCountries(slot)) continue;
      if (ofPes && !ofPes(slot)) continue;
      let eligible = true;
      for (const { ruleId, test } of conditions) {
        if (!test(slot)) {
          exclusions[ruleId] = (exclusions[ruleId] ?? 0) + 1;
          eligible = false;
        }
      }
      if (eligible) {
        counter.markEligible(slot);
        total++;
      }
    }

    // Score only who can still enter the top k, most required skills first. A candidate's upper
    // bound (skills and occupation as they are, every other factor 1) depends on its bucket, its
    // optional skills and its shared ISCO digits only, so it is tabled per bucket. Once the top
    // k is full, a candidate whose bound is below the k-th score is skipped, and a bucket whose
    // best bound is, ends the walk.
    const top = new TopK<{ score: number; id: string; doc: CandidateDocument }>(request.topK);
    const optionalAsked = profile.optionalSkills.length;
    const bounds = new Float64Array((optionalAsked + 1) * 5);
    for (const { requiredMatched, slots } of counter.eligibleByRequiredMatched()) {
      for (let optionalMatched = 0; optionalMatched <= optionalAsked; optionalMatched++) {
        for (let sharedIscoDigits = 0; sharedIscoDigits <= 4; sharedIscoDigits++) {
          const bound = scoreUpperBound(profile, weights, {
            requiredMatched,
            optionalMatched,
            sharedIscoDigits,
          });
          bounds[optionalMatched * 5 + sharedIscoDigits] = rankingScore(bound + UPPER_BOUND_SLACK);
        }
      }
      if ((bounds[optionalAsked * 5 + 4] as number) < top.threshold) break;
      for (const slot of slots) {
        const optionalMatched = counter.optionalMatched[slot] ?? 0;
        const sharedIscoDigits = counter.sharedIscoDigits[slot] ?? 0;
        if ((bounds[optionalMatched * 5 + sharedIscoDigits] as number) < top.threshold) continue;
        const doc = this.docs[slot] as CandidateDocument;
        const values = factorValues(profile, { requiredMatched, optionalMatched, sharedIscoDigits }, doc);
        const score = rankingScore(weightedSum(weights, values));
        if (top.admits(score, doc.id)) top.push({ score, id: doc.id, doc });
      }
    }

    const hits = top
      .sorted()
      .map(({ score, id, doc }) => ({ id, score, breakdown: scoreCandidate(profile, doc, weights) }));
    return { hits, total, exclusions };
  }
}

/**
 * A private copy, so later changes to the caller's object change nothing here. Built with every
 * field in one fixed order: all held documents then share one object shape, which keeps the
 * property reads of a match (tens of thousands per ring) fast.
 */
function copyDocument(doc: CandidateDocument): CandidateDocument {
  return {
    id: doc.id,
    pes: doc.pes,
    version: doc.version,
    ring: doc.ring,
    country: doc.country,
    region: doc.region,
    nationalities: [...doc.nationalities],
    occupations: [...doc.occupations],
    iscoGroups: [...doc.iscoGroups],
    skills: [...doc.skills],
    skillText: [...doc.skillText],
    languages: { ...doc.languages },
    educationLevel: doc.educationLevel,
    diplomaRecognition: doc.diplomaRecognition,
    workExperienceYears: doc.workExperienceYears,
    readinessDutch: doc.readinessDutch,
    readinessCivic: doc.readinessCivic,
    readinessSoftSkills: doc.readinessSoftSkills,
    technicalModules: [...doc.technicalModules],
    consentMatching: doc.consentMatching,
    temporaryProtectionUntil: doc.temporaryProtectionUntil,
    birthYear: doc.birthYear,
    availableFrom: doc.availableFrom,
    noticePeriodWeeks: doc.noticePeriodWeeks,
    updatedAt: doc.updatedAt,
  };
}

function invalidWrite(write: SearchWrite, id: string, version: number): string | undefined {
  if (typeof id !== 'string' || id.length === 0) return 'id must be a non-empty string';
  if (!Number.isSafeInteger(version) || version < 0) return 'version must be a non-negative integer';
  if (write.op === 'upsert' && !RINGS.includes(write.document.ring))
    return `ring must be one of ${RINGS.join(', ')}`;
  return undefined;
}
