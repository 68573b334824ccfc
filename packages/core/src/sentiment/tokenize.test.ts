import { describe, expect, it } from 'vitest';
import { collapseRuns, tokenize } from './tokenize.js';

const emoticons = new Set([':)', ':-(', '<3']);
const isEmoticon = (chunk: string): boolean => emoticons.has(chunk);

describe('tokenize', () => {
  it('lowercases words, keeps apostrophes, strips punctuation and marks clause and sentence ends', () => {
    const { tokens } = tokenize("Don't go, it's GREAT!! Why?", isEmoticon);
    expect(tokens.map((t) => t.text)).toEqual(["don't", 'go', "it's", 'great', 'why']);
    expect(tokens[1]!.clauseEnd).toBe(true);
    expect(tokens[1]!.sentenceEnd).toBe(false);
    expect(tokens[3]!.shouted).toBe(true);
    expect(tokens[3]!.exclamations).toBe(2);
    expect(tokens[4]!.question).toBe(true);
  });

  it('keeps emoticons whole and splits emoji into their own tokens', () => {
    const { tokens } = tokenize('love it :) <3 so happy😍😍', isEmoticon);
    expect(tokens.map((t) => t.text)).toEqual(['love', 'it', ':)', '<3', 'so', 'happy', '😍', '😍']);
  });

  it('flags elongated words and collapses letter runs', () => {
    const { tokens } = tokenize('soooo goooood', isEmoticon);
    expect(tokens.every((t) => t.elongated)).toBe(true);
    expect(collapseRuns('goooood', 2)).toBe('good');
    expect(collapseRuns('soooo', 1)).toBe('so');
  });

  it('treats hashtags as words and handles ASR text without punctuation', () => {
    expect(tokenize('#blessed', isEmoticon).tokens.map((t) => t.text)).toEqual(['blessed']);
    const asr = tokenize('um i mean its not working', isEmoticon);
    expect(asr.tokens).toHaveLength(6);
    expect(asr.mixedCase).toBe(true);
    expect(asr.tokens.some((t) => t.clauseEnd)).toBe(false);
  });
});
