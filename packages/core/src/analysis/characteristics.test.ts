import { describe, expect, it } from 'vitest';
import type { Call, Utterance } from '../call/call.js';
import { computeCharacteristics } from './characteristics.js';

const u = (speaker: Utterance['speaker'], startMs: number, endMs: number, text = 'one two three'): Utterance => ({ speaker, startMs, endMs, text });
const call = (utterances: Utterance[], durationMs?: number): Call => ({ id: 'c1', agent: { id: 'a1' }, utterances, ...(durationMs ? { durationMs } : {}) });

describe('computeCharacteristics', () => {
  it('splits talk time, turns and words per speaker', () => {
    const c = computeCharacteristics(call([u('agent', 0, 4000, 'hello how can i help'), u('customer', 4500, 10_500, 'my internet is down again today'), u('agent', 11_000, 13_000, 'sorry to hear that')]));
    expect(c.durationMs).toBe(13_000);
    expect(c.talk.agent).toMatchObject({ talkMs: 6000, turns: 2, words: 9 });
    expect(c.talk.customer).toMatchObject({ talkMs: 6000, turns: 1, words: 6, wordsPerMinute: 60 });
    expect(c.talk.agent!.talkShare).toBe(0.5);
  });

  it('reports gaps of at least 3 s as non-talk time with their position', () => {
    const c = computeCharacteristics(call([u('agent', 0, 2000), u('customer', 4000, 6000), u('agent', 9000, 10_000), u('customer', 10_500, 12_000)]));
    expect(c.nonTalk.instances).toEqual([{ startMs: 6000, endMs: 9000, durationMs: 3000, afterIndex: 1 }]);
    expect(c.nonTalk.totalMs).toBe(3000);
    expect(c.nonTalk.share).toBe(0.25);
  });

  it('does not count a gap that another speaker talks through', () => {
    const c = computeCharacteristics(call([u('agent', 0, 20_000), u('customer', 1000, 2000), u('customer', 19_000, 21_000)]));
    expect(c.nonTalk.instances).toEqual([]);
  });

  it('finds who interrupted whom, when and for how long', () => {
    const c = computeCharacteristics(call([u('customer', 0, 8000), u('agent', 6000, 9000), u('customer', 9500, 10_000)]));
    expect(c.interruptions).toEqual([{ by: 'agent', of: 'customer', atMs: 6000, overlapMs: 2000, utteranceIndex: 1 }]);
  });

  it('takes the longest overlap among the other speakers, the first one on a tie', () => {
    const c = computeCharacteristics(call([u('other', 0, 9000), u('customer', 1000, 9000), u('agent', 5000, 9500), u('other', 9600, 9700)]));
    expect(c.interruptions).toEqual([
      { by: 'customer', of: 'other', atMs: 1000, overlapMs: 8000, utteranceIndex: 1 },
      { by: 'agent', of: 'other', atMs: 5000, overlapMs: 4000, utteranceIndex: 2 },
    ]);
  });

  it('ignores crosstalk shorter than the minimum overlap and overlaps with oneself', () => {
    const c = computeCharacteristics(call([u('customer', 0, 5000), u('agent', 4900, 7000), u('agent', 6500, 8000)]));
    expect(c.interruptions).toEqual([]);
  });

  it('finds the longest monologue per speaker across consecutive turns', () => {
    const c = computeCharacteristics(call([u('agent', 0, 3000), u('agent', 3000, 30_000), u('customer', 31_000, 33_000), u('agent', 34_000, 40_000)]));
    expect(c.longestMonologue.agent).toEqual({ speaker: 'agent', startMs: 0, endMs: 30_000, durationMs: 30_000, fromIndex: 0, toIndex: 1 });
    expect(c.longestMonologue.customer?.durationMs).toBe(2000);
  });

  it('uses the declared duration when it is longer than the last utterance', () => {
    expect(computeCharacteristics(call([u('agent', 0, 1000)], 60_000)).durationMs).toBe(60_000);
  });

  it('prefers word timings over a text word count', () => {
    const withWords = { ...u('agent', 0, 60_000, 'ignored text here'), words: [{ text: 'a', startMs: 0, endMs: 100 }] };
    expect(computeCharacteristics(call([withWords])).talk.agent!.words).toBe(1);
  });
});
