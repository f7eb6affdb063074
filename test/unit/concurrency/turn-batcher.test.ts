import { describe, expect, it } from 'vitest';
import { TurnBatcher } from '../../../shared/concurrency/turn-batcher.js';

/** Calls of one turn run as batches (shared/concurrency/turn-batcher.ts); each caller gets its own result. */
function recording(maxItems: number, fail?: (items: readonly string[]) => boolean) {
  const batches: string[][] = [];
  const batcher = new TurnBatcher<string, string>(
    async (items) => {
      batches.push([...items]);
      if (fail?.(items)) throw new Error(`batch ${items.join(',')} failed`);
      return items.map((item) => `done:${item}`);
    },
    (item) => item.split('#')[0] as string,
    { maxItems },
  );
  return { batcher, batches };
}

describe('TurnBatcher', () => {
  it('runs the calls of one turn as one batch and answers each with its own result', async () => {
    const { batcher, batches } = recording(10);
    const results = await Promise.all(['a', 'b', 'c'].map((item) => batcher.add(item)));
    expect(results).toEqual(['done:a', 'done:b', 'done:c']);
    expect(batches).toEqual([['a', 'b', 'c']]);
  });

  it('runs a call alone in its turn as a batch of one', async () => {
    const { batcher, batches } = recording(10);
    expect(await batcher.add('a')).toBe('done:a');
    expect(await batcher.add('b')).toBe('done:b');
    expect(batches).toEqual([['a'], ['b']]);
  });

  it('never puts two items with one key in a batch, and keeps batches within maxItems', async () => {
    const { batcher, batches } = recording(2);
    const items = ['a#1', 'a#2', 'b', 'c', 'a#3'];
    expect(await Promise.all(items.map((item) => batcher.add(item)))).toEqual(items.map((i) => `done:${i}`));
    expect(batches).toEqual([['a#1', 'b'], ['a#2', 'c'], ['a#3']]);
  });

  it('rejects exactly the callers of a failed batch', async () => {
    const { batcher } = recording(10, (items) => items.includes('x#1'));
    const outcomes = await Promise.allSettled(['x#1', 'y', 'x#2'].map((item) => batcher.add(item)));
    expect(outcomes.map((o) => o.status)).toEqual(['rejected', 'rejected', 'fulfilled']);
    expect((outcomes[2] as PromiseFulfilledResult<string>).value).toBe('done:x#2');
  });
});
