import type { ArcConfig } from './arc-config.js';

/** One scored utterance of one speaker, in call time. `index` is the utterance's position in the call. */
export interface TimedScore {
  startMs: number;
  endMs: number;
  score: number;
  index?: number;
}

export interface SmoothedPoint {
  /** Call-level utterance index (the position in the input when none was given). */
  index: number;
  startMs: number;
  endMs: number;
  /** Utterance midpoint: where the point sits on the arc. */
  atMs: number;
  /** The score as given, clamped to [-1, 1]; non-finite scores count as neutral. */
  raw: number;
  /** After the running median that removes excursions shorter than the minimum persistence. */
  denoised: number;
  /** After the duration-weighted time kernel: the arc. */
  smoothed: number;
}

/**
 * A smoothed series as columns, in time order: what the arc and inflection code reads, without an object
 * per point. Position i holds the SmoothedPoint fields of the i-th point, and `order[i]` its position in
 * the input.
 */
export interface SmoothedSeries {
  length: number;
  order: Int32Array;
  index: Float64Array;
  startMs: Float64Array;
  endMs: Float64Array;
  atMs: Float64Array;
  raw: Float64Array;
  denoised: Float64Array;
  smoothed: Float64Array;
}

/** One speaker's scored utterances as columns, in input order; `index` is each one's call-level utterance index. */
export interface ScoreColumns {
  startMs: Float64Array;
  endMs: Float64Array;
  score: Float64Array;
  index: Float64Array;
}

/**
 * Two deterministic passes over a speaker's utterances in time order:
 * 1. a running median of width 2k-1 (k = minimum persistence), which deletes any excursion shorter
 *    than k utterances while keeping steps that last k or more exactly in place;
 * 2. a triangular kernel over call time, each utterance weighted by its (clamped) duration.
 */
export function smoothSeries(points: readonly TimedScore[], config: ArcConfig): SmoothedPoint[] {
  const n = points.length;
  const input: ScoreColumns = { startMs: new Float64Array(n), endMs: new Float64Array(n), score: new Float64Array(n), index: new Float64Array(n) };
  for (let i = 0; i < n; i++) {
    const p = points[i]!;
    input.startMs[i] = p.startMs;
    input.endMs[i] = p.endMs;
    input.score[i] = p.score;
    input.index[i] = p.index ?? i;
  }
  const series = smoothColumns(input, config);
  const result = new Array<SmoothedPoint>(n);
  for (let i = 0; i < n; i++) {
    const position = series.order[i]!;
    const p = points[position]!;
    result[i] = {
      index: p.index ?? position,
      startMs: p.startMs,
      endMs: Math.max(p.startMs, p.endMs),
      atMs: series.atMs[i]!,
      raw: series.raw[i]!,
      denoised: series.denoised[i]!,
      smoothed: series.smoothed[i]!,
    };
  }
  return result;
}

/** smoothSeries over columns; `input.index` supplies each point's index. */
export function smoothColumns(input: ScoreColumns, config: ArcConfig): SmoothedSeries {
  const n = input.startMs.length;
  const order = sortedOrder(input.startMs);
  const index = new Float64Array(n);
  const startMs = new Float64Array(n);
  const endMs = new Float64Array(n);
  const raw = new Float64Array(n);
  const mids = new Float64Array(n);
  const weights = new Float64Array(n);
  const { halfWindowMs, minWeightMs, maxWeightMs } = config.smoothing;
  for (let i = 0; i < n; i++) {
    const position = order[i]!;
    const start = input.startMs[position]!;
    const end = input.endMs[position]!;
    index[i] = input.index[position]!;
    startMs[i] = start;
    endMs[i] = Math.max(start, end);
    raw[i] = clampScore(input.score[position]!);
    mids[i] = (start + Math.max(start, end)) / 2;
    weights[i] = Math.min(maxWeightMs, Math.max(minWeightMs, end - start));
  }
  const denoised = runningMedian(raw, config.inflection.minPersistenceUtterances - 1);
  const smoothed = kernelSmooth(mids, weights, denoised, halfWindowMs);
  for (let i = 0; i < n; i++) smoothed[i] = clampScore(smoothed[i]!);
  return { length: n, order, index, startMs, endMs, atMs: mids, raw, denoised, smoothed };
}

/** The columns of points already smoothed (the public functions that take SmoothedPoint[]). */
export function seriesOfPoints(points: readonly SmoothedPoint[]): SmoothedSeries {
  const n = points.length;
  const series: SmoothedSeries = {
    length: n,
    order: Int32Array.from(points, (_, i) => i),
    index: new Float64Array(n),
    startMs: new Float64Array(n),
    endMs: new Float64Array(n),
    atMs: new Float64Array(n),
    raw: new Float64Array(n),
    denoised: new Float64Array(n),
    smoothed: new Float64Array(n),
  };
  for (let i = 0; i < n; i++) {
    const p = points[i]!;
    series.index[i] = p.index;
    series.startMs[i] = p.startMs;
    series.endMs[i] = p.endMs;
    series.atMs[i] = p.atMs;
    series.raw[i] = p.raw;
    series.denoised[i] = p.denoised;
    series.smoothed[i] = p.smoothed;
  }
  return series;
}

/** Positions of `keys` in ascending key order, ties by position (a stable sort); no sort when already in order. */
function sortedOrder(keys: Float64Array): Int32Array {
  const order = new Int32Array(keys.length);
  let inOrder = true;
  for (let i = 0; i < keys.length; i++) {
    order[i] = i;
    if (i > 0 && keys[i]! < keys[i - 1]!) inOrder = false;
  }
  return inOrder ? order : order.sort((a, b) => keys[a]! - keys[b]! || a - b);
}

/**
 * Weighted mean of `values` around each position, weight = weight × (1 - distance / halfWindow).
 * Neighbours are visited in midpoint order (self, then outwards to the left, then to the right), so
 * each scan stops at the window edge; the order also fixes how the floating-point sums round.
 */
function kernelSmooth(mids: Float64Array, weights: Float64Array, values: Float64Array, halfWindowMs: number): Float64Array {
  const byMid = sortedOrder(mids);
  const result = new Float64Array(mids.length);
  for (let rank = 0; rank < byMid.length; rank++) {
    const i = byMid[rank]!;
    const mid = mids[i]!;
    let sum = 0;
    let total = 0;
    for (let r = rank; r >= 0; r--) {
      const j = byMid[r]!;
      const closeness = 1 - Math.abs(mid - mids[j]!) / halfWindowMs;
      if (closeness <= 0) break;
      sum += closeness * weights[j]! * values[j]!;
      total += closeness * weights[j]!;
    }
    for (let r = rank + 1; r < byMid.length; r++) {
      const j = byMid[r]!;
      const closeness = 1 - Math.abs(mid - mids[j]!) / halfWindowMs;
      if (closeness <= 0) break;
      sum += closeness * weights[j]! * values[j]!;
      total += closeness * weights[j]!;
    }
    result[i] = sum / total;
  }
  return result;
}

export function clampScore(score: number): number {
  if (!Number.isFinite(score)) return 0;
  return Math.max(-1, Math.min(1, score));
}

/**
 * Median of each value and `radius` neighbours on each side. At the ends the window slides inward
 * instead of shrinking, so an outlier in the first or last utterance is removed like any other.
 */
function runningMedian(values: Float64Array, radius: number): Float64Array {
  const width = 2 * radius + 1;
  if (radius <= 0 || values.length < width) return values.slice();
  const window = new Float64Array(width);
  const medians = new Float64Array(values.length);
  for (let i = 0; i < values.length; i++) {
    const from = Math.min(Math.max(0, i - radius), values.length - width);
    for (let k = 0; k < width; k++) window[k] = values[from + k]!;
    sortSmall(window);
    medians[i] = window[radius]!;
  }
  return medians;
}

/** Stable insertion sort, fine for the few values of a median window. */
function sortSmall(values: Float64Array): void {
  for (let k = 1; k < values.length; k++) {
    const v = values[k]!;
    let m = k - 1;
    while (m >= 0 && values[m]! > v) {
      values[m + 1] = values[m]!;
      m--;
    }
    values[m + 1] = v;
  }
}
