import { accuracy, auroc, f1For, macroF1, macroRecall, mean, pearson, spearman } from './metrics.js';

export interface SystemInput {
  id: string;
  text: string;
  speaker?: string;
}

export interface Prediction {
  score: number;
  label: string;
}

export interface MetricResult {
  metric: string;
  n: number;
  value: number;
  primary: boolean;
}

type Row = Record<string, any>;

/** How one kind of dev file is fed to a system and scored, as the data README defines it. */
export interface DatasetKind {
  name: string;
  inputs(rows: Row[]): SystemInput[];
  evaluate(rows: Row[], predictions: Map<string, Prediction>): MetricResult[];
}

const toInput = (r: Row): SystemInput => (r.speaker ? { id: r.id, text: r.text, speaker: r.speaker } : { id: r.id, text: r.text });
const THREE = ['negative', 'neutral', 'positive'];
const NEGATIVE_EMOTIONS = new Set(['frustration', 'anger', 'disappointment', 'anxiety', 'confusion']);
const POSITIVE_EMOTIONS = new Set(['happiness', 'empathy']);

function predictionOf(predictions: Map<string, Prediction>, id: string): Prediction {
  const p = predictions.get(id);
  if (!p) throw new Error(`system returned no prediction for id ${id}`);
  return p;
}

const threeClass: DatasetKind = {
  name: '3class',
  inputs: (rows) => rows.map(toInput),
  evaluate(rows, predictions) {
    const gold = rows.map((r) => r.label as string);
    const predicted = rows.map((r) => predictionOf(predictions, r.id).label);
    const n = rows.length;
    return [
      { metric: 'macro-F1 (3-class)', n, value: macroF1(THREE, predicted, gold), primary: false },
      { metric: 'accuracy (3-class)', n, value: accuracy(predicted, gold), primary: false },
      { metric: 'macro-recall (TweetEval official)', n, value: macroRecall(THREE, predicted, gold), primary: true },
    ];
  },
};

const binary: DatasetKind = {
  name: 'binary',
  inputs: (rows) => rows.map(toInput),
  evaluate(rows, predictions) {
    const scores = rows.map((r) => predictionOf(predictions, r.id).score);
    const positive = rows.map((r) => r.label === 'positive');
    const n = rows.length;
    return [
      { metric: 'AUROC (score, positive)', n, value: auroc(scores, positive), primary: true },
      { metric: 'accuracy (score>0 => positive)', n, value: accuracy(scores.map((s) => s > 0), positive), primary: false },
      { metric: 'share of score == 0', n, value: scores.filter((s) => s === 0).length / n, primary: false },
    ];
  },
};

const rating: DatasetKind = {
  name: 'rating',
  inputs: (rows) => rows.map(toInput),
  evaluate(rows, predictions) {
    const scores = rows.map((r) => predictionOf(predictions, r.id).score);
    const gold = rows.map((r) => r.rating as number);
    const n = rows.length;
    return [
      { metric: 'Pearson r (score, mean rating)', n, value: pearson(scores, gold), primary: true },
      { metric: 'Spearman rho (score, mean rating)', n, value: spearman(scores, gold), primary: false },
    ];
  },
};

const maia: DatasetKind = {
  name: 'maia',
  inputs: (rows) => rows.map(toInput),
  evaluate(rows, predictions) {
    const labelled = rows.filter((r) => r.speaker === 'customer' && r.emotion);
    const negative = labelled.map((r) => NEGATIVE_EMOTIONS.has(r.emotion));
    const preds = labelled.map((r) => predictionOf(predictions, r.id));
    const gold3 = labelled.map((r) =>
      NEGATIVE_EMOTIONS.has(r.emotion) ? 'negative' : POSITIVE_EMOTIONS.has(r.emotion) ? 'positive' : 'neutral',
    );
    const labels = preds.map((p) => p.label);
    const n = labelled.length;
    return [
      { metric: 'cust: AUROC (-score, negative emotion)', n, value: auroc(preds.map((p) => -p.score), negative), primary: true },
      { metric: 'cust: F1 (label==negative, negative emotion)', n, value: f1For(true, labels.map((l) => l === 'negative'), negative), primary: false },
      { metric: 'cust: 3-way macro-F1 (happiness/empathy=pos)', n, value: macroF1(THREE, labels, gold3), primary: false },
      { metric: 'cust: 3-way accuracy', n, value: accuracy(labels, gold3), primary: false },
    ];
  },
};

const uss: DatasetKind = {
  name: 'uss',
  inputs: (rows) => rows.map(toInput),
  evaluate(rows, predictions) {
    const users = rows.filter((r) => r.speaker === 'customer' && typeof r.rating_mean === 'number');
    const scores = users.map((r) => predictionOf(predictions, r.id).score);
    interface DialogueScores {
      scores: number[];
      overall: number;
    }
    const byDialogue = new Map<string, DialogueScores>();
    for (let i = 0; i < users.length; i++) {
      const r = users[i]!;
      const d: DialogueScores = byDialogue.get(r.dialogue_id) ?? { scores: [], overall: r.dialogue_overall_mean as number };
      d.scores.push(scores[i]!);
      byDialogue.set(r.dialogue_id, d);
    }
    const dialogues = [...byDialogue.values()];
    return [
      { metric: 'user turns: AUROC (-score, dissatisfied = mean<3)', n: users.length, value: auroc(scores.map((s) => -s), users.map((r) => r.dissatisfied === true)), primary: true },
      { metric: 'user turns: Spearman (score, mean rating)', n: users.length, value: spearman(scores, users.map((r) => r.rating_mean)), primary: false },
      { metric: 'dialogue: Spearman (mean user score, OVERALL)', n: dialogues.length, value: spearman(dialogues.map((d) => mean(d.scores)), dialogues.map((d) => d.overall)), primary: false },
    ];
  },
};

const customerTurns = (dialogue: Row): Row[] => (dialogue.turns as Row[]).filter((t) => t.speaker === 'customer' && t.text.trim() !== '');

const stc3: DatasetKind = {
  name: 'stc3',
  inputs: (rows) => rows.flatMap((d) => customerTurns(d).map((t) => ({ id: t.id, text: t.text, speaker: 'customer' }))),
  evaluate(rows, predictions) {
    const means: number[] = [];
    const lastThirds: number[] = [];
    for (const d of rows) {
      const scores = customerTurns(d).map((t) => predictionOf(predictions, t.id).score);
      means.push(mean(scores));
      lastThirds.push(mean(scores.slice(scores.length - Math.ceil(scores.length / 3))));
    }
    const satisfaction = rows.map((d) => d.satisfaction as number);
    const n = rows.length;
    return [
      { metric: 'dialogue: Spearman (mean customer score, S)', n, value: spearman(means, satisfaction), primary: true },
      { metric: 'dialogue: Spearman (mean of last third, S)', n, value: spearman(lastThirds, satisfaction), primary: false },
      { metric: 'dialogue: AUROC (-mean score, S<=-0.5)', n, value: auroc(means.map((m) => -m), satisfaction.map((s) => s <= -0.5)), primary: false },
    ];
  },
};

/** Detects a file's kind from its fields, as the README's scoring table does. */
export function detectKind(first: Row): DatasetKind {
  if (Array.isArray(first.turns)) return stc3;
  if ('emotion' in first) return maia;
  if ('dialogue_overall_mean' in first) return uss;
  if ('rating' in first) return rating;
  if ('label' in first) return binary;
  throw new Error(`cannot tell how to score a file whose first row has fields ${Object.keys(first).join(', ')}`);
}

/** A three-class file is one whose gold labels include neutral. */
export function refineLabelKind(kind: DatasetKind, rows: Row[]): DatasetKind {
  if (kind !== binary && kind !== threeClass) return kind;
  return rows.some((r) => r.label === 'neutral') ? threeClass : binary;
}
