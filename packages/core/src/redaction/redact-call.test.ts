import { describe, expect, it } from 'vitest';
import { callSchema, type Call, type Word } from '../call/call.js';
import { redactCall } from './redact-call.js';

function words(text: string, startMs: number, stepMs: number): Word[] {
  return text.split(' ').map((w, i) => ({ text: w, startMs: startMs + i * stepMs, endMs: startMs + i * stepMs + stepMs - 50 }));
}

const spokenCard = 'sure it is four one one one one one one one one one one one one one one one thanks';
const call: Call = {
  id: 'call-1',
  agent: { id: 'agent-7' },
  metadata: { customerPhone: '555-234-5678', orderNumber: '5552345678', nested: { email: 'jane@example.com' }, callbackNumber: 5552345678 },
  utterances: [
    { speaker: 'agent', startMs: 0, endMs: 2000, text: 'Can I get the card number please?' },
    { speaker: 'customer', startMs: 2000, endMs: 12000, text: spokenCard, words: words(spokenCard, 2000, 500) },
    { speaker: 'customer', startMs: 12000, endMs: 14000, text: 'My SSN is 123-45-6789.' },
    { speaker: 'agent', startMs: 14000, endMs: 16000, text: 'Thank you, your order number is 5552345678.' },
  ],
};

describe('redactCall', () => {
  const { call: redacted, redactions } = redactCall(call);

  it('replaces the spoken card, using the previous utterance as its cue', () => {
    expect(redacted.utterances[1]!.text).toBe('sure it is [CARD] thanks');
  });

  it('times a redaction from its words and merges the words into one placeholder word', () => {
    const u = redacted.utterances[1]!;
    // Words 3..18 (0-based) are the sixteen digits: 2000 + 3*500 = 3500 to 2000 + 18*500 + 450 = 11450.
    expect(u.redactions).toEqual([{ category: 'card', startMs: 3500, endMs: 11450 }]);
    expect(u.words!.map((w) => w.text)).toEqual(['sure', 'it', 'is', '[CARD]', 'thanks']);
    expect(u.words![3]).toEqual({ text: '[CARD]', startMs: 3500, endMs: 11450 });
  });

  it('times a redaction from character offsets when there are no words', () => {
    const u = redacted.utterances[2]!;
    expect(u.text).toBe('My SSN is [SSN].');
    const start = 12000 + Math.round((2000 * 'My SSN is '.length) / u.text.length);
    expect(u.redactions![0]!.category).toBe('ssn');
    // Offsets are those of the original text (22 characters), not of the redacted one.
    expect(u.redactions![0]!.startMs).toBe(12000 + Math.round((2000 * 10) / 22));
    expect(u.redactions![0]!.endMs).toBe(12000 + Math.round((2000 * 21) / 22));
    expect(start).toBeGreaterThan(12000);
  });

  it('leaves order numbers and untouched utterances as they were', () => {
    expect(redacted.utterances[3]).toBe(call.utterances[3]);
    expect(redacted.utterances[0]).toBe(call.utterances[0]);
  });

  it('lists every redaction with its utterance', () => {
    expect(redactions.map((r) => [r.utterance, r.category])).toEqual([
      [1, 'card'],
      [2, 'ssn'],
    ]);
  });

  it('redacts string and integer metadata, reading each key as a cue', () => {
    expect(redacted.metadata).toEqual({ customerPhone: '[PHONE]', orderNumber: '5552345678', nested: { email: '[EMAIL]' }, callbackNumber: '[PHONE]' });
  });

  it('produces a call that still matches the call schema', () => {
    expect(callSchema.safeParse(redacted).success).toBe(true);
  });

  it('scrubs words on their own when they do not follow the text', () => {
    const odd: Call = {
      id: 'c2',
      agent: { id: 'a' },
      utterances: [{ speaker: 'customer', startMs: 0, endMs: 1000, text: 'card 4111 1111 1111 1111', words: words('my card is 4111111111111111 ok', 0, 100) }],
    };
    const u = redactCall(odd).call.utterances[0]!;
    expect(u.text).toBe('card [CARD]');
    expect(u.words!.map((w) => w.text)).toEqual(['my', 'card', 'is', '[CARD]', 'ok']);
  });

  it('redacts only the categories asked for', () => {
    const only = redactCall(call, { categories: ['ssn'] }).call;
    expect(only.utterances[1]!.text).toBe(spokenCard);
    expect(only.utterances[2]!.text).toBe('My SSN is [SSN].');
    expect(redactCall(call, { categories: [] }).call).toEqual(call);
  });
});
