import { describe, expect, it } from 'vitest';
import type { Utterance } from '../call/call.js';
import { utteranceTokens } from './call-tokens.js';
import { normalizeTokens } from './normalize-text.js';

const utterance = (text: string): Utterance => ({ speaker: 'agent', text, startMs: 0, endMs: 1000 }) as Utterance;

describe('utteranceTokens', () => {
  it('normalizes every utterance once per utterance list', () => {
    const utterances = [utterance("Um, I can't help with that."), utterance('OK, gonna check')];
    const tokens = utteranceTokens(utterances);
    expect(tokens).toEqual(utterances.map((u) => normalizeTokens(u.text)));
    expect(utteranceTokens(utterances)).toBe(tokens);
  });

  it('treats a copied utterance list as a new call', () => {
    const utterances = [utterance('hello there')];
    const copy = [utterance('goodbye now')];
    expect(utteranceTokens(utterances)).toEqual([['hello', 'there']]);
    expect(utteranceTokens(copy)).toEqual([['goodbye', 'now']]);
  });
});

describe('normalizeTokens', () => {
  it('keeps words that name Object properties as plain words', () => {
    expect(normalizeTokens('the constructor called')).toEqual(['the', 'constructor', 'called']);
  });
});
