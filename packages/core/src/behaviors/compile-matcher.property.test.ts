import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compileMatcher } from './compile-matcher.js';
import { prepareText } from './normalize.js';
import { compilePattern, type PatternNode } from './pattern.js';
import { matchAtPositions } from './position-matcher.js';

const WORDS = ['i', 'am', 'so', 'sorry', 'cancel', 'cancelled', 'my', 'account', 'but', 'the', 'plan', 'frustrating', 'you', 'know'];
const FAMILIES: Record<string, string> = { sorry: '((i am|i am so|we are) sorry|sorry)', thing: '(account|plan|the plan)' };

/** Pattern source text over a small vocabulary, using every construct of the pattern language. */
const atom: fc.Arbitrary<string> = fc.letrec<{ atom: string; seq: string }>((tie) => ({
  atom: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    fc.constantFrom(...WORDS),
    fc.constantFrom('cancel+', 'plan+', 'frustrat*', 'acc*', '^', '$', '*0', '*1', '*3', '{sorry}', '{thing}'),
    fc.tuple(tie('seq'), tie('seq')).map(([a, b]) => `(${a}|${b})`),
    fc.array(fc.constantFrom(...WORDS), { minLength: 4, maxLength: 6 }).map((options) => `(${options.join('|')})`),
    tie('atom').map((a) => `${a}?`),
  ),
  seq: fc.array(tie('atom'), { minLength: 1, maxLength: 4 }).map((items) => items.join(' ')),
})).seq;

const resolveFamily = (name: string): PatternNode => compilePattern(FAMILIES[name]!, resolveFamily);

describe('compiled pattern matcher', () => {
  it('finds the same longest match as the position-set matcher from every start', () => {
    const text = fc.array(fc.oneof(fc.constantFrom(...WORDS), fc.constantFrom(',', '.', "i'm", 'um')), { maxLength: 14 }).map((w) => w.join(' '));
    fc.assert(
      fc.property(fc.oneof(atom, fc.tuple(atom, atom).map(([a, b]) => `${a} | ${b}`)), text, (source, raw) => {
        const node = compilePattern(source, resolveFamily);
        // Compiling may add words to the vocabulary, so prepare the text after it (as detectBehaviors does).
        const compiled = compileMatcher(node);
        const prepared = prepareText(raw);
        for (let from = 0; from < prepared.infos.length; from++) expect(compiled.matchAt(prepared, from)).toBe(matchAtPositions(node, prepared, from));
      }),
      { numRuns: 2000 },
    );
  });

  it('matches patterns too long for the bitmask with the position-set matcher', () => {
    const node = compilePattern('cancel *20 my *20 account', resolveFamily);
    const prepared = prepareText('cancel the plan and then my whole account please');
    expect(compileMatcher(node).matchAt(prepared, 0)).toBe(8);
  });
});
