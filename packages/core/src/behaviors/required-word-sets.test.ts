import { describe, expect, it } from 'vitest';
import { compilePattern, requiredWordSets, type PatternNode, type RequiredSet } from './pattern.js';

const FAMILIES: Record<string, string> = { party: '(the bank|your bank|they)' };
const resolveFamily = (name: string): PatternNode => compilePattern(FAMILIES[name]!, resolveFamily);
const sets = (source: string) => requiredWordSets(compilePattern(source, resolveFamily)).map((set: RequiredSet) => [...set.words].sort().join(' '));

describe('required word sets', () => {
  it('requires, of an alternation, a word from one set per option: the least likely of each', () => {
    // Option one's rarest set is "nothing" (ahead of "wrong", which costs the same); in option two, "(nothing|there is nothing)"
    // itself requires "nothing" (each of its options does), which comes before "wrong".
    expect(sets('({party} *8 nothing wrong on (our|my) (side|end)|(nothing|there is nothing) wrong on (our|my) (side|end) *8 {party})')).toEqual([
      'nothing the there they your',
      'nothing',
    ]);
  });

  it('takes one set from each option', () => {
    expect(sets('(i will ring you|you will get an email)')).toEqual(['i you', 'get ring']);
  });

  it('has no union when some option requires nothing', () => {
    expect(sets('(sorry about that|*2)')).toEqual([]);
    expect(sets('(sorry|frustrat*)')).toEqual([]);
  });

  it('keeps the first words of an alternation that fixes them', () => {
    // "how" and "about" cost the same, so the first is taken; "what" is a function word, so "about" is.
    expect(sets('(how about|what about)')).toEqual(['how what', 'about how']);
  });
});
