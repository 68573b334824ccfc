import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { normalizeTokens } from './normalize-text.js';
import { bestWindowMatch, charEditDistance, tokenSetRecall } from './token-similarity.js';

const SCRIPT = 'this call may be recorded for quality and training purposes';

describe('normalizeTokens', () => {
  it('lowercases, expands contractions, strips punctuation and drops fillers', () => {
    expect(normalizeTokens("Um, I can't — we're NOT sure, uh, it's fine!")).toEqual(['i', 'can', 'not', 'we', 'are', 'not', 'sure', 'it', 'is', 'fine']);
    expect(normalizeTokens('im sure you dont')).toEqual(['i', 'am', 'sure', 'you', 'do', 'not']);
  });
});

describe('bestWindowMatch', () => {
  it('scores an exact script inside longer speech as 1', () => {
    const m = bestWindowMatch(normalizeTokens(SCRIPT), normalizeTokens(`Hello and welcome. ${SCRIPT}. How can I help?`));
    expect(m.similarity).toBe(1);
    expect(m.end - m.start).toBe(10);
  });

  it('tolerates ASR merges and near-miss words', () => {
    const m = bestWindowMatch(normalizeTokens(SCRIPT), normalizeTokens('this call maybe recorded for quality an training purposes'));
    expect(m.similarity).toBeGreaterThanOrEqual(0.8);
  });

  it('scores a different sentence low', () => {
    const m = bestWindowMatch(normalizeTokens(SCRIPT), normalizeTokens('thanks for calling how can I help you today'));
    expect(m.similarity).toBeLessThan(0.5);
  });

  it('handles empty inputs', () => {
    expect(bestWindowMatch([], ['a']).similarity).toBe(1);
    expect(bestWindowMatch(['a'], []).similarity).toBe(0);
  });
});

describe('charEditDistance and tokenSetRecall', () => {
  it('computes Levenshtein distance', () => {
    expect(charEditDistance('kitten', 'sitting')).toBe(3);
    expect(charEditDistance('', 'abc')).toBe(3);
  });
  it('counts fuzzy token recall regardless of order', () => {
    expect(tokenSetRecall(['anything', 'else'], ['else', 'anythin', 'today'])).toBe(1);
    expect(tokenSetRecall(['anything', 'help'], ['anything'])).toBe(0.5);
  });
});

describe('bestWindowMatch properties', () => {
  const word = fc.constantFrom('this', 'call', 'may', 'be', 'recorded', 'for', 'quality', 'and', 'an', 'maybe', 'help', 'you', 'today', 'account');
  it('similarity stays in [0, 1] and the window lies inside the stream', () => {
    fc.assert(
      fc.property(fc.array(word, { minLength: 1, maxLength: 8 }), fc.array(word, { maxLength: 30 }), (pattern, stream) => {
        const m = bestWindowMatch(pattern, stream);
        expect(m.similarity).toBeGreaterThanOrEqual(0);
        expect(m.similarity).toBeLessThanOrEqual(1);
        expect(m.start).toBeGreaterThanOrEqual(0);
        expect(m.end).toBeLessThanOrEqual(stream.length);
      }),
    );
  });
  it('a pattern said verbatim anywhere in the stream scores 1 and is located on words that spell it', () => {
    fc.assert(
      fc.property(fc.array(word, { minLength: 1, maxLength: 8 }), fc.array(word, { maxLength: 15 }), fc.array(word, { maxLength: 15 }), (pattern, before, after) => {
        const stream = [...before, ...pattern, ...after];
        const m = bestWindowMatch(pattern, stream);
        expect(m.similarity).toBe(1);
        // The verbatim place, or an earlier one that says the same words split or merged ("may be" for "maybe").
        expect(stream.slice(m.start, m.end).join('')).toBe(pattern.join(''));
      }),
    );
  });
  it('locates "maybe" on an earlier "may be" as a perfect match (one token may stand for two)', () => {
    const m = bestWindowMatch(['maybe'], ['may', 'be', 'maybe']);
    expect(m).toMatchObject({ similarity: 1, start: 0, end: 2 });
  });
});
