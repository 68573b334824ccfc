/**
 * Trains the learned fallback: for each id, a logistic regression over binary features (feature-keys.ts),
 * with L1 and L2 regularization (FTRL-proximal) in a fixed order, so the same examples always give the same model.
 * Thresholds are not chosen here (see cross-validate.ts): every id starts at +Infinity (never fires).
 */
import { prepareText } from '../normalize.js';
import { forEachFeature } from './feature-keys.js';
import { END_WORD, START_WORD, type LearnedFeature, type LearnedModel } from './model.js';
import { seededOrder } from './seeded-order.js';
import type { IdSpec, TrainingExample } from './training-example.js';
import { utteranceWords } from './utterance-words.js';

/** FTRL-proximal settings (per-coordinate learning rates; L1 makes most weights exactly zero). */
export interface TrainingParams {
  epochs: number;
  alpha: number;
  beta: number;
  l1: number;
  l2: number;
  /** A feature must occur in at least this many examples to be learned. */
  minCount: number;
}

export const DEFAULT_TRAINING_PARAMS: TrainingParams = { epochs: 12, alpha: 0.6, beta: 1, l1: 3, l2: 1, minCount: 3 };

interface Encoded {
  features: Int32Array;
  labels: ReadonlySet<string>;
  scored: ReadonlySet<string>;
  speaker: string;
}

/** Feature indexes of each example, and the feature table, with rare features dropped. */
function encode(examples: readonly TrainingExample[], minCount: number) {
  const vocabulary = [START_WORD, END_WORD];
  const wordIndex = new Map(vocabulary.map((w, i) => [w, i]));
  const featureIndex = new Map<string, number>();
  const featureKeys: Array<[number, number, number]> = [];
  const counts: number[] = [];
  const raw = examples.map((example) => {
    const words = utteranceWords(prepareText(example.text)).map((w) => {
      let i = wordIndex.get(w);
      if (i === undefined) wordIndex.set(w, (i = vocabulary.push(w) - 1));
      return i;
    });
    const seen = new Set<number>();
    forEachFeature(words, example.text.includes('?'), 0, 1, (kind, a, b) => {
      const key = `${kind} ${a} ${b}`;
      let f = featureIndex.get(key);
      if (f === undefined) {
        featureIndex.set(key, (f = featureKeys.push([kind, a, b]) - 1));
        counts.push(0);
      }
      if (!seen.has(f)) {
        seen.add(f);
        counts[f]!++;
      }
    });
    return [...seen];
  });
  const kept = new Int32Array(featureKeys.length).fill(-1);
  const keys: Array<[number, number, number]> = [];
  featureKeys.forEach((key, f) => {
    if (counts[f]! >= minCount) kept[f] = keys.push(key) - 1;
  });
  const encoded: Encoded[] = examples.map((example, e) => ({
    features: Int32Array.from(raw[e]!.map((f) => kept[f]!).filter((f) => f >= 0)),
    labels: new Set(example.labels),
    scored: new Set(example.scoredIds),
    speaker: example.speaker,
  }));
  return { vocabulary, keys, encoded };
}

/**
 * One id's weights by FTRL-proximal (McMahan et al., 2013): a sparse logistic regression, since detection
 * pays for every weight it adds up. The bias has no L1.
 */
function fitOne(examples: readonly Encoded[], id: string, featureCount: number, params: TrainingParams): { bias: number; weights: Float64Array } {
  const { alpha, beta, l1, l2 } = params;
  const z = new Float64Array(featureCount);
  const n = new Float64Array(featureCount);
  const weightOf = (f: number): number => {
    const zf = z[f]!;
    if (Math.abs(zf) <= l1) return 0;
    return -(zf - Math.sign(zf) * l1) / ((beta + Math.sqrt(n[f]!)) / alpha + l2);
  };
  let bias = 0;
  let biasSquares = 1e-8;
  const current = new Float64Array(256);
  for (let epoch = 0; epoch < params.epochs; epoch++) {
    for (const e of seededOrder(examples.length, 7919 * (epoch + 1))) {
      const { features, labels } = examples[e]!;
      let score = bias;
      for (let k = 0; k < features.length; k++) score += current[k] = weightOf(features[k]!);
      const gradient = 1 / (1 + Math.exp(-score)) - (labels.has(id) ? 1 : 0);
      const g2 = gradient * gradient;
      for (let k = 0; k < features.length; k++) {
        const f = features[k]!;
        const sigma = (Math.sqrt(n[f]! + g2) - Math.sqrt(n[f]!)) / alpha;
        z[f]! += gradient - sigma * current[k]!;
        n[f]! += g2;
      }
      biasSquares += g2;
      bias -= (alpha * gradient) / Math.sqrt(biasSquares);
    }
  }
  return { bias, weights: Float64Array.from({ length: featureCount }, (_, f) => weightOf(f)) };
}

/** Trains every id on the examples that speak about it; ids start with threshold +Infinity. */
export function trainLearnedModel(examples: readonly TrainingExample[], ids: readonly IdSpec[], params: TrainingParams = DEFAULT_TRAINING_PARAMS): LearnedModel {
  const { vocabulary, keys, encoded } = encode(examples, params.minCount);
  const features: LearnedFeature[] = keys.map(([kind, a, b]) => ({ kind, a, b, slots: [], weights: [] }));
  const models = ids.map((spec, slot) => {
    const relevant = encoded.filter((e) => e.speaker === spec.speaker && e.scored.has(spec.id));
    const { bias, weights } = fitOne(relevant, spec.id, keys.length, params);
    weights.forEach((w, f) => {
      if (w !== 0) {
        features[f]!.slots.push(slot);
        features[f]!.weights.push(Math.round(w * 10_000) / 10_000);
      }
    });
    return { id: spec.id, speaker: spec.speaker, bias: Math.round(bias * 10_000) / 10_000, threshold: Number.POSITIVE_INFINITY };
  });
  return { vocabulary, ids: models, features };
}
