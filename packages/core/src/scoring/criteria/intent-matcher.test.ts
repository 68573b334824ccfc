import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { normalizeTokens } from '../normalize-text.js';
import { phraseSimilarity } from './intent-criterion.js';
import { IntentMatcher } from './intent-matcher.js';

const PHRASES = ['can I verify your date of birth', 'may I have your full name', 'is there anything else I can help you with', 'to confirm you will pay'];
const word = fc.constantFrom('can', 'i', 'verify', 'your', 'date', 'of', 'birth', 'may', 'maybe', 'have', 'full', 'name', 'anything', 'else', 'help', 'you', 'with', 'confirm', 'will', 'pay', 'today', 'account', 'the', 'an', 'and', 'verified', 'birthday');

/** Every phrase against every utterance, the first pair winning ties: what bestMatch must reproduce. */
function bruteForce(utterances: Array<{ index: number; tokens: string[] }>) {
  let best: { index: number; phrase: string; similarity: number } | undefined;
  for (const { index, tokens } of utterances) {
    for (const phrase of PHRASES) {
      const similarity = phraseSimilarity(normalizeTokens(phrase), tokens);
      if (!best || similarity > best.similarity + 1e-12) best = { index, phrase, similarity };
    }
  }
  return best;
}

describe('IntentMatcher.bestMatch', () => {
  it('returns the same utterance, phrase and similarity as comparing every phrase with every utterance', () => {
    const matcher = new IntentMatcher(PHRASES);
    fc.assert(
      fc.property(fc.array(fc.array(word, { maxLength: 14 }), { maxLength: 12 }), (texts) => {
        const utterances = texts.map((tokens, index) => ({ index: index * 2, tokens }));
        expect(matcher.bestMatch(utterances)).toEqual(bruteForce(utterances));
      }),
      { numRuns: 400 },
    );
  });

  it('finds a paraphrase and reports the phrase it came closest to', () => {
    const matcher = new IntentMatcher(PHRASES);
    const best = matcher.bestMatch([
      { index: 0, tokens: normalizeTokens('thanks for calling') },
      { index: 3, tokens: normalizeTokens('could I verify the date of birth on file') },
    ]);
    expect(best?.index).toBe(3);
    expect(best?.phrase).toBe('can I verify your date of birth');
    expect(best?.similarity).toBeGreaterThanOrEqual(0.7);
  });

  it('has no match when there is nothing to search', () => {
    expect(new IntentMatcher(PHRASES).bestMatch([])).toBeUndefined();
  });
});
