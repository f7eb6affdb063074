import { randomUUID } from 'node:crypto';
import { type TransactWriteItem, TransactWriteItemsCommand } from '@aws-sdk/client-dynamodb';
import type { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { mapLimit } from '../../concurrency/map-limit.js';
import { DEFAULT_RETRY_POLICY, retry } from '../../concurrency/retry.js';

/**
 * Writes in DynamoDB transactions (TransactWriteItems, at most 100 actions, each with its own
 * condition). A unit is one logical write (a profile's conditional put and its audit record);
 * units are packed into as few transactions as the limit allows, with the actions every
 * transaction carries once (the change-feed intent naming its units) added by `shared`.
 *
 * A cancelled transaction wrote nothing. Its CancellationReasons say which action failed: a unit
 * whose guarded action's condition failed is a conflict (the caller re-decides it); every other
 * unit is sent again, at once when only conditions failed, after a jittered backoff when the
 * engine reported contention (TransactionConflict, throttling).
 */

export interface TransactUnit {
  readonly actions: readonly TransactWriteItem[];
}

export type UnitOutcome = 'written' | 'conflict';

/** Actions per transaction: DynamoDB's limit. */
export const MAX_TRANSACTION_ACTIONS = 100;
/** Transactions in flight at once per call. */
const CONCURRENCY = 4;

/** The engine refused a transaction for contention: worth another attempt after a pause. */
class Contended extends Error {
  override readonly name = 'Contended';
}

/** Throttling of the call itself is the SDK's to retry (its own bounded strategy), not ours. */
const RETRYABLE = new Set(['Contended']);
const CONTENTION = new Set(['TransactionConflict', 'ThrottlingError', 'ProvisionedThroughputExceeded']);

export async function transactUnits(
  db: DynamoDBDocumentClient,
  units: readonly TransactUnit[],
  shared: (included: readonly number[]) => readonly TransactWriteItem[],
  sharedActions: number,
): Promise<UnitOutcome[]> {
  const outcomes = new Array<UnitOutcome>(units.length);
  const groups: number[][] = [];
  let group: number[] = [];
  let size = sharedActions;
  units.forEach((unit, i) => {
    if (group.length > 0 && size + unit.actions.length > MAX_TRANSACTION_ACTIONS) {
      groups.push(group);
      group = [];
      size = sharedActions;
    }
    group.push(i);
    size += unit.actions.length;
  });
  if (group.length > 0) groups.push(group);

  await mapLimit(groups, CONCURRENCY, async (indices) => {
    let pending = indices;
    await retry(
      async () => {
        while (pending.length > 0) {
          const refused = await send(
            db,
            pending.map((i) => units[i] as TransactUnit),
            shared(pending),
          );
          if (refused === undefined) {
            for (const i of pending) outcomes[i] = 'written';
            return;
          }
          const failed = new Set(refused.conflicts.map((k) => pending[k] as number));
          for (const i of failed) outcomes[i] = 'conflict';
          pending = pending.filter((i) => !failed.has(i));
          if (refused.contended) throw new Contended('transaction refused for contention');
        }
      },
      {
        policy: DEFAULT_RETRY_POLICY,
        what: 'DynamoDB TransactWriteItems',
        isRetryable: (error) => RETRYABLE.has((error as Error | undefined)?.name ?? ''),
      },
    );
  });
  return outcomes;
}

/** Undefined when written; else which units (by position) had a condition fail, and whether to back off. */
async function send(
  db: DynamoDBDocumentClient,
  units: readonly TransactUnit[],
  shared: readonly TransactWriteItem[],
): Promise<{ conflicts: number[]; contended: boolean } | undefined> {
  const owner: number[] = [];
  const items: TransactWriteItem[] = [];
  units.forEach((unit, u) => {
    for (const action of unit.actions) {
      items.push(action);
      owner.push(u);
    }
  });
  items.push(...shared);
  try {
    // The token makes the SDK's own retry of this call (a lost response) idempotent.
    await db.send(new TransactWriteItemsCommand({ TransactItems: items, ClientRequestToken: randomUUID() }));
    return undefined;
  } catch (error) {
    const reasons = (error as { CancellationReasons?: { Code?: string }[] }).CancellationReasons;
    if ((error as Error).name !== 'TransactionCanceledException' || !reasons) throw error;
    const conflicts = new Set<number>();
    let contended = false;
    reasons.forEach((reason, k) => {
      const code = reason.Code ?? 'None';
      if (code === 'None') return;
      const unit = owner[k];
      if (code === 'ConditionalCheckFailed' && unit !== undefined) conflicts.add(unit);
      else if (CONTENTION.has(code)) contended = true;
      else throw new Error(`transaction action ${k} refused: ${code}`, { cause: error });
    });
    // A cancellation that names no failed condition is treated as contention (backed off).
    return { conflicts: [...conflicts], contended: contended || conflicts.size === 0 };
  }
}
