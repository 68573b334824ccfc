import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { findId, idLists } from './id-lists.js';

/** The list `findId` reports for `id`, or undefined when it reports none. */
function listOf(table: ReturnType<typeof idLists>, id: number): number[] | undefined {
  const slot = findId(table, id);
  return slot < 0 ? undefined : [...table.data.subarray(table.starts[slot]!, table.ends[slot]!)];
}

describe('id lists', () => {
  it('finds each list by its id, in order, and nothing for other ids', () => {
    const table = idLists(new Map([[7, [2, 0, 5]], [4093, [1]], [12, [3, 3]]]));
    expect(listOf(table, 7)).toEqual([2, 0, 5]);
    expect(listOf(table, 4093)).toEqual([1]);
    expect(listOf(table, 12)).toEqual([3, 3]);
    expect(listOf(table, 0)).toBeUndefined();
    expect(listOf(table, 8)).toBeUndefined();
  });

  it('finds nothing in an empty table', () => {
    expect(listOf(idLists(new Map()), 3)).toBeUndefined();
  });

  it('agrees with a plain map on random ids and lists', () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.integer({ min: 0, max: 20_000 }), fc.array(fc.nat(50), { minLength: 1, maxLength: 5 })), { maxLength: 60 }),
        fc.array(fc.integer({ min: 0, max: 20_000 }), { maxLength: 40 }),
        (entries, probes) => {
          const lists = new Map(entries);
          const table = idLists(lists);
          for (const id of [...lists.keys(), ...probes]) expect(listOf(table, id)).toEqual(lists.get(id));
        },
      ),
    );
  });
});
