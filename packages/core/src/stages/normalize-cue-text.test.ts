import { describe, expect, it } from 'vitest';
import { compileCue, countCueMatches } from './cue-matcher.js';
import { anchorWordId, knownAnchorWordId } from './anchor-words.js';
import { emptyTranscriptWords, normalizeCueText, normalizeCueWords, normalizeTranscriptWords } from './normalize-cue-text.js';

describe('normalizeCueText', () => {
  it.each([
    ["I'm sorry, we CAN'T do that.", 'i am sorry we can not do that'],
    ['im sorry we cant do that', 'i am sorry we can not do that'],
    ['I cannot, it won\u2019t work', 'i can not it will not work'],
    ["That's the account's owner", 'that is the account owner'],
    ['um so uh the the fee is $12.50', 'so the fee is 12 50 dollars'],
    ['a 5% fee & tax', 'a 5 percent fee and tax'],
    ['ok gonna check', 'okay going to check'],
  ])('%s -> %s', (input, expected) => {
    expect(normalizeCueText(input)).toBe(expected);
  });
});

describe('cue phrases', () => {
  it('match whole words only', () => {
    const cue = compileCue('fee');
    expect(cue && countCueMatches('there is a fee today', [cue])).toBe(1);
    expect(cue && countCueMatches('i feel fine', [cue])).toBe(0);
  });

  it('support word prefixes and single-word wildcards', () => {
    const prefix = compileCue('verif*');
    const any = compileCue('this is * speaking');
    expect(prefix && countCueMatches(normalizeCueText('Let me verify that'), [prefix])).toBe(1);
    expect(prefix && countCueMatches(normalizeCueText('for verification'), [prefix])).toBe(1);
    expect(any && countCueMatches(normalizeCueText('This is Dana speaking'), [any])).toBe(1);
    expect(any && countCueMatches(normalizeCueText('This is speaking'), [any])).toBe(0);
  });

  it('are normalized like transcript text', () => {
    const cue = compileCue("can't afford");
    expect(cue && countCueMatches(normalizeCueText('i cannot afford it'), [cue])).toBe(1);
  });

  it('reject phrases with nothing to match', () => {
    expect(compileCue('!!!')).toBeNull();
    expect(compileCue('*')).toBeNull();
  });
});

describe('normalizeTranscriptWords', () => {
  it('overwrites reused arrays: only the first count entries are the current text, as normalizeCueWords gives them', () => {
    const out = emptyTranscriptWords();
    for (const text of ['Um, let me verify that for you today, thank you so much', 'I can\u2019t pay 5% of $12 & more', 'ok then', '']) {
      normalizeTranscriptWords(text, out);
      expect(out.words.slice(0, out.count)).toEqual(normalizeCueWords(text));
    }
    expect(out.count).toBe(0);
  });

  it('numbers each word that some cue index anchors on, also in runs seen before the anchor was', () => {
    const out = emptyTranscriptWords();
    normalizeTranscriptWords('the flibbertigibbet again', out);
    expect(out.anchorIds.slice(0, out.count)).toEqual([knownAnchorWordId('the'), -1, knownAnchorWordId('again')]);
    const id = anchorWordId('flibbertigibbet');
    normalizeTranscriptWords('the flibbertigibbet again', out);
    expect(out.anchorIds[1]).toBe(id);
    normalizeTranscriptWords('flibbertigibbet & 5%', out);
    expect(out.words.slice(0, out.count)).toEqual(['flibbertigibbet', 'and', '5', 'percent']);
    expect(out.anchorIds[0]).toBe(id);
  });
});
