import { describe, expect, it } from 'vitest';
import { lemmaOf } from './lemma.js';
import { compilePattern, type PatternNode } from './pattern.js';
import { secondTokens } from './second-token.js';

const FAMILIES: Record<string, string> = { sorry: '(i am|we are) sorry' };
const resolveFamily = (name: string): PatternNode => compilePattern(FAMILIES[name]!, resolveFamily);
const second = (source: string) => secondTokens(compilePattern(source, resolveFamily));

describe('second tokens of a pattern', () => {
  it('collects what can follow the first token, through optional words, anchors and families', () => {
    const set = second('(how|what) (about|if) | ^ i really? cancel+ | {sorry} | frustrat* $ you');
    expect(set && [...set.words].sort()).toEqual(['about', 'am', 'are', 'if', 'really', 'you']);
    expect(set && [...set.lemmas]).toEqual([lemmaOf('cancel')]);
    expect(set?.any).toBe(false);
  });

  it('gives no test when a match can be one token or none, or the second token is free', () => {
    expect(second('sorry')).toBeUndefined();
    expect(second('i am | sorry')).toBeUndefined();
    expect(second('i am? $')).toBeUndefined();
    expect(second('*2 sorry')).toBeUndefined();
    expect(second('i *1 sorry')).toBeUndefined();
  });

  it('keeps prefixes as stems', () => {
    expect([...second('so frustrat*')!.stems]).toEqual(['frustrat']);
  });
});
