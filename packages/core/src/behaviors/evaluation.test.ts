import { describe, expect, it } from 'vitest';
import agentText from '../../test/fixtures/behaviors/agent.jsonl?raw';
import customerText from '../../test/fixtures/behaviors/customer.jsonl?raw';
import callsText from '../../test/fixtures/behaviors/calls.jsonl?raw';
import agentBlind5Text from '../../test/fixtures/behaviors/agent-blind5.jsonl?raw';
import customerBlind5Text from '../../test/fixtures/behaviors/customer-blind5.jsonl?raw';
import agentBlind6Text from '../../test/fixtures/behaviors/agent-blind6.jsonl?raw';
import customerBlind6Text from '../../test/fixtures/behaviors/customer-blind6.jsonl?raw';
import agentBlind7Text from '../../test/fixtures/behaviors/agent-blind7.jsonl?raw';
import customerBlind7Text from '../../test/fixtures/behaviors/customer-blind7.jsonl?raw';
import { BEHAVIOR_IDS, SIGNAL_IDS } from './default-catalog.js';
import { labeledCallSchema, labeledUtteranceSchema, parseJsonLines, Tally, tallyCalls, tallyUtterances } from './evaluate.js';

/** Extra dev batches (`agent-dev*.jsonl`, `customer-dev*.jsonl`) belong to the dev split; blind files are never read here. */
const agentDevBatches = import.meta.glob<string>('../../test/fixtures/behaviors/agent-dev*.jsonl', { query: '?raw', import: 'default', eager: true });
const customerDevBatches = import.meta.glob<string>('../../test/fixtures/behaviors/customer-dev*.jsonl', { query: '?raw', import: 'default', eager: true });

const CONTEXT_IDS = ['interruption', 'dead_air', 'hold_without_permission', 'policy_before_acknowledgment'];
/** A regression guard, not the target (the target and the numbers are in docs/benchmarks.md). */
const MIN_PRECISION = 0.8;

describe('dev evaluation set', () => {
  const agentRows = [
    ...parseJsonLines(agentText, labeledUtteranceSchema, 'agent.jsonl'),
    ...Object.entries(agentDevBatches).flatMap(([path, text]) => parseJsonLines(text, labeledUtteranceSchema, path.split('/').pop()!)),
  ];
  const customerRows = [
    ...parseJsonLines(customerText, labeledUtteranceSchema, 'customer.jsonl'),
    ...Object.entries(customerDevBatches).flatMap(([path, text]) => parseJsonLines(text, labeledUtteranceSchema, path.split('/').pop()!)),
  ];
  const calls = parseJsonLines(callsText, labeledCallSchema, 'calls.jsonl');

  it('is large enough and uses only known ids', () => {
    expect(agentRows.length).toBeGreaterThanOrEqual(150);
    expect(customerRows.length).toBeGreaterThanOrEqual(80);
    const known = new Set<string>([...BEHAVIOR_IDS, ...SIGNAL_IDS]);
    const unknown = [...agentRows, ...customerRows].flatMap((r) => r.labels).filter((l) => !known.has(l));
    expect(unknown).toEqual([]);
    expect(Object.keys(agentDevBatches).length).toBeGreaterThan(0);
    expect(Object.keys(customerDevBatches).length).toBeGreaterThan(0);
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

/** Format and coverage only: the newest blind sets are honest held-out estimates, so no accuracy threshold is asserted on them. */
describe.each([
  ['blind5', agentBlind5Text, customerBlind5Text],
  ['blind6', agentBlind6Text, customerBlind6Text],
  ['blind7', agentBlind7Text, customerBlind7Text],
])('%s evaluation set', (name, agentFile, customerFile) => {
  const agentRows = parseJsonLines(agentFile, labeledUtteranceSchema, `agent-${name}.jsonl`);
  const customerRows = parseJsonLines(customerFile, labeledUtteranceSchema, `customer-${name}.jsonl`);
  const agentIds = BEHAVIOR_IDS.filter((id) => !CONTEXT_IDS.includes(id));
  const countOf = (rows: { labels: string[] }[], id: string) => rows.filter((r) => r.labels.includes(id)).length;

  it('is large enough and labels each speaker only with its own utterance-level ids', () => {
    expect(agentRows.length).toBeGreaterThanOrEqual(350);
    expect(customerRows.length).toBeGreaterThanOrEqual(180);
    const agentKnown = new Set<string>(agentIds);
    const customerKnown = new Set<string>(SIGNAL_IDS);
    expect(agentRows.flatMap((r) => r.labels).filter((l) => !agentKnown.has(l))).toEqual([]);
    expect(customerRows.flatMap((r) => r.labels).filter((l) => !customerKnown.has(l))).toEqual([]);
  });

  it('has at least 15 positive lines for every labelable id', () => {
    const thin = [
      ...agentIds.map((id) => [id, countOf(agentRows, id)] as const),
      ...SIGNAL_IDS.map((id) => [id, countOf(customerRows, id)] as const),
    ].filter(([, n]) => n < 15);
    expect(thin).toEqual([]);
  });

  it('has no duplicate lines', () => {
    for (const rows of [agentRows, customerRows]) {
      const texts = rows.map((r) => r.text.toLowerCase());
      expect(texts.length - new Set(texts).size).toBe(0);
    }
  });
});
