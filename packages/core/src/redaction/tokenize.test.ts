import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { tokenize } from './tokenize.js';

/** The kinds as TOKEN's alternatives define them, written as the regular expressions they came from. */
function kindByPattern(raw: string): string {
  if (raw.startsWith('[') && raw.length > 2) return 'placeholder';
  if (/^\d+$/.test(raw)) return 'num';
  if (/^\d+(?:st|nd|rd|th)$/.test(raw)) return 'ordinal';
  if (/^\d/.test(raw)) return 'numx';
  if (/^[A-Za-z]/.test(raw)) return 'word';
  return 'punct';
}

describe('tokenize', () => {
  it('gives each token the kind of the alternative that matched it', () => {
    const tokens = tokenize("[CARD_NUMBER] on the 14th, 1,250.00 at 3:45 or 4111 - it's [x] 555.123.4567");
    expect(tokens.map((t) => [t.text, t.kind])).toEqual([
      ['[CARD_NUMBER]', 'placeholder'], ['on', 'word'], ['the', 'word'], ['14th', 'ordinal'], [',', 'punct'], ['1,250.00', 'numx'],
      ['at', 'word'], ['3:45', 'numx'], ['or', 'word'], ['4111', 'num'], ['-', 'punct'], ["it's", 'word'], ['[', 'punct'], ['x', 'word'],
      [']', 'punct'], ['555', 'num'], ['.', 'punct'], ['123', 'num'], ['.', 'punct'], ['4567', 'num'],
    ]);
  });

  it('classifies any text as the patterns would', () => {
    const text = fc.string({ unit: fc.constantFrom(...'ab Z09.,:[]_-’\'st thnd@é'), maxLength: 40 });
    fc.assert(fc.property(text, (t) => {
      for (const token of tokenize(t)) expect(token.kind).toBe(kindByPattern(token.text));
    }), { numRuns: 3000 });
  });
});
