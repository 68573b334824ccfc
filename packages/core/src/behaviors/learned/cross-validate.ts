/**
 * Leave-one-file-out cross-validation: each labeled file is a batch from one writer or round, so
 * scoring a file with a model trained without it imitates a new writer. The pooled out-of-file scores
 * choose each id's threshold: the lowest one at which the model alone keeps the target precision.
 */
import { prepareText } from '../normalize.js';
import { compiledLearnedModel, decisionScore, scoreWords, wordIndexesIn } from './compiled-model.js';
import { DEFAULT_TRAINING_PARAMS, trainLearnedModel, type TrainingParams } from './train.js';
import type { IdSpec, TrainingExample } from './training-example.js';

export interface Fold {
  name: string;
  examples: readonly TrainingExample[];
}

export interface OutOfFoldScore {
  fold: string;
  text: string;
  score: number;
  positive: boolean;
}

export interface IdThreshold {
  id: string;
  /** +Infinity when no threshold reaches the target precision: the id stays catalog-only. */
  threshold: number;
  tp: number;
  fp: number;
  support: number;
  precision: number;
  recall: number;
}

export interface CrossValidation {
  scores: Map<string, OutOfFoldScore[]>;
  thresholds: IdThreshold[];
}

/**
 * Higher than the 0.90 the issue asks of each behavior: the dev files are dense with behaviors, while most turns of a
 * real call carry none, so the same threshold fires several times more often per true detection on a call. At 0.92,
 * 200 generated demo calls got 17 added detections per call, many plainly wrong; at 0.97 about 6.
 */
export const TARGET_PRECISION = 0.97;
/** Fewer true positives than this above a threshold is too little evidence to trust its precision. */
export const MIN_TRUE_POSITIVES = 5;

/** Out-of-fold scores of every id on every fold's examples that speak about it. */
export function outOfFoldScores(folds: readonly Fold[], always: readonly TrainingExample[], ids: readonly IdSpec[], params: TrainingParams = DEFAULT_TRAINING_PARAMS): Map<string, OutOfFoldScore[]> {
  const scores = new Map<string, OutOfFoldScore[]>(ids.map((i) => [i.id, []]));
  for (const held of folds) {
    const training = [...always, ...folds.filter((f) => f !== held).flatMap((f) => f.examples)];
    const model = compiledLearnedModel(trainLearnedModel(training, ids, params));
    for (const example of held.examples) {
      const words = wordIndexesIn(model, prepareText(example.text));
      const all = scoreWords(model, words, words.length, example.text.includes('?'), example.speaker);
      model.ids.forEach((m, slot) => {
        if (m.speaker !== example.speaker || !example.scoredIds.includes(m.id)) return;
        scores.get(m.id)!.push({ fold: held.name, text: example.text, score: decisionScore(model, all, slot), positive: example.labels.includes(m.id) });
      });
    }
  }
  return scores;
}

/** The lowest threshold whose detections keep the target precision (midway to the next lower score). */
export function chooseThreshold(id: string, scored: readonly OutOfFoldScore[], target = TARGET_PRECISION, minTruePositives = MIN_TRUE_POSITIVES): IdThreshold {
  const sorted = [...scored].sort((a, b) => b.score - a.score);
  const support = sorted.filter((s) => s.positive).length;
  let best: IdThreshold = { id, threshold: Number.POSITIVE_INFINITY, tp: 0, fp: 0, support, precision: 1, recall: 0 };
  let tp = 0;
  let fp = 0;
  for (let k = 0; k < sorted.length; k++) {
    if (sorted[k]!.positive) tp++;
    else fp++;
    const next = sorted[k + 1];
    if (next !== undefined && next.score === sorted[k]!.score) continue;
    // -Infinity is "no evidence" (decisionScore): never a detection, whatever the threshold.
    if (sorted[k]!.score === Number.NEGATIVE_INFINITY) break;
    if (tp >= minTruePositives && tp / (tp + fp) >= target) {
      const threshold = next === undefined || next.score === Number.NEGATIVE_INFINITY ? sorted[k]!.score : (sorted[k]!.score + next.score) / 2;
      best = { id, threshold, tp, fp, support, precision: tp / (tp + fp), recall: support === 0 ? 0 : tp / support };
    }
  }
  return best;
}

export function crossValidate(folds: readonly Fold[], always: readonly TrainingExample[], ids: readonly IdSpec[], params: TrainingParams = DEFAULT_TRAINING_PARAMS): CrossValidation {
  const scores = outOfFoldScores(folds, always, ids, params);
  return { scores, thresholds: ids.map((i) => chooseThreshold(i.id, scores.get(i.id)!)) };
}
