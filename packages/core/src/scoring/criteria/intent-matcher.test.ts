import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Utterance } from '../../call/call.js';
import { normalizeTokens } from '../normalize-text.js';
import { phraseSimilarity } from './intent-criterion.js';
import { IntentMatcher } from './intent-matcher.js';

const PHRASES = ['can I verify your date of birth', 'may I have your full name', 'is there anything else I can help you with', 'to confirm you will pay'];
const word = fc.constantFrom('can', 'i', 'verify', 'your', 'date', 'of', 'birth', 'may', 'maybe', 'have', 'full', 'name', 'anything', 'else', 'help', 'you', 'with', 'confirm', 'will', 'pay', 'today', 'account', 'the', 'an', 'and', 'verified', 'birthday');

const said = (text: string): Utterance => ({ speaker: 'agent', text, startMs: 0, endMs: 1000 }) as Utterance;

/** Every phrase against every utterance, the first pair winning ties: what bestMatch must reproduce. */
function bruteForce(utterances: Utterance[], searched: number[]) {
  let best: { index: number; phrase: string; similarity: number } | undefined;
  for (const index of searched) {
    for (const phrase of PHRASES) {
      const similarity = phraseSimilarity(normalizeTokens(phrase), normalizeTokens(utterances[index]!.text));
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
        const utterances = texts.map((tokens) => said(tokens.join(' ')));
        const searched = utterances.flatMap((_, i) => (i % 3 === 1 ? [] : [i]));
        expect(matcher.bestMatch(utterances, searched)).toEqual(bruteForce(utterances, searched));
      }),
      { numRuns: 400 },
    );
  });

  it('finds a paraphrase and reports the phrase it came closest to', () => {
    const matcher = new IntentMatcher(PHRASES);
    const utterances = [said('thanks for calling'), said('one moment'), said('could I verify the date of birth on file')];
    const best = matcher.bestMatch(utterances, [0, 2]);
    expect(best?.index).toBe(2);
    expect(best?.phrase).toBe('can I verify your date of birth');
    expect(best?.similarity).toBeGreaterThanOrEqual(0.7);
  });

  it('has no match when there is nothing to search', () => {
    expect(new IntentMatcher(PHRASES).bestMatch([said('hello')], [])).toBeUndefined();
  });
});
