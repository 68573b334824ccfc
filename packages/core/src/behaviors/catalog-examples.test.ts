import { describe, expect, it } from 'vitest';
import type { Call } from '../call/call.js';
import { DEFAULT_BEHAVIOR_CATALOG } from './default-catalog.js';
import { detectBehaviors } from './detect-behaviors.js';
import type { BehaviorEntry } from './catalog-schema.js';

/** Builds the smallest call in which an entry's example can show (or not show) the entry. */
function callFor(entry: BehaviorEntry, example: string): { call: Call; index: number } {
  const agent = (startMs: number, endMs: number, text: string) => ({ speaker: 'agent' as const, startMs, endMs, text });
  const customer = (startMs: number, endMs: number, text: string) => ({ speaker: 'customer' as const, startMs, endMs, text });
  const base = { id: 'example', agent: { id: 'a' } };
  switch (entry.detector) {
    case 'interruption':
      return { call: { ...base, utterances: [customer(0, 6000, 'so i was saying the bill went up again this month'), agent(2000, 7000, example)] }, index: 1 };
    case 'hold_without_permission':
      return { call: { ...base, utterances: [agent(0, 3000, example), agent(60_000, 62_000, 'okay i found it')] }, index: 0 };
    case 'policy_before_acknowledgment':
      return { call: { ...base, utterances: [customer(0, 4000, 'this is ridiculous i was charged twice'), agent(4500, 8000, example)] }, index: 1 };
    default:
      return { call: { ...base, utterances: [{ speaker: entry.speaker, startMs: 0, endMs: 3000, text: example }] }, index: 0 };
  }
}

function detects(entry: BehaviorEntry, example: string): boolean {
  const { call, index } = callFor(entry, example);
  // The catalog's own patterns, without the learned fallback (which trains on these examples).
  const { behaviors, signals } = detectBehaviors(call, { learned: false });
  return [...behaviors, ...signals].some((d) => d.id === entry.id && d.utteranceIndex === index);
}

describe('every default catalog entry detects its own examples', () => {
  for (const entry of DEFAULT_BEHAVIOR_CATALOG.entries) {
    for (const example of entry.examples.positive) {
      it(`${entry.id} detects "${example}"`, () => expect(detects(entry, example)).toBe(true));
    }
    for (const example of entry.examples.negative) {
      it(`${entry.id} does not detect "${example}"`, () => expect(detects(entry, example)).toBe(false));
    }
  }

  it('every phrase entry has positive and negative examples', () => {
    const missing = DEFAULT_BEHAVIOR_CATALOG.entries.filter((e) => e.detector === 'phrase' && (e.examples.positive.length === 0 || e.examples.negative.length === 0));
    expect(missing.map((e) => e.id)).toEqual([]);
  });
});
