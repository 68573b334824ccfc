import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { normalizeTokens } from './normalize-text.js';
import { normalizedTokenIds } from './token-ids.js';
import { wordText } from './word-ids.js';

const words = (text: string) => Array.from(normalizedTokenIds(text), wordText);

/** Pieces that reach every normalization rule, and characters that lowercase into ASCII or sit next to words. */
const piece = fc.constantFrom(
  'I', "I'm", 'don’t', "won't", "can't", "shan't", "let's", "it's", "he's", "John's", "they're", "we'll", "you've", "I'd",
  'um', 'OK', 'gonna', 'cannot', 'constructor', '__proto__', 'a_b', "'s", "'", '‘', '’', 'n', 't', 'x', '42', 'É', 'é',
  '\u212A', '\u0130', ' ', ' ', ',', '.', '-', '?', '\n',
);

describe('normalizedTokenIds', () => {
  it('names the same words as normalizeTokens', () => {
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 14 }), (pieces) => {
        const text = pieces.join('');
        expect(words(text)).toEqual(normalizeTokens(text));
        expect(words(text)).toEqual(normalizeTokens(text));
      }),
      { numRuns: 3000 },
    );
  });

  it('gives a word the same id wherever it occurs', () => {
    const [a, b] = [normalizedTokenIds('Hello THERE'), normalizedTokenIds("there's hello")];
    expect([a[0], a[1]]).toEqual([b[2], b[0]]);
  });
});
