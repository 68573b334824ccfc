import { describe, expect, it } from 'vitest';
import { HASH_SEED, hashStep } from '../text/raw-word-table.js';
import { collapseRuns, emoticonsWhere, scanTokens, scanWord, tokenize, type ScannedWord } from './tokenize.js';

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

describe('scanTokens with a word resolver', () => {
  const hashOf = (text: string): number => [...text].reduce((h, ch) => hashStep(h, ch.charCodeAt(0)), HASH_SEED);

  it('hands each word over as its raw character range with the hash of those characters', () => {
    const seen: string[] = [];
    const resolve = (text: string, from: number, to: number, hash: number): ScannedWord | null => {
      const raw = text.slice(from, to);
      expect(hash).toBe(hashOf(raw));
      seen.push(raw);
      return scanWord(text, from, to);
    };
    const columns = scanTokens("Don't GO, 'quoted' (x) soooo :)", emoticonsWhere(isEmoticon), undefined, resolve);
    expect(seen).toEqual(["Don't", 'GO', "'quoted'", 'x', 'soooo']);
    expect(columns.texts.slice(0, columns.count)).toEqual(["don't", 'go', 'quoted', 'x', 'soooo', ':)']);
    expect(columns.words[5]).toBeUndefined();
  });

  it('asks about whole chunks that are not plain words by range and hash', () => {
    const asked: string[] = [];
    const emoticonAt = (text: string, from: number, to: number, hash: number): string | null => {
      expect(hash).toBe(hashOf(text.slice(from, to)));
      asked.push(text.slice(from, to));
      return null;
    };
    scanTokens('Hi, plain words :D', emoticonAt);
    expect(asked).toEqual(['Hi,', ':D']);
  });
});
