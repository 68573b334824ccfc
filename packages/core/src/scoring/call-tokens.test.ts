import { describe, expect, it } from 'vitest';
import type { Utterance } from '../call/call.js';
import { utteranceTokenIds } from './call-tokens.js';
import { normalizeTokens } from './normalize-text.js';
import { wordText } from './word-ids.js';

const utterance = (text: string): Utterance => ({ speaker: 'agent', text, startMs: 0, endMs: 1000 }) as Utterance;
const words = (utterances: Utterance[]) => utteranceTokenIds(utterances).map((ids) => Array.from(ids, wordText));

describe('utteranceTokenIds', () => {
  it('normalizes every utterance once per utterance list', () => {
    const utterances = [utterance("Um, I can't help with that."), utterance('OK, gonna check')];
    expect(words(utterances)).toEqual(utterances.map((u) => normalizeTokens(u.text)));
    expect(utteranceTokenIds(utterances)).toBe(utteranceTokenIds(utterances));
  });

  it('treats a copied utterance list as a new call', () => {
    const utterances = [utterance('hello there')];
    const copy = [utterance('goodbye now')];
    expect(words(utterances)).toEqual([['hello', 'there']]);
    expect(words(copy)).toEqual([['goodbye', 'now']]);
  });
});

describe('normalizeTokens', () => {
  it('keeps words that name Object properties as plain words', () => {
    expect(normalizeTokens('the constructor called')).toEqual(['the', 'constructor', 'called']);
  });
});
