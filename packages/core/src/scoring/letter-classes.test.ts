import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { editDistanceLowerBound, letterClasses } from './letter-classes.js';
import { charEditDistance } from './token-similarity.js';

const word = fc.string({ unit: fc.constantFrom(...'abcdeilnorstuy0123456789é’\'-'), maxLength: 14 });

describe('editDistanceLowerBound', () => {
  it('never exceeds the edit distance', () => {
    fc.assert(
      fc.property(word, word, (a, b) => {
        expect(editDistanceLowerBound(letterClasses(a), letterClasses(b))).toBeLessThanOrEqual(charEditDistance(a, b));
      }),
      { numRuns: 5000 },
    );
  });

  it('counts the classes missing on the side that lacks more of them', () => {
    expect(editDistanceLowerBound(letterClasses('cat'), letterClasses('cat'))).toBe(0);
    expect(editDistanceLowerBound(letterClasses('and'), letterClasses('an'))).toBe(1);
    expect(editDistanceLowerBound(letterClasses('refund'), letterClasses('policy'))).toBe(6);
    expect(editDistanceLowerBound(letterClasses('tomorrow'), letterClasses('too'))).toBe(3);
  });
});
