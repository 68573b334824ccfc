import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { alignIndexed, indexPattern, indexStream } from './indexed-alignment.js';
import { NearMatchIndex } from './near-match-index.js';
import { bestWindowMatch, boundedEditDistance, charEditDistance, tokenCost } from './token-similarity.js';

/** Words with near misses, merges and splits among them ("may be"/"maybe", "an"/"and", "record"/"recorded"). */
const word = fc.constantFrom('this', 'call', 'may', 'be', 'maybe', 'recorded', 'record', 'did', 'for', 'quality', 'and', 'an', 'a', 'help', 'you', 'your', 'today', 'account', 'to', 'day', 'ok');

describe('alignIndexed', () => {
  it('finds the same window and similarity as bestWindowMatch', () => {
    fc.assert(
      fc.property(fc.array(word, { maxLength: 8 }), fc.array(word, { maxLength: 30 }), (pattern, stream) => {
        const index = new NearMatchIndex();
        const indexed = indexPattern(pattern, index);
        expect(alignIndexed(indexed, indexStream(stream, index))).toEqual(bestWindowMatch(pattern, stream));
      }),
      { numRuns: 500 },
    );
  });

  it('matches a merged pair ("maybe" for "may be") at no cost', () => {
    const index = new NearMatchIndex();
    const pattern = indexPattern(['this', 'call', 'may', 'be', 'recorded'], index);
    const match = alignIndexed(pattern, indexStream(['hi', 'this', 'call', 'maybe', 'recorded', 'today'], index));
    expect(match.similarity).toBe(1);
    expect([match.start, match.end]).toEqual([1, 5]);
  });
});

describe('NearMatchIndex', () => {
  it('lists exactly the entries whose token cost is below 1, with that cost', () => {
    const index = new NearMatchIndex();
    const entries = ['and', 'recorded', 'maybe', 'quality'];
    const ids = entries.map((e) => index.idOf(e));
    expect(index.idOf('and')).toBe(ids[0]);
    for (const text of ['an', 'recorder', 'may', 'quality', 'zebra']) {
      const expected = entries.flatMap((e, id) => (tokenCost(e, text) < 1 ? [{ id, cost: tokenCost(e, text) }] : []));
      expect(index.nearMatches(text)).toEqual(expected);
      expect(index.nearMatches(text)).toBe(index.nearMatches(text));
    }
  });
});

describe('boundedEditDistance', () => {
  it('equals the edit distance up to the limit and exceeds the limit otherwise', () => {
    const text = fc.string({ unit: fc.constantFrom('a', 'b', 'c', 'd', 'e'), maxLength: 10 });
    fc.assert(
      fc.property(text, text, fc.integer({ min: 0, max: 10 }), (a, b, limit) => {
        const exact = charEditDistance(a, b);
        const bounded = boundedEditDistance(a, b, limit);
        if (exact <= limit) expect(bounded).toBe(exact);
        else expect(bounded).toBeGreaterThan(limit);
      }),
      { numRuns: 2000 },
    );
  });
});
