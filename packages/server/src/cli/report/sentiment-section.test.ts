import { analyzeSentiment, type Call, type SentimentModel } from '@undertone/core';
import { describe, expect, it } from 'vitest';
import { renderSentimentSection } from './sentiment-section.js';

const SCORES: Record<string, number> = {
  'Hello, I need help with my bill.': 0.4,
  'You charged me twice and nobody has called me back, this is absolutely unacceptable and I want it fixed today.': -0.9,
  'Perfect, thank you so much.': 0.8,
  'Sure, let me check.': 0.2,
};
const model: SentimentModel = {
  name: 'lookup',
  version: 'test',
  score: (text) => {
    const score = SCORES[text] ?? 0;
    return { score, label: score > 0 ? 'positive' : score < 0 ? 'negative' : 'neutral', drivers: [] };
  },
};

function call(): Call {
  const customer = [
    ...Array(4).fill('Hello, I need help with my bill.'),
    ...Array(4).fill('You charged me twice and nobody has called me back, this is absolutely unacceptable and I want it fixed today.'),
    ...Array(4).fill('Perfect, thank you so much.'),
  ];
  return {
    id: 'c1',
    agent: { id: 'a1' },
    utterances: customer.flatMap((text, i) => [
      { speaker: 'customer' as const, text, startMs: i * 20_000, endMs: i * 20_000 + 9_000 },
      { speaker: 'agent' as const, text: 'Sure, let me check.', startMs: i * 20_000 + 10_000, endMs: i * 20_000 + 19_000 },
    ]),
  };
}

describe('renderSentimentSection', () => {
  const c = call();
  const analysis = analyzeSentiment(c, model);
  const lines = renderSentimentSection(analysis, c, { width: 24 }).split('\n');

  it('names the model', () => {
    expect(lines[0]).toBe('Sentiment  (model lookup test)');
  });

  it('draws one arc line per speaker with entry, exit, delta, trend and pattern', () => {
    const customer = lines.find((l) => l.trimStart().startsWith('customer'))!;
    const spark = customer.slice('  customer '.length, '  customer '.length + 24);
    expect(spark).toMatch(/^[▁▂▃▄▅▆▇█]{24}$/u);
    // Starts high (+0.4), dips to the bottom block, ends near the top (+0.8).
    expect(spark[0]).toBe('▆');
    expect(spark).toContain('▁');
    expect(spark[23]).toBe('▇');
    // Entry covers the first 90 s: four calm turns and the start of the complaint.
    expect(customer).toContain('+0.14 → +0.80');
    expect(customer).toContain('Δ +0.66');
    expect(customer).toContain('improving');
    expect(customer).toContain('recovery');
    const agent = lines.find((l) => l.trimStart().startsWith('agent'))!;
    expect(agent).toContain('+0.20 → +0.20');
    expect(agent).toContain('no change');
    expect(agent).toContain('flat');
  });

  it('notes the recovery under the arc', () => {
    expect(lines.some((l) => /recovered from -0\.\d\d at \d\d:\d\d/.test(l))).toBe(true);
  });

  it('lists inflections with mm:ss, speaker, direction, signed magnitude and a truncated quote', () => {
    const listed = lines.filter((l) => /^\s+\d\d:\d\d\s/.test(l));
    expect(listed).toHaveLength(2);
    const [drop, rise] = listed;
    expect(drop).toMatch(/^ {4}01:20 {2}customer {2}drop {2}-1\.\d\d {2}"You charged me twice/);
    expect(drop).toMatch(/…"$/);
    expect(drop!.slice(drop!.indexOf('"') + 1, -1)).toHaveLength(80);
    expect(rise).toMatch(/^ {4}02:40 {2}customer {2}rise {2}\+1\.\d\d {2}"Perfect, thank you so much\."$/);
  });

  it('says so when there are no inflections, and shows n/a for a silent speaker', () => {
    const quiet: Call = { id: 'c2', agent: { id: 'a1' }, utterances: [{ speaker: 'agent', text: 'Sure, let me check.', startMs: 0, endMs: 4_000 }] };
    const text = renderSentimentSection(analyzeSentiment(quiet, model), quiet, { width: 10 });
    expect(text).toContain('  no inflections');
    const customer = text.split('\n').find((l) => l.trimStart().startsWith('customer'))!;
    expect(customer).toContain(' '.repeat(10));
    expect(customer).toContain('n/a → n/a');
  });

  it('colors drops red and rises green only when asked', () => {
    expect(renderSentimentSection(analysis, c)).not.toContain('\x1b[');
    const colored = renderSentimentSection(analysis, c, { color: true });
    expect(colored).toContain('\x1b[31mdrop\x1b[39m');
    expect(colored).toContain('\x1b[32mrise\x1b[39m');
  });
});
