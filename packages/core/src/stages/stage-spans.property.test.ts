import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Call } from '../call/call.js';
import { labelStages } from './label-stages.js';

const PHRASES = [
  'thank you for calling', 'can you verify your date of birth', 'my router is not working', 'please hold for a moment',
  'thanks for holding', 'let me transfer you', 'it is 20 dollars per month', 'that is too expensive',
  'i can offer a discount', 'we can set up a payment plan', 'i have reset it', 'anything else', 'bye', 'okay', 'um uh',
];

const utteranceArb = fc.record({
  speaker: fc.constantFrom('agent' as const, 'customer' as const, 'other' as const),
  words: fc.array(fc.oneof(fc.constantFrom(...PHRASES), fc.string({ maxLength: 12 })), { minLength: 0, maxLength: 4 }),
  gapMs: fc.integer({ min: 0, max: 60_000 }),
  lengthMs: fc.integer({ min: 0, max: 30_000 }),
});

const callArb = fc
  .record({
    callType: fc.option(fc.constantFrom('support', 'sales', 'retention', 'collections', 'other thing'), { nil: undefined }),
    utterances: fc.array(utteranceArb, { minLength: 1, maxLength: 40 }),
  })
  .map(({ callType, utterances }): Call => {
    let clock = 0;
    return {
      id: 'p',
      agent: { id: 'a' },
      ...(callType !== undefined ? { callType } : {}),
      utterances: utterances.map((u) => {
        const startMs = clock + u.gapMs;
        clock = startMs + u.lengthMs;
        return { speaker: u.speaker, text: u.words.join(' '), startMs, endMs: clock };
      }),
    };
  });

describe('stage spans (property)', () => {
  it('cover every utterance exactly once, in order, as maximal runs', () => {
    fc.assert(
      fc.property(callArb, (call) => {
        const { byUtterance, spans } = labelStages(call);
        expect(byUtterance).toHaveLength(call.utterances.length);
        expect(spans[0]?.fromIndex).toBe(0);
        expect(spans[spans.length - 1]?.toIndex).toBe(call.utterances.length - 1);
        spans.forEach((span, k) => {
          expect(span.toIndex).toBeGreaterThanOrEqual(span.fromIndex);
          const next = spans[k + 1];
          if (next) {
            expect(next.fromIndex).toBe(span.toIndex + 1);
            expect(next.stage).not.toBe(span.stage);
          }
          for (let i = span.fromIndex; i <= span.toIndex; i++) expect(byUtterance[i]).toBe(span.stage);
          expect(span.startMs).toBe(call.utterances[span.fromIndex]?.startMs);
          expect(span.endMs).toBeGreaterThanOrEqual(span.startMs);
        });
      }),
      { numRuns: 300 },
    );
  });
});
