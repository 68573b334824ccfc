/** Evaluation metrics, as defined in the sentiment data README (ties count 1/2; average ranks). */

/** Mann-Whitney AUROC of `scores` for the positive class; 0.5 when one class is empty. */
export function auroc(scores: readonly number[], isPositive: readonly boolean[]): number {
  const ranks = averageRanks(scores);
  let positives = 0;
  let rankSum = 0;
  for (let i = 0; i < scores.length; i++) {
    if (isPositive[i]) {
      positives++;
      rankSum += ranks[i]!;
    }
  }
  const negatives = scores.length - positives;
  if (positives === 0 || negatives === 0) return 0.5;
  return (rankSum - (positives * (positives + 1)) / 2) / (positives * negatives);
}

/** 1-based ranks, ties sharing the average of their positions. */
export function averageRanks(values: readonly number[]): number[] {
  const order = values.map((_, i) => i).sort((a, b) => values[a]! - values[b]!);
  const ranks = new Array<number>(values.length);
  let i = 0;
  while (i < order.length) {
    let j = i;
    while (j + 1 < order.length && values[order[j + 1]!] === values[order[i]!]) j++;
    const rank = (i + j) / 2 + 1;
    for (let k = i; k <= j; k++) ranks[order[k]!] = rank;
    i = j + 1;
  }
  return ranks;
}

/** Pearson r; NaN when either side is constant. */
export function pearson(x: readonly number[], y: readonly number[]): number {
  const n = x.length;
  let mx = 0;
  let my = 0;
  for (let i = 0; i < n; i++) {
    mx += x[i]!;
    my += y[i]!;
  }
  mx /= n;
  my /= n;
  let sxy = 0;
  let sxx = 0;
  let syy = 0;
  for (let i = 0; i < n; i++) {
    const dx = x[i]! - mx;
    const dy = y[i]! - my;
    sxy += dx * dy;
    sxx += dx * dx;
    syy += dy * dy;
  }
  return sxx === 0 || syy === 0 ? Number.NaN : sxy / Math.sqrt(sxx * syy);
}

export function spearman(x: readonly number[], y: readonly number[]): number {
  return pearson(averageRanks(x), averageRanks(y));
}

export function accuracy<T>(predicted: readonly T[], gold: readonly T[]): number {
  let hits = 0;
  for (let i = 0; i < gold.length; i++) if (predicted[i] === gold[i]) hits++;
  return gold.length === 0 ? Number.NaN : hits / gold.length;
}

/** F1 of one class; 0 when it is never predicted and never gold. */
export function f1For<T>(cls: T, predicted: readonly T[], gold: readonly T[]): number {
  let tp = 0;
  let fp = 0;
  let fn = 0;
  for (let i = 0; i < gold.length; i++) {
    const p = predicted[i] === cls;
    const g = gold[i] === cls;
    if (p && g) tp++;
    else if (p) fp++;
    else if (g) fn++;
  }
  return tp === 0 ? 0 : (2 * tp) / (2 * tp + fp + fn);
}

export function recallFor<T>(cls: T, predicted: readonly T[], gold: readonly T[]): number {
  let tp = 0;
  let total = 0;
  for (let i = 0; i < gold.length; i++) {
    if (gold[i] !== cls) continue;
    total++;
    if (predicted[i] === cls) tp++;
  }
  return total === 0 ? 0 : tp / total;
}

export function macroF1<T>(classes: readonly T[], predicted: readonly T[], gold: readonly T[]): number {
  return classes.reduce((s, c) => s + f1For(c, predicted, gold), 0) / classes.length;
}

export function macroRecall<T>(classes: readonly T[], predicted: readonly T[], gold: readonly T[]): number {
  return classes.reduce((s, c) => s + recallFor(c, predicted, gold), 0) / classes.length;
}

export function mean(values: readonly number[]): number {
  return values.length === 0 ? 0 : values.reduce((s, v) => s + v, 0) / values.length;
}
