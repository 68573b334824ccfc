import { describe, expect, it } from 'vitest';
import agentText from '../../test/fixtures/behaviors/agent.jsonl?raw';
import customerText from '../../test/fixtures/behaviors/customer.jsonl?raw';
import callsText from '../../test/fixtures/behaviors/calls.jsonl?raw';
import agentDev5Text from '../../test/fixtures/behaviors/agent-dev5.jsonl?raw';
import customerDev5Text from '../../test/fixtures/behaviors/customer-dev5.jsonl?raw';
import { BEHAVIOR_IDS, SIGNAL_IDS } from './default-catalog.js';
import { labeledCallSchema, labeledUtteranceSchema, parseJsonLines, Tally, tallyCalls, tallyUtterances } from './evaluate.js';

const CONTEXT_IDS = ['interruption', 'dead_air', 'hold_without_permission', 'policy_before_acknowledgment'];
/** A regression guard, not the target (the target and the numbers are in docs/benchmarks.md). */
const MIN_PRECISION = 0.8;

describe('dev evaluation set', () => {
  const agentRows = [...parseJsonLines(agentText, labeledUtteranceSchema, 'agent.jsonl'), ...parseJsonLines(agentDev5Text, labeledUtteranceSchema, 'agent-dev5.jsonl')];
  const customerRows = [...parseJsonLines(customerText, labeledUtteranceSchema, 'customer.jsonl'), ...parseJsonLines(customerDev5Text, labeledUtteranceSchema, 'customer-dev5.jsonl')];
  const calls = parseJsonLines(callsText, labeledCallSchema, 'calls.jsonl');

  it('is large enough and uses only known ids', () => {
    expect(agentRows.length).toBeGreaterThanOrEqual(150);
    expect(customerRows.length).toBeGreaterThanOrEqual(80);
    const known = new Set<string>([...BEHAVIOR_IDS, ...SIGNAL_IDS]);
    const unknown = [...agentRows, ...customerRows].flatMap((r) => r.labels).filter((l) => !known.has(l));
    expect(unknown).toEqual([]);
  });

  it(`keeps every agent behavior's precision at or above ${MIN_PRECISION}`, () => {
    const tally = new Tally(BEHAVIOR_IDS);
    tallyUtterances(tally, agentRows, 'agent', BEHAVIOR_IDS.filter((id) => !CONTEXT_IDS.includes(id)));
    tallyCalls(tally, calls);
    const low = tally.scores().perId.filter((s) => s.precision < MIN_PRECISION).map((s) => `${s.id}: ${s.precision.toFixed(2)}`);
    expect(low).toEqual([]);
  });

  it(`keeps every customer signal's precision at or above ${MIN_PRECISION}`, () => {
    const tally = new Tally(SIGNAL_IDS);
    tallyUtterances(tally, customerRows, 'customer', SIGNAL_IDS);
    const low = tally.scores().perId.filter((s) => s.precision < MIN_PRECISION).map((s) => `${s.id}: ${s.precision.toFixed(2)}`);
    expect(low).toEqual([]);
  });

  it('gets every constructed timing call exactly right', () => {
    const tally = new Tally(CONTEXT_IDS);
    tallyCalls(tally, calls);
    const { micro } = tally.scores();
    expect({ fp: micro.fp, fn: micro.fn }).toEqual({ fp: 0, fn: 0 });
  });

  it('reports every bad line of an evaluation file', () => {
    expect(() => parseJsonLines('{"text":"hi","labels":[],"style":"asr"}\nnot json\n{"text":""}\n', labeledUtteranceSchema, 'x.jsonl')).toThrowError(
      expect.objectContaining({ issues: expect.arrayContaining([expect.objectContaining({ where: 'line 2' }), expect.objectContaining({ where: expect.stringMatching(/^line 3/) })]) }),
    );
  });
});
