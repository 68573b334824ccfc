import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { PairTable } from './pair-table.js';

describe('PairTable', () => {
  it('finds exactly the pairs added, as a Map keyed by both numbers would', () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.nat(3000), fc.nat(3000)), { maxLength: 3000 }), (pairs) => {
        const table = new PairTable<string>(100_000);
        const reference = new Map<string, string>();
        for (const [a, b] of pairs) {
          const key = `${a},${b}`;
          expect(table.get(a, b)).toBe(reference.get(key));
          if (!reference.has(key)) {
            table.add(a, b, key);
            reference.set(key, key);
          }
        }
        for (const [a, b] of pairs) expect(table.get(a, b)).toBe(`${a},${b}`);
        expect(table.get(3001, 0)).toBeUndefined();
      }),
      { numRuns: 50 },
    );
  });

  it('forgets everything when full, then fills again', () => {
    const table = new PairTable<number>(2);
    table.add(1, 2, 12);
    table.add(2, 1, 21);
    table.add(3, 3, 33);
    expect([table.get(1, 2), table.get(2, 1), table.get(3, 3)]).toEqual([undefined, undefined, 33]);
  });
});
