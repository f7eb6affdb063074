import { ExternalIdSchema } from '../../domain/candidate.js';
import { replacementCharacterIssues } from '../../domain/replacement-character.js';
import { type FieldIssue, fieldIssues, ValidationError } from '../../errors.js';
import { ExchangeCandidateSchema } from '../../exchange/exchange-format.js';
import type { RawRow } from '../../exchange/row-reader.js';
import type { Clock } from '../../ports/clock.js';
import type { Taxonomy } from '../../taxonomy/taxonomy.js';
import { type PreparedCandidate, prepareCandidate } from '../candidate-use-cases.js';

/** A row that may be written. */
export interface ValidRow {
  readonly kind: 'valid';
  readonly row: number;
  readonly externalId: string;
  readonly prepared: PreparedCandidate;
}

/** A row that is refused, with every reason found, field by field. */
export interface RejectedRow {
  readonly kind: 'rejected';
  readonly row: number;
  readonly externalId?: string | undefined;
  readonly errors: readonly FieldIssue[];
}

export type CheckedRow = ValidRow | RejectedRow;

/** A row with more faults than this reports the first ones and says how many more. */
const MAX_ISSUES_PER_ROW = 20;

/**
 * Validates rows independently, exactly as the single upsert would (schema, ISCO codes, skill
 * references), plus what only a file can get wrong: the same external id twice (the first row
 * wins; a later one is refused rather than silently overwriting it in the same upload), and a
 * profile exported by another employment service.
 */
export class RowChecker {
  /** External id → the row that claimed it. */
  private readonly seen = new Map<string, number>();

  /** The day birth dates are judged on: the upload's, not each row's. */
  private readonly today: string;

  constructor(
    private readonly taxonomy: Taxonomy,
    private readonly pes: string,
    clock: Clock,
  ) {
    this.today = clock.now().toISOString().slice(0, 10);
  }

  check(raw: RawRow): CheckedRow {
    if (raw.problem) return rejected(raw.row, validExternalId(raw.externalId), [raw.problem]);
    const externalId = externalIdOf(raw.value);
    const issues: FieldIssue[] = [];
    if (externalId !== undefined) {
      const first = this.seen.get(externalId);
      if (first !== undefined) {
        issues.push({
          field: 'externalId',
          message: `'${externalId}' is already used by row ${first} of this upload`,
          code: 'duplicate',
        });
      } else {
        this.seen.set(externalId, raw.row);
      }
    }
    const parsed = ExchangeCandidateSchema.safeParse(raw.value);
    // A valid row's text is checked for U+FFFD when it is prepared; a refused one's here, so
    // that the report says which fields did not decode.
    if (!parsed.success) issues.push(...replacementCharacterIssues(raw.value), ...fieldIssues(parsed.error));
    const owner = parsed.success ? parsed.data.meta?.pes : undefined;
    if (owner !== undefined && owner !== this.pes) {
      issues.push({
        field: 'meta.pes',
        message: `this profile belongs to ${owner}; only ${owner} may upload it`,
        code: 'forbidden',
      });
    }
    if (issues.length > 0 || !parsed.success) return rejected(raw.row, externalId, issues);
    const { externalId: id, meta: _meta, ...input } = parsed.data;
    try {
      return {
        kind: 'valid',
        row: raw.row,
        externalId: id,
        prepared: prepareCandidate(this.taxonomy, input, this.today),
      };
    } catch (error) {
      if (error instanceof ValidationError) return rejected(raw.row, externalId, error.issues);
      throw error;
    }
  }
}

function rejected(row: number, externalId: string | undefined, issues: readonly FieldIssue[]): RejectedRow {
  const errors =
    issues.length <= MAX_ISSUES_PER_ROW
      ? issues
      : [
          ...issues.slice(0, MAX_ISSUES_PER_ROW),
          { field: '(row)', message: `${issues.length - MAX_ISSUES_PER_ROW} more issues`, code: 'truncated' },
        ];
  return { kind: 'rejected', row, ...(externalId !== undefined ? { externalId } : {}), errors };
}

/** The row's external id if it is a valid one (the report names rows by it, even rejected ones). */
function externalIdOf(value: unknown): string | undefined {
  return validExternalId((value as { externalId?: unknown } | null)?.externalId);
}

function validExternalId(id: unknown): string | undefined {
  return typeof id === 'string' && ExternalIdSchema.safeParse(id).success ? id : undefined;
}
