import { describe, expect, it } from 'vitest';
import { splitLines, stripTags } from './text-lines.js';

describe('text lines', () => {
  it('splits on every line ending', () => {
    expect(splitLines('a\r\nb\nc\rd')).toEqual(['a', 'b', 'c', 'd']);
  });

  it.each([
    ['plain', 'plain'],
    ['<v Jo>Hi <i>there</i></v>', 'Hi there'],
    ['Fish &amp; chips &lt;3 &unknown; end', 'Fish & chips <3 &unknown; end'],
    ['unclosed <b tag', 'unclosed <b tag'],
    ['<c.yellow>a</c>&nbsp;b', 'a b'],
  ])('strips tags from %j', (input, expected) => expect(stripTags(input)).toBe(expected));
});
