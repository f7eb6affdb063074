import type { SearchWrite } from './candidate-search.js';

/**
 * One table change on its way to the search index: the search write it makes, and its position
 * in the stream, by which a failed change is reported back (and, in AWS, retried from).
 */
export interface IndexChange {
  readonly position: string;
  readonly write: SearchWrite;
}

/**
 * Where table changes go on their way to the search index, outside AWS. In AWS the table's
 * DynamoDB stream carries them to the indexer Lambda and this port is unused. Locally the
 * store tells the stream after each write:
 * - an engine with a stream of its own (dynoxide): `needsRecords` is false, nothing is handed
 *   over, and `written` waits until the stream's records have reached the index;
 * - an engine without one (dynalite): the store hands over the changes decoded from records of
 *   the real stream shape (NEW_AND_OLD_IMAGES), by the decoder the indexer Lambda uses.
 */
export interface ChangeStream {
  readonly needsRecords: boolean;
  /** Resolves once the index took the changes, or kept them pending (never lost). */
  written(changes: readonly IndexChange[]): Promise<void>;
}
