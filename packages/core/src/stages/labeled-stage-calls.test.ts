import { describe, expect, it } from 'vitest';
import { parseLabeledStageCalls } from './labeled-stage-calls.js';

/** Every stage evaluation file, dev and blind alike: format only, no accuracy threshold. */
const files = import.meta.glob<string>('../../test/fixtures/stages/calls-*.jsonl', { query: '?raw', import: 'default', eager: true });

describe('stage evaluation files', () => {
  it('exist', () => {
    expect(Object.keys(files).length).toBeGreaterThan(0);
  });

  it.each(Object.entries(files).map(([path, text]) => [path.split('/').pop()!, text]))('%s gives each call one valid stage per utterance', (_name, text) => {
    const { rows, issues } = parseLabeledStageCalls(text);
    expect(issues).toEqual([]);
    expect(rows.length).toBeGreaterThan(0);
  });

  it('reports bad lines with their numbers', () => {
    const call = { id: 'c', agent: { id: 'a' }, callType: 'support', utterances: [{ speaker: 'agent', startMs: 0, endMs: 900, text: 'hello' }] };
    const text = [
      JSON.stringify({ call, stages: ['opening'] }),
      'not json',
      JSON.stringify({ call, stages: ['opening', 'closing'] }),
      JSON.stringify({ call, stages: ['offer'] }),
    ].join('\n');
    const { rows, issues } = parseLabeledStageCalls(text);
    expect(rows).toHaveLength(1);
    expect(issues.map((i) => i.line)).toEqual([2, 3, 4]);
    expect(issues[2]!.message).toMatch(/"offer" is not a stage of call type "support"/);
  });
});
