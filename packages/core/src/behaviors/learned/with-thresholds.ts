import { BIGRAM, QUESTION_MARK, SKIP_BIGRAM, type LearnedFeature, type LearnedModel } from './model.js';

/**
 * The model with the chosen thresholds, keeping only the ids that have one (the others stay
 * catalog-only), the features that still move a kept id, and the words those features use.
 */
export function withThresholds(model: LearnedModel, thresholds: ReadonlyMap<string, number>): LearnedModel {
  const newSlot = new Int32Array(model.ids.length).fill(-1);
  let kept = 0;
  const ids = model.ids.flatMap((m, slot) => {
    const threshold = thresholds.get(m.id);
    if (threshold === undefined || !Number.isFinite(threshold)) return [];
    newSlot[slot] = kept++;
    return [{ ...m, threshold }];
  });
  const usedWords = new Int32Array(model.vocabulary.length).fill(-1);
  usedWords[0] = 0;
  usedWords[1] = 1;
  const vocabulary = model.vocabulary.slice(0, 2);
  const wordOf = (w: number): number => {
    if (usedWords[w]! < 0) usedWords[w] = vocabulary.push(model.vocabulary[w]!) - 1;
    return usedWords[w]!;
  };
  const features: LearnedFeature[] = [];
  for (const f of model.features) {
    const slots: number[] = [];
    const weights: number[] = [];
    f.slots.forEach((s, k) => {
      if (newSlot[s]! >= 0) {
        slots.push(newSlot[s]!);
        weights.push(f.weights[k]!);
      }
    });
    if (slots.length > 0) features.push({ kind: f.kind, a: f.kind === QUESTION_MARK ? 0 : wordOf(f.a), b: f.kind === BIGRAM || f.kind === SKIP_BIGRAM ? wordOf(f.b) : 0, slots, weights });
  }
  return { vocabulary, ids, features };
}
