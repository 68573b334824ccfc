import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { BARE_CONTRACTIONS, expandContractions, normalizeCueText } from './normalize-cue-text.js';

const FILLERS = new Set(['um', 'umm', 'uh', 'uhh', 'uhm', 'erm', 'er', 'ah', 'ahh', 'hmm', 'hm', 'mm', 'mmm', 'mhm']);
// The table of apostrophe-less contractions is data, shared with production; random strings hit its entries ("I" + "vE").
const BARE = BARE_CONTRACTIONS;

/**
 * The normalization spelled out as whole-text passes, the way it reads in its doc comment. The
 * production code scans once and expands contractions run by run; both must agree on any text.
 */
function wholeTextNormalization(text: string): string {
  let s = text.toLowerCase().replace(/[\u2018\u2019\u02bc`]/g, "'");
  s = s.replace(/\$\s?(\d[\d,]*(?:\.\d+)?)/g, '$1 dollars').replace(/%/g, ' percent').replace(/&/g, ' and ');
  s = expandContractions(s).replace(/[^a-z0-9]+/g, ' ');
  const words: string[] = [];
  for (const raw of s.split(' ')) {
    if (raw === '' || FILLERS.has(raw)) continue;
    for (const word of ((Object.hasOwn(BARE, raw) ? BARE[raw] : undefined) ?? raw).split(' ')) if (words[words.length - 1] !== word) words.push(word);
  }
  return words.join(' ');
}

const PIECES = [
  "'", '\u2019', '\u2018', '\u02bc', '`', '_', '$', '$ ', '%', '&', ' ', ',', '.', '-', '\u00a0', 'é', 'İ', 'K',
  "don't", "won't", "can't", "y'all", "it's", "account's", "i'm", "let's", "ain't", "n't", "'re", "'s", "'d", "'ll",
  'dont', 'cannot', 'im', 'ok', 'gonna', 'thats', 'ive', 'I', 'vE', 'alright', 'wanna', 'um', 'uh', 'the the', 'I I', '$12.50', '$1,000', '5%', '12', 'a', 'x',
  // Upper case, and "$" amounts touching words or each other (the cached fast path must hand these over).
  'Don\u2019t', 'THE', 'Um', '$5x', 'a$5', '$5$6', '$ 7.', '$5.5.5', '$\t8', '&&', 'dollars',
];

describe('normalizeCueText', () => {
  it('agrees with whole-text normalization on text dense with contractions, symbols and separators', () => {
    const text = fc.array(fc.oneof(fc.constantFrom(...PIECES), fc.string({ maxLength: 4 })), { maxLength: 12 }).map((parts) => parts.join(''));
    fc.assert(
      fc.property(text, (t) => {
        expect(normalizeCueText(t)).toBe(wholeTextNormalization(t));
      }),
      { numRuns: 3000 },
    );
  });

  it('treats words that name Object.prototype members as ordinary words', () => {
    expect(normalizeCueText('The constructor called about the toString valueOf thing')).toBe('the constructor called about the tostring valueof thing');
  });
});
