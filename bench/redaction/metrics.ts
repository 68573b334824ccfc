import type { Example } from './corpus/example.js';

/** A predicted span; `category` is absent when a system marks something without saying what (a peer's DIGITS). */
export interface Predicted {
  category?: string;
  start: number;
  end: number;
}

export interface CategoryScore {
  gold: number;
  predicted: number;
  /** Predicted spans that overlap a gold span of the same category. */
  correct: number;
  /** Gold spans overlapped by a prediction of their category, with every letter and digit covered by some prediction. */
  found: number;
  /** Gold spans with every letter and digit covered by any prediction, whatever its category: nothing leaked. */
  protected: number;
}

export interface Scores {
  categories: Record<string, CategoryScore>;
  /** Distractor spans touched by any prediction, per kind: [touched, total]. */
  distractors: Record<string, [number, number]>;
}

const overlaps = (a: { start: number; end: number }, b: { start: number; end: number }) => a.start < b.end && b.start < a.end;

function covered(text: string, span: { start: number; end: number }, predicted: readonly Predicted[]): boolean {
  for (let i = span.start; i < span.end; i++) {
    if (!/[A-Za-z0-9]/.test(text[i]!)) continue;
    if (!predicted.some((p) => p.start <= i && i < p.end)) return false;
  }
  return true;
}

/**
 * Span-level scores. A prediction is correct when it overlaps a gold span of its category; a gold span is found
 * when a prediction of its category overlaps it and predictions cover all of its letters and digits.
 */
export function score(examples: readonly Example[], predictions: ReadonlyArray<readonly Predicted[]>): Scores {
  const categories: Record<string, CategoryScore> = {};
  const distractors: Record<string, [number, number]> = {};
  const entry = (c: string) => (categories[c] ??= { gold: 0, predicted: 0, correct: 0, found: 0, protected: 0 });
  examples.forEach((ex, i) => {
    const predicted = predictions[i]!;
    for (const g of ex.spans) {
      const e = entry(g.category);
      e.gold++;
      const all = covered(ex.text, g, predicted);
      if (all) e.protected++;
      if (all && predicted.some((p) => p.category === g.category && overlaps(p, g))) e.found++;
    }
    for (const p of predicted) {
      if (p.category === undefined) continue;
      const e = entry(p.category);
      e.predicted++;
      if (ex.spans.some((g) => g.category === p.category && overlaps(p, g))) e.correct++;
    }
    for (const d of ex.distractors) {
      const row = (distractors[d.kind] ??= [0, 0]);
      row[1]++;
      if (predicted.some((p) => overlaps(p, d))) row[0]++;
    }
  });
  return { categories, distractors };
}

export const precision = (s: CategoryScore) => (s.predicted === 0 ? undefined : s.correct / s.predicted);
export const recall = (s: CategoryScore) => (s.gold === 0 ? undefined : s.found / s.gold);
export const leakFree = (s: CategoryScore) => (s.gold === 0 ? undefined : s.protected / s.gold);
