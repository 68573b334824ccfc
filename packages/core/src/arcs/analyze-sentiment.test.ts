import { describe, expect, it } from 'vitest';
import type { Speaker } from '../call/call.js';
import { analyzeSentiment } from './analyze-sentiment.js';
import { callOf, lookupModel } from './arc-test-fixtures.js';

const model = lookupModel({
  'Hi, thanks for taking my call.': 0.6,
  'I was charged twice this month.': -0.8,
  'This is the third time, I am furious.': -0.9,
  'Oh great, that fixes it, thank you!': 0.7,
  'Happy to help.': 0.5,
  'Let me look into that for you.': 0.3,
  'Hold music is terrible.': -0.9,
});

// Customer and agent alternate every 10 s; the customer's arc is V-shaped, the agent's flat.
function vShapedCall() {
  const turns: Array<[Speaker, string]> = [];
  const customerLines = [
    ...Array(4).fill('Hi, thanks for taking my call.'),
    'I was charged twice this month.',
    ...Array(3).fill('This is the third time, I am furious.'),
    ...Array(4).fill('Oh great, that fixes it, thank you!'),
  ];
  customerLines.forEach((line, i) => {
    turns.push(['customer', line]);
    turns.push(['agent', i % 2 === 0 ? 'Let me look into that for you.' : 'Happy to help.']);
  });
  turns.splice(9, 0, ['other', 'Hold music is terrible.']);
  return callOf(turns);
}

describe('analyzeSentiment', () => {
  const call = vShapedCall();
  const analysis = analyzeSentiment(call, model);

  it('scores every utterance, including other speakers', () => {
    expect(analysis.model).toEqual({ name: 'lookup', version: 'test' });
    expect(analysis.utterances.map((u) => u.index)).toEqual(call.utterances.map((_, i) => i));
    const other = analysis.utterances[9]!;
    expect(other).toEqual({ index: 9, score: -0.9, label: 'negative' });
  });

  it('builds arcs from customer and agent utterances only', () => {
    const count = (speaker: Speaker) => call.utterances.filter((u) => u.speaker === speaker).length;
    expect(analysis.arcs.customer.points).toHaveLength(count('customer'));
    expect(analysis.arcs.agent.points).toHaveLength(count('agent'));
    expect(analysis.arcs.customer.pattern).toBe('recovery');
    expect(analysis.arcs.agent.pattern).toBe('flat');
  });

  it('finds the customer drop and rise at the utterances where they start', () => {
    const startOf = (text: string) => call.utterances.find((u) => u.text === text)!.startMs;
    const shifts = analysis.inflections.map((f) => ({
      speaker: f.speaker,
      direction: f.direction,
      text: call.utterances[f.utteranceIndex]!.text,
      atMs: f.atMs,
    }));
    expect(shifts).toEqual([
      { speaker: 'customer', direction: 'drop', text: 'I was charged twice this month.', atMs: startOf('I was charged twice this month.') },
      { speaker: 'customer', direction: 'rise', text: 'Oh great, that fixes it, thank you!', atMs: startOf('Oh great, that fixes it, thank you!') },
    ]);
  });

  it('rejects a model that returns a non-finite score, naming the utterance', () => {
    const broken = { name: 'broken', version: '1', score: () => ({ score: Number.NaN, label: 'neutral' as const, drivers: [] }) };
    expect(() => analyzeSentiment(call, broken)).toThrowError(
      expect.objectContaining({ code: 'INVALID_INPUT', issues: [expect.objectContaining({ where: '$.utterances[0].text' })] }),
    );
  });

  it('clamps out-of-range model scores into [-1, 1]', () => {
    const loud = { name: 'loud', version: '1', score: () => ({ score: 3, label: 'positive' as const, drivers: [] }) };
    expect(analyzeSentiment(call, loud).utterances.every((u) => u.score === 1)).toBe(true);
  });
});
