import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Call } from '../call/call.js';
import { PLACEHOLDER_PATTERN } from './categories.js';
import { luhnValid } from './checksums.js';
import { redactCall } from './redact-call.js';
import { redactText } from './redact-text.js';

const SPOKEN = ['zero', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine'];
const FILLER = ['okay', 'so', 'I', 'think', 'yes', 'thanks', 'please', 'the', 'bill', 'service', 'help', 'today', 'great', 'sure', 'right', 'um', 'well', 'it', 'is', 'was', 'that', 'and', 'then', 'we', 'can', 'hello', 'fine', 'here', 'you', 'go'];

/** A card number from a real network prefix and length, completed with its Luhn check digit. */
const cardNumber = fc
  .tuple(fc.constantFrom(['4', 16], ['4', 13], ['51', 16], ['55', 16], ['2221', 16], ['34', 15], ['37', 15], ['6011', 16], ['65', 19], ['3528', 16]), fc.infiniteStream(fc.integer({ min: 0, max: 9 })))
  .map(([[prefix, length], stream]) => {
    const body = prefix + [...stream.take(length - prefix.length - 1)].join('');
    const check = [...'0123456789'].find((d) => luhnValid(body + d))!;
    return body + check;
  });

/** How a caller or an ASR engine writes it: plain, grouped by spaces or dashes, spoken digit by digit, or mixed. */
const rendering = fc.constantFrom('plain', 'spaces', 'dashes', 'spoken', 'mixed', 'spoken-commas');
function render(card: string, style: string): string {
  const groups = card.match(/.{1,4}/g)!;
  switch (style) {
    case 'plain':
      return card;
    case 'spaces':
      return groups.join(' ');
    case 'dashes':
      return groups.join('-');
    case 'spoken':
      return [...card].map((d) => SPOKEN[Number(d)]).join(' ');
    case 'spoken-commas':
      return groups.map((g) => [...g].map((d) => SPOKEN[Number(d)]).join(' ')).join(', ');
    default:
      return groups.map((g, i) => (i % 2 === 0 ? g : [...g].map((d) => (d === '0' ? 'oh' : SPOKEN[Number(d)])).join(' '))).join(' ');
  }
}
const filler = fc.array(fc.constantFrom(...FILLER), { maxLength: 12 }).map((words) => words.join(' '));

describe('redaction properties', () => {
  it('a Luhn-valid card number in any surface form, embedded in filler text, is always redacted', () => {
    fc.assert(
      fc.property(cardNumber, rendering, filler, filler, (card, style, before, after) => {
        const text = [before, render(card, style), after].filter((s) => s !== '').join(' ');
        const out = redactText(text).text;
        expect(out).toContain('[CARD]');
        expect(out.replace(/\D/g, '')).not.toContain(card);
      }),
      { numRuns: 400 },
    );
  });

  const sentence = fc
    .array(
      fc.oneof(
        fc.constantFrom(...FILLER, ...SPOKEN, 'card', 'number', 'social', 'routing', 'expires', 'at', 'dot', 'com', 'street', 'main', 'order', '$', ',', 'oh', 'double', 'born', 'march', 'plus'),
        fc.stringMatching(/^\d{1,6}$/),
        fc.constantFrom('jane@example.com', '555-234-5678', '123-45-6789', '(555) 234-5678', '4111 1111 1111 1111', '12/27'),
      ),
      { maxLength: 30 },
    )
    .map((parts) => parts.join(' '));

  it('is idempotent: redacting redacted text changes nothing', () => {
    fc.assert(
      fc.property(sentence, fc.option(sentence, { nil: undefined }), (text, previous) => {
        const options = previous === undefined ? {} : { previousText: previous };
        const once = redactText(text, options).text;
        expect(redactText(once, options).text).toBe(once);
      }),
      { numRuns: 500 },
    );
  });

  it('replaces each span by a typed placeholder that carries no digit of the original', () => {
    fc.assert(
      fc.property(sentence, (text) => {
        const { text: out, redactions } = redactText(text);
        const placeholders = out.match(new RegExp(PLACEHOLDER_PATTERN.source, 'g')) ?? [];
        expect(placeholders.length).toBeGreaterThanOrEqual(redactions.length);
        for (const p of placeholders) expect(p).not.toMatch(/\d/);
        for (const r of redactions) expect(r.end).toBeGreaterThan(r.start);
      }),
      { numRuns: 300 },
    );
  });

  it('redactCall is idempotent', () => {
    fc.assert(
      fc.property(fc.array(sentence, { minLength: 1, maxLength: 4 }), (texts) => {
        const call: Call = {
          id: 'c1',
          agent: { id: 'a1' },
          utterances: texts.map((text, i) => ({ speaker: i % 2 === 0 ? 'agent' : 'customer', startMs: i * 1000, endMs: i * 1000 + 900, text })),
        };
        const once = redactCall(call).call;
        expect(redactCall(once).call).toEqual(once);
      }),
      { numRuns: 200 },
    );
  });
});

describe('words a plain object inherits', () => {
  it('read as ordinary words, never as number words that join a digit run', () => {
    for (const word of ['constructor', 'valueof', 'tostring', 'hasownproperty']) {
      const text = `the number is one two three ${word} four five six seven eight nine`;
      const plain = text.replace(word, 'x'.repeat(word.length));
      expect(redactText(text).redactions.map((r) => [r.start, r.end, r.category])).toEqual(redactText(plain).redactions.map((r) => [r.start, r.end, r.category]));
    }
    expect(redactText('my card is four one one one one one one one constructor one one one one one one one one').redactions).toEqual([]);
  });
});
