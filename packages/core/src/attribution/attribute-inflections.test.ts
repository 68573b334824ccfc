import { describe, expect, it } from 'vitest';
import type { Detection, Inflection } from '../analysis/types.js';
import type { Call, Speaker } from '../call/call.js';
import { attributeInflections } from './attribute-inflections.js';
import { attributionConfigSchema } from './attribution-config.js';

/** A call from [speaker, startSeconds] pairs; each utterance lasts 2 s. */
function callFrom(turns: Array<[Speaker, number]>): Call {
  return {
    id: 'c',
    agent: { id: 'a' },
    utterances: turns.map(([speaker, s], i) => ({ speaker, text: `u${i}`, startMs: s * 1000, endMs: s * 1000 + 2000 })),
  };
}

function shiftAt(utteranceIndex: number, atMs: number, direction: Inflection['direction'] = 'drop'): Inflection {
  return { atMs, speaker: 'customer', direction, magnitude: 0.4, utteranceIndex };
}

function detection(id: string, utteranceIndex: number, startMs: number, speaker: Speaker = 'agent'): Detection {
  return { id, speaker, utteranceIndex, startMs, quote: `${id} quote` };
}

describe('attributeInflections window', () => {
  // Shift at 100 s (utterance 4). Agent turns at 69 s (31 s before), 71 s (29 s before), 90 s.
  const call = callFrom([
    ['agent', 69],
    ['agent', 71],
    ['customer', 80],
    ['agent', 90],
    ['customer', 100],
  ]);
  const behaviors = [detection('empathy', 0, 69_500), detection('ownership', 1, 71_500), detection('recap', 3, 90_500)];

  it('includes turns that start 29 s before the shift and leaves out 31 s', () => {
    const [result] = attributeInflections(call, [shiftAt(4, 100_000)], behaviors, []);
    expect(result?.preceding?.map((p) => p.behavior)).toEqual(['recap', 'ownership']);
  });

  it('includes a turn that starts exactly at the window edge', () => {
    const [result] = attributeInflections(call, [shiftAt(4, 99_000)], behaviors, [], {
      ...attributionConfigSchema.parse({}),
      windowMs: 28_000,
    });
    expect(result?.preceding?.map((p) => p.behavior)).toEqual(['recap', 'ownership']);
  });

  it('always includes the turn the shift responds to, even when it is older than the window', () => {
    const old = callFrom([
      ['agent', 0],
      ['agent', 10],
      ['customer', 20],
      ['customer', 100],
    ]);
    const [result] = attributeInflections(
      old,
      [shiftAt(3, 100_000)],
      [detection('dismissive_acknowledgment', 1, 10_500), detection('greeting', 0, 0)],
      [],
    );
    expect(result?.preceding).toEqual([
      { behavior: 'dismissive_acknowledgment', utteranceIndex: 1, atMs: 10_500, quote: 'dismissive_acknowledgment quote' },
    ]);
  });

  it('can leave the responded-to turn out', () => {
    const old = callFrom([
      ['agent', 10],
      ['customer', 100],
    ]);
    const config = attributionConfigSchema.parse({ includeRespondedTurn: false });
    const [result] = attributeInflections(old, [shiftAt(1, 100_000)], [detection('empathy', 0, 10_000)], [], config);
    expect(result?.preceding).toEqual([]);
  });

  it('ignores customer detections and agent turns at or after the shift', () => {
    const later = callFrom([
      ['agent', 90],
      ['customer', 100],
      ['agent', 101],
    ]);
    const [result] = attributeInflections(
      later,
      [shiftAt(1, 100_000)],
      [detection('empathy', 0, 90_000), detection('churn_intent', 0, 90_000, 'customer'), detection('apology', 2, 101_000)],
      [],
    );
    expect(result?.preceding?.map((p) => p.behavior)).toEqual(['empathy']);
  });
});

describe('attributeInflections ranking', () => {
  const call = callFrom([
    ['agent', 70],
    ['customer', 75],
    ['agent', 80],
    ['customer', 95],
  ]);
  const inLastTurn = [
    detection('greeting', 2, 80_000),
    detection('closed_question', 2, 84_000),
    detection('empathy', 2, 81_000),
    detection('interruption', 2, 80_500),
  ];
  const inEarlierTurn = [detection('blame_shift', 0, 70_000)];

  it('puts the closest turn first and, within it, behaviors that match a drop before opposite and neutral ones', () => {
    const [drop] = attributeInflections(call, [shiftAt(3, 95_000, 'drop')], [...inEarlierTurn, ...inLastTurn], []);
    expect(drop?.preceding?.map((p) => p.behavior)).toEqual(['interruption', 'empathy', 'closed_question', 'greeting', 'blame_shift']);
  });

  it('puts behaviors that raise sentiment first before a rise', () => {
    const [rise] = attributeInflections(call, [shiftAt(3, 95_000, 'rise')], [...inEarlierTurn, ...inLastTurn], []);
    expect(rise?.preceding?.map((p) => p.behavior)).toEqual(['empathy', 'interruption', 'closed_question', 'greeting', 'blame_shift']);
  });

  it('keeps at most maxPreceding behaviors and one per behavior and utterance', () => {
    const twice = [...inLastTurn, detection('empathy', 2, 82_000)];
    const config = attributionConfigSchema.parse({ maxPreceding: 2 });
    const [drop] = attributeInflections(call, [shiftAt(3, 95_000)], twice, [], config);
    expect(drop?.preceding).toEqual([
      { behavior: 'interruption', utteranceIndex: 2, atMs: 80_500, quote: 'interruption quote' },
      { behavior: 'empathy', utteranceIndex: 2, atMs: 81_000, quote: 'empathy quote' },
    ]);
  });
});

describe('attributeInflections stage', () => {
  it('carries the stage of the shift utterance onto drops and rises, without changing the input', () => {
    const call = callFrom([
      ['agent', 0],
      ['customer', 5],
      ['agent', 10],
      ['customer', 15],
    ]);
    const inflections = [shiftAt(1, 5_000, 'drop'), shiftAt(3, 15_000, 'rise')];
    const result = attributeInflections(
      call,
      inflections,
      [detection('policy_before_acknowledgment', 0, 0), detection('offers_options', 2, 10_000)],
      ['opening', 'discovery', 'offer', 'offer'],
    );
    expect(result.map((r) => [r.direction, r.stage, r.preceding?.[0]?.behavior])).toEqual([
      ['drop', 'discovery', 'policy_before_acknowledgment'],
      ['rise', 'offer', 'offers_options'],
    ]);
    expect(inflections[0]).not.toHaveProperty('stage');
    expect(inflections[0]).not.toHaveProperty('preceding');
  });
});
