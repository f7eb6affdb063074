import { compileCondition } from '../../matching/compile-condition.js';
import type { CandidateCondition, DateField, NumericField } from '../../search/candidate-condition.js';
import type { CandidateDocument } from '../../search/candidate-document.js';
import { InvertedIndex } from './inverted-index.js';

/** A test on the candidate in a slot. */
export type SlotPredicate = (slot: number) => boolean;

const NUMERIC_FIELDS: readonly NumericField[] = [
  'ring',
  'educationLevel',
  'workExperienceYears',
  'readinessDutch',
  'readinessCivic',
  'readinessSoftSkills',
  'birthYear',
  'noticePeriodWeeks',
];

/** Single-valued keyword fields kept as interned ids. */
type SingleKeywordField = 'country' | 'pes' | 'diplomaRecognition';
const SINGLE_KEYWORD_FIELDS: readonly SingleKeywordField[] = ['country', 'pes', 'diplomaRecognition'];

/**
 * Multi-valued keyword fields the rules filter on, kept as inverted indexes. (Skills and ISCO
 * groups are indexed per ring for matching already; conditions on them read the document.)
 */
type IndexedListField = 'nationalities' | 'occupations';
const INDEXED_LIST_FIELDS: readonly IndexedListField[] = ['nationalities', 'occupations'];

/**
 * The fields the hard filters read most, one typed array per field indexed by slot: a match
 * tests tens of thousands of candidates against ring, PES, country and the rules' conditions,
 * and reading packed arrays is several times faster than chasing one object per candidate.
 * Keyword values are interned; a missing number is NaN; consent is 1 true, 0 false, 2 neither.
 *
 * Nationalities and occupations are inverted indexes: `anyOf` on them marks the holders of
 * the values in a mask once per compile. The ISO dates are kept as strings, compared as
 * strings, as `satisfies` does.
 *
 * `compile` turns a condition into a slot predicate with the semantics of `satisfies`. What
 * the columns do not hold (conditions on skills or ISCO groups) falls back to the compiled
 * document predicate, so any condition works and the ones the rules use are fast.
 *
 * A freed slot keeps its values until reused (`set` then replaces them): a match only tests
 * slots that hold a candidate, so stale values are never read.
 */
export class CandidateColumns {
  private readonly ids = new Map<string, number>();
  private keywords = new Map<SingleKeywordField, Uint32Array>(
    SINGLE_KEYWORD_FIELDS.map((f) => [f, new Uint32Array(0)]),
  );
  private numbers = new Map<NumericField, Float64Array>(NUMERIC_FIELDS.map((f) => [f, new Float64Array(0)]));
  private consent = new Uint8Array(0);
  private readonly lists = new Map<IndexedListField, InvertedIndex>(
    INDEXED_LIST_FIELDS.map((f) => [f, new InvertedIndex()]),
  );
  /** The list values each slot was indexed under, to unindex them when the slot is reused. */
  private readonly listValues = new Map<IndexedListField, (readonly string[] | undefined)[]>(
    INDEXED_LIST_FIELDS.map((f) => [f, []]),
  );
  private readonly dates = new Map<DateField, (string | undefined)[]>([
    ['temporaryProtectionUntil', []],
    ['availableFrom', []],
  ]);

  constructor(private readonly documentAt: (slot: number) => CandidateDocument) {}

  set(slot: number, doc: CandidateDocument): void {
    this.ensureCapacity(slot + 1);
    for (const field of SINGLE_KEYWORD_FIELDS) this.keywordColumn(field)[slot] = this.intern(doc[field]);
    for (const field of NUMERIC_FIELDS) this.numberColumn(field)[slot] = doc[field] ?? Number.NaN;
    this.consent[slot] = doc.consentMatching === true ? 1 : doc.consentMatching === false ? 0 : 2;
    for (const [field, column] of this.dates) column[slot] = doc[field];
    for (const field of INDEXED_LIST_FIELDS) {
      const index = this.lists.get(field) as InvertedIndex;
      const held = this.listValues.get(field) as (readonly string[] | undefined)[];
      for (const value of held[slot] ?? []) index.unpost(value, slot);
      const values = [...doc[field]];
      for (const value of values) index.post(value, slot);
      held[slot] = values;
    }
  }

  /** Whether the candidate in the slot has one of these values in an indexed list field. */
  listHasAnyOf(field: IndexedListField, values: readonly string[]): SlotPredicate {
    const index = this.lists.get(field) as InvertedIndex;
    const mask = new Uint8Array(this.consent.length);
    for (const value of new Set(values)) for (const slot of index.postings(value)) mask[slot] = 1;
    return (slot) => mask[slot] === 1;
  }

  /** Whether the candidate in the slot has one of these values in a single-valued keyword field. */
  keywordIn(field: SingleKeywordField, values: readonly string[]): SlotPredicate {
    const wanted = new Set(values.map((v) => this.ids.get(v)).filter((id): id is number => id !== undefined));
    const column = this.keywordColumn(field);
    if (wanted.size === 1) {
      const only = [...wanted][0] as number;
      return (slot) => column[slot] === only;
    }
    return (slot) => wanted.has(column[slot] as number);
  }

  compile(condition: CandidateCondition): SlotPredicate {
    switch (condition.kind) {
      case 'always':
        return () => true;
      case 'never':
        return () => false;
      case 'anyOf':
        if (isSingleKeyword(condition.field)) return this.keywordIn(condition.field, condition.values);
        if (isIndexedList(condition.field)) return this.listHasAnyOf(condition.field, condition.values);
        return this.onDocument(condition);
      case 'dateOnOrAfter': {
        const dates = this.dates.get(condition.field) as (string | undefined)[];
        const date = condition.date;
        return (slot) => {
          const value = dates[slot];
          return value !== undefined && value >= date;
        };
      }
      case 'range': {
        const column = this.numberColumn(condition.field);
        const gte = condition.gte ?? Number.NEGATIVE_INFINITY;
        const lte = condition.lte ?? Number.POSITIVE_INFINITY;
        // NaN (no value) fails both comparisons, as a missing value fails `satisfies`.
        return (slot) => {
          const value = column[slot] as number;
          return value >= gte && value <= lte;
        };
      }
      case 'flag': {
        const consent = this.consent;
        const wanted = condition.value ? 1 : 0;
        return (slot) => consent[slot] === wanted;
      }
      case 'languageAtLeast':
        return this.onDocument(condition);
      case 'atLeast': {
        const any = condition.any.map((c) => this.compile(c));
        const min = condition.min;
        return (slot) => {
          let held = 0;
          for (const p of any) if (p(slot) && ++held >= min) return true;
          return held >= min;
        };
      }
      case 'and': {
        const all = condition.all.map((c) => this.compile(c));
        return (slot) => all.every((p) => p(slot));
      }
      case 'or': {
        const any = condition.any.map((c) => this.compile(c));
        return (slot) => any.some((p) => p(slot));
      }
      case 'not': {
        const inner = this.compile(condition.condition);
        return (slot) => !inner(slot);
      }
    }
  }

  private onDocument(condition: CandidateCondition): SlotPredicate {
    const test = compileCondition(condition);
    return (slot) => test(this.documentAt(slot));
  }

  private intern(value: string): number {
    let id = this.ids.get(value);
    if (id === undefined) {
      id = this.ids.size;
      this.ids.set(value, id);
    }
    return id;
  }

  private keywordColumn(field: SingleKeywordField): Uint32Array {
    return this.keywords.get(field) as Uint32Array;
  }

  private numberColumn(field: NumericField): Float64Array {
    return this.numbers.get(field) as Float64Array;
  }

  private ensureCapacity(capacity: number): void {
    if (this.consent.length >= capacity) return;
    const size = Math.max(capacity, this.consent.length * 2, 1024);
    const grow = <A extends Uint32Array | Float64Array | Uint8Array>(old: A, make: (n: number) => A): A => {
      const next = make(size);
      next.set(old);
      return next;
    };
    this.keywords = new Map([...this.keywords].map(([f, c]) => [f, grow(c, (n) => new Uint32Array(n))]));
    this.numbers = new Map([...this.numbers].map(([f, c]) => [f, grow(c, (n) => new Float64Array(n))]));
    this.consent = grow(this.consent, (n) => new Uint8Array(n));
  }
}

function isIndexedList(field: string): field is IndexedListField {
  return (INDEXED_LIST_FIELDS as readonly string[]).includes(field);
}

function isSingleKeyword(field: string): field is SingleKeywordField {
  return (SINGLE_KEYWORD_FIELDS as readonly string[]).includes(field);
}
