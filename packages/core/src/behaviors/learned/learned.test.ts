import { readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { analyzeCall } from '../../analysis/analyze-call.js';
import type { Call } from '../../call/call.js';
import { DEFAULT_BEHAVIOR_CATALOG } from '../default-catalog.js';
import { detectBehaviors } from '../detect-behaviors.js';
import { prepareText } from '../normalize.js';
import { compiledLearnedModel, scoreWords, tokenContributions, weightRange, wordIndexesIn } from './compiled-model.js';
import { forEachFeature } from './feature-keys.js';
import { chooseThreshold } from './cross-validate.js';
import { evidenceWindow } from './evidence-window.js';
import type { LearnedModel } from './model.js';
import { trainLearnedModel } from './train.js';
import type { TrainingExample } from './training-example.js';
import { trainingFiles } from './training-files.js';
import { withThresholds } from './with-thresholds.js';

const FIXTURES = fileURLToPath(new URL('../../../test/fixtures/behaviors/', import.meta.url));

/** A tiny synthetic set: "zarquon" means confusion, whatever surrounds it. */
function tinySet(): TrainingExample[] {
  const fillers = ['the bill came today', 'my router is on the shelf', 'i paid on friday', 'the engineer came at noon', 'we moved house in may', 'the app shows my balance'];
  const scoredIds = ['confusion'];
  return fillers.flatMap((filler, i) => [
    { text: `${filler} and honestly what a zarquon`, speaker: 'customer' as const, labels: ['confusion'], scoredIds },
    { text: `zarquon all round ${i % 2 === 0 ? 'today' : 'again'}`, speaker: 'customer' as const, labels: ['confusion'], scoredIds },
    { text: filler, speaker: 'customer' as const, labels: [], scoredIds },
    { text: `${filler} and that is all`, speaker: 'customer' as const, labels: [], scoredIds },
  ]);
}

function tinyModel(threshold = 0): LearnedModel {
  const trained = trainLearnedModel(tinySet(), [{ id: 'confusion', speaker: 'customer' }], { epochs: 30, alpha: 0.5, beta: 1, l1: 0.1, l2: 0.1, minCount: 2 });
  return withThresholds(trained, new Map([['confusion', threshold]]));
}

const customerCall = (text: string): Call => ({ id: 't', agent: { id: 'a' }, utterances: [{ speaker: 'customer', startMs: 0, endMs: 1000, text }] });

describe('learned fallback', () => {
  it('learns the obvious word from a tiny synthetic set', () => {
    const model = compiledLearnedModel(tinyModel());
    const score = (text: string) => {
      const words = wordIndexesIn(model, prepareText(text));
      return scoreWords(model, words, words.length, false, 'customer')[0]!;
    };
    expect(score('the bill is a zarquon')).toBeGreaterThan(0);
    expect(score('the bill came today')).toBeLessThan(0);
    const model2 = tinyModel();
    const key = prepareText('zarquon').infos[0]!.lemma;
    const word = model2.features.find((f) => f.kind === 0 && model2.vocabulary[f.a] === key);
    expect(word?.weights[0]).toBeGreaterThan(1);
  });

  it('adds a detection the catalog missed, quoting the words that carried it', () => {
    const text = 'The bill came today, what a zarquon honestly.';
    const { signals } = detectBehaviors(customerCall(text), { learned: tinyModel() });
    const confusion = signals.find((s) => s.id === 'confusion');
    expect(confusion?.quote).toContain('zarquon');
    expect(confusion!.quote.length).toBeLessThan(text.length);
    expect(text).toContain(confusion!.quote);
  });

  it('is off with learned: false, and never repeats an id the catalog found', () => {
    expect(detectBehaviors(customerCall('honestly zarquon all round'), { learned: false }).signals.map((s) => s.id)).not.toContain('confusion');
    expect(detectBehaviors(customerCall('honestly zarquon all round'), { learned: tinyModel() }).signals.map((s) => s.id)).toContain('confusion');
    const both = detectBehaviors(customerCall("I'm confused, honestly zarquon"), { learned: tinyModel() }).signals.filter((s) => s.id === 'confusion');
    expect(both).toHaveLength(1);
    expect(both[0]!.quote).toContain('confused');
  });

  it('reaches analyzeCall through learnedBehaviors', () => {
    const signalIds = (learnedBehaviors: LearnedModel | false) => (analyzeCall(customerCall('honestly zarquon all round'), { learnedBehaviors }).signals ?? []).map((s) => s.id);
    expect(signalIds(tinyModel())).toContain('confusion');
    expect(signalIds(false)).not.toContain('confusion');
  });

  it('adds only ids the catalog has as phrase entries', () => {
    const catalog = { ...DEFAULT_BEHAVIOR_CATALOG, entries: DEFAULT_BEHAVIOR_CATALOG.entries.filter((e) => e.id !== 'confusion') };
    expect(detectBehaviors(customerCall('honestly zarquon all round'), { catalog, learned: tinyModel() }).signals).toEqual([]);
  });

  it('keeps catalog-only the ids without a threshold', () => {
    const trained = trainLearnedModel(tinySet(), [{ id: 'confusion', speaker: 'customer' }]);
    expect(withThresholds(trained, new Map()).ids).toEqual([]);
    expect(withThresholds(trained, new Map()).features).toEqual([]);
  });

  it('scores exactly the features training enumerates', () => {
    const model = compiledLearnedModel(tinyModel());
    for (const text of ['what a zarquon really', 'zarquon', 'the bill came today and that is all?']) {
      const words = wordIndexesIn(model, prepareText(text));
      let expected = model.ids[0]!.bias;
      forEachFeature(words, text.includes('?'), 0, 1, (kind, a, b) => {
        const [start, end] = weightRange(model, 'customer', kind, a, b);
        for (let k = start; k < end; k++) expected += model.speakers.customer.weights[k]!;
      });
      expect(scoreWords(model, words, words.length, text.includes('?'), 'customer')[0]).toBeCloseTo(expected, 10);
    }
  });

  it('shares out exactly the evidence it scores over the tokens', () => {
    const model = compiledLearnedModel(tinyModel());
    for (const text of ['what a zarquon really', 'zarquon', 'the bill came today and that is all']) {
      const words = wordIndexesIn(model, prepareText(text));
      const shares = tokenContributions(model, words, words.length, 0);
      const evidence = scoreWords(model, words, words.length, false, 'customer')[0]! - model.ids[0]!.bias;
      expect(shares.reduce((a, b) => a + b, 0)).toBeCloseTo(evidence, 10);
    }
  });

  it('trains reproducibly', () => {
    expect(JSON.stringify(tinyModel())).toBe(JSON.stringify(tinyModel()));
  });

  it('quotes the highest-scoring window, capped in length', () => {
    expect(evidenceWindow([-1, 0.2, 2, 1, -3, 0.5])).toEqual({ from: 1, to: 4 });
    expect(evidenceWindow([-1, -0.5, -2])).toEqual({ from: 1, to: 2 });
    expect(evidenceWindow(Array.from({ length: 30 }, () => 1), 12)).toEqual({ from: 0, to: 12 });
  });

  it('picks the lowest threshold that keeps the target precision', () => {
    const scored = [5, 4, 3, 2, 1].map((score, i) => ({ fold: 'f', text: `${i}`, score, positive: i !== 3 }));
    expect(chooseThreshold('x', scored, 0.9, 2).threshold).toBe(2.5);
    expect(chooseThreshold('x', scored, 0.9, 9).threshold).toBe(Number.POSITIVE_INFINITY);
  });
});

describe('training files', () => {
  it('are the dev files only: never a blind evaluation file', () => {
    const listed = readdirSync(FIXTURES);
    expect(listed.some((name) => name.includes('blind'))).toBe(true);
    const files = trainingFiles(listed);
    expect(files.map((f) => f.name)).toContain('agent.jsonl');
    expect(files.map((f) => f.name)).toContain('customer.jsonl');
    expect(files.every((f) => !f.name.includes('blind'))).toBe(true);
    expect(files.every((f) => f.name === `${f.speaker}.jsonl` || f.name.startsWith(`${f.speaker}-dev`))).toBe(true);
    expect(trainingFiles(['agent-dev9-blind.jsonl', 'customer-blind7.jsonl', 'calls.jsonl', 'agent-dev7.jsonl'])).toEqual([{ name: 'agent-dev7.jsonl', speaker: 'agent' }]);
  });
});
