import type { FeedOp, FeedResourceType, FeedScope } from '../domain/feed-change.js';

/**
 * What the change feed keeps of a record to decide later who may see its entry: owner, consent
 * and publicity, never personal data. Read from the stored item when the change is sequenced.
 */
export interface FeedFacts {
  readonly type: FeedResourceType;
  readonly op: FeedOp;
  readonly changedAt: string;
  readonly scope: FeedScope;
}

interface StoredItem {
  readonly entity?: unknown;
  readonly record?: Record<string, unknown>;
}

/** Facts of a candidate, an erased candidate or a vacancy item; undefined for anything else. */
export function feedFacts(item: StoredItem): FeedFacts | undefined {
  const record = item.record ?? {};
  const text = (value: unknown) => (typeof value === 'string' ? value : undefined);
  switch (item.entity) {
    case 'candidate': {
      const consent = record.consent as { matching?: unknown } | undefined;
      return {
        type: 'candidate',
        op: 'upsert',
        changedAt: text(record.updatedAt) ?? '',
        scope: { pes: text(record.pes), consent: consent?.matching === true },
      };
    }
    case 'candidate-erased':
      return {
        type: 'candidate',
        op: 'erase',
        changedAt: text(record.erasedAt) ?? '',
        scope: { pes: text(record.pes) },
      };
    case 'vacancy':
      return {
        type: 'vacancy',
        op: 'upsert',
        changedAt: text(record.updatedAt) ?? '',
        scope: {
          owner: text(record.ownerOrg),
          bottleneck: record.bottleneck === true,
          open: record.status === 'open',
        },
      };
    default:
      return undefined;
  }
}
