import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { utteranceSchema } from './call.js';
import { utterancesIfValid } from './utterances-if-valid.js';

const schema = z.array(utteranceSchema);

/** An optional key present with the value undefined, at any depth: the check leaves those to zod by design. */
function hasUndefinedKey(value: unknown): boolean {
  if (Array.isArray(value)) return value.some(hasUndefinedKey);
  if (typeof value !== 'object' || value === null) return false;
  return Object.values(value).some((v) => v === undefined || hasUndefinedKey(v));
}

/**
 * The contract: whenever the hand-written check answers, zod agrees and gives the same value, keys in the same order;
 * it refuses only what zod refuses, or input with a key present as undefined.
 */
function expectAgreesWithZod(value: unknown): void {
  const mine = utterancesIfValid(value);
  const zod = schema.safeParse(value);
  if (mine === undefined) {
    if (zod.success && !hasUndefinedKey(value)) expect.fail(`zod accepts what the check refused: ${JSON.stringify(value)}`);
    return;
  }
  expect(zod.success).toBe(true);
  expect(mine).toStrictEqual(zod.data);
  expect(JSON.stringify(mine)).toBe(JSON.stringify(zod.data));
}

const oddValue = fc.constantFrom<unknown>(undefined, null, -1, -0, 0, 1.5, NaN, Infinity, '', 'x', 'agent', 'card', true, [], {}, [{}]);
const ms = fc.oneof(fc.nat(), fc.double(), oddValue);
const word = fc.oneof(fc.record({ text: fc.oneof(fc.string(), oddValue), startMs: ms, endMs: ms }, { requiredKeys: [] }), fc.record({ endMs: fc.nat(), text: fc.string(), startMs: fc.nat(), conf: fc.double() }), oddValue);
const redaction = fc.oneof(fc.record({ category: fc.constantFrom<unknown>('card', 'ssn', 'dob', 'pin', 1), startMs: ms, endMs: ms }, { requiredKeys: [] }), oddValue);
const utterance = fc.oneof(
  fc.record(
    {
      extra: fc.string(),
      speaker: fc.constantFrom<unknown>('agent', 'customer', 'other', 'Agent', undefined, 0),
      text: fc.oneof(fc.string(), oddValue),
      endMs: ms,
      startMs: ms,
      words: fc.oneof(fc.array(word, { maxLength: 3 }), oddValue),
      channel: fc.oneof(fc.string(), fc.integer(), oddValue),
      redactions: fc.oneof(fc.array(redaction, { maxLength: 2 }), oddValue),
    },
    { requiredKeys: [] },
  ),
  oddValue,
);

describe('utterancesIfValid', () => {
  it('returns zod’s own result for valid utterances: fresh objects, unknown keys dropped, schema key order', () => {
    const input = [
      { text: 'hi', extra: 1, endMs: 20, speaker: 'agent', startMs: 0, channel: 0, words: [{ endMs: 5, text: 'hi', startMs: 0, conf: 0.9 }] },
      { speaker: 'customer', startMs: 20, endMs: -0, text: '', redactions: [{ category: 'card', startMs: 1, endMs: 2 }], channel: 'ch_1' },
    ];
    const out = utterancesIfValid(input);
    expect(Object.keys(out![0]!)).toEqual(['speaker', 'startMs', 'endMs', 'text', 'words', 'channel']);
    expect(out![0]!.words![0]).not.toBe(input[0]!.words![0]);
    expectAgreesWithZod(input);
  });

  it('leaves to zod anything it cannot vouch for', () => {
    for (const bad of [undefined, {}, [null], [{ speaker: 'agent', startMs: 0, endMs: 1, text: 'x', words: undefined }], [{ speaker: 'agent', startMs: 0, endMs: Infinity, text: 'x' }], [{ speaker: 'agent', startMs: 0, endMs: 1, text: 'x', channel: NaN }]]) {
      expect(utterancesIfValid(bad)).toBeUndefined();
    }
    expect(utterancesIfValid([], 1)).toBeUndefined();
  });

  it('agrees with zod on arbitrary utterance arrays', () => {
    fc.assert(fc.property(fc.oneof(fc.array(utterance, { maxLength: 4 }), oddValue), expectAgreesWithZod), { numRuns: 3000 });
  });
});
