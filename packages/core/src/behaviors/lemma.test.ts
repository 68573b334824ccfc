import { describe, expect, it } from 'vitest';
import { lemmaOf } from './lemma.js';
import { compileMatcher } from './compile-matcher.js';
import { compilePattern } from './pattern.js';
import { prepareText } from './normalize.js';

const noFamilies = (name: string): never => {
  throw new Error(`no family ${name}`);
};

describe('lemmaOf', () => {
  it.each([
    ['cancel', ['cancels', 'cancelled', 'canceled', 'cancelling', 'canceling']],
    ['charge', ['charges', 'charged', 'charging']],
    ['close', ['closed', 'closing', 'closes']],
    ['go', ['going', 'went', 'gone', 'goes']],
    ['stop', ['stopped', 'stopping', 'stops']],
    ['try', ['tried', 'tries', 'trying']],
    ['need', ['needs', 'needed']],
    ['switch', ['switches', 'switched', 'switching']],
  ])('gives every inflection of %s the same key', (base, forms) => {
    for (const form of forms) expect(lemmaOf(form)).toBe(lemmaOf(base));
  });

  it('keeps unrelated words apart', () => {
    expect(lemmaOf('bring')).not.toBe(lemmaOf('bing'));
    expect(lemmaOf('this')).toBe('this');
    expect(lemmaOf('thing')).toBe('thing');
  });
});

describe('inflected pattern words (word+)', () => {
  const node = compilePattern('(cancel+|terminate+) my (account+|plan)', noFamilies);
  const matches = (text: string) => compileMatcher(node).matchAt(prepareText(text), 0) > 0;

  it('match any inflection of the word', () => {
    expect(matches('cancelling my accounts')).toBe(true);
    expect(matches('terminated my plan')).toBe(true);
    expect(matches('cancel my account')).toBe(true);
  });

  it('do not match other words', () => {
    expect(matches('canceler my account')).toBe(false);
    expect(matches('cancel my plans')).toBe(false);
  });
});
