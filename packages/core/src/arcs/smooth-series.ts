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
 * Two deterministic passes over a speaker's utterances in time order:
 * 1. a running median of width 2k-1 (k = minimum persistence), which deletes any excursion shorter
 *    than k utterances while keeping steps that last k or more exactly in place;
 * 2. a triangular kernel over call time, each utterance weighted by its (clamped) duration.
 */
export function smoothSeries(points: readonly TimedScore[], config: ArcConfig): SmoothedPoint[] {
  const ordered = points
    .map((p, position) => ({ p, position }))
    .sort((a, b) => a.p.startMs - b.p.startMs || a.position - b.position);
  const raw = ordered.map(({ p }) => clampScore(p.score));
  const denoised = runningMedian(raw, config.inflection.minPersistenceUtterances - 1);
  const { halfWindowMs, minWeightMs, maxWeightMs } = config.smoothing;
  const mids = ordered.map(({ p }) => (p.startMs + Math.max(p.startMs, p.endMs)) / 2);
  const weights = ordered.map(({ p }) => Math.min(maxWeightMs, Math.max(minWeightMs, p.endMs - p.startMs)));
  const smoothed = kernelSmooth(mids, weights, denoised, halfWindowMs);
  return ordered.map(({ p, position }, i) => ({
    index: p.index ?? position,
    startMs: p.startMs,
    endMs: Math.max(p.startMs, p.endMs),
    atMs: mids[i]!,
    raw: raw[i]!,
    denoised: denoised[i]!,
    smoothed: clampScore(smoothed[i]!),
  }));
}

/** Weighted mean of `values` around each position, weight = weight × (1 - distance / halfWindow). */
function kernelSmooth(mids: readonly number[], weights: readonly number[], values: readonly number[], halfWindowMs: number): number[] {
  // Visit neighbours in midpoint order so each scan stops at the window edge.
  const byMid = mids.map((_, i) => i).sort((a, b) => mids[a]! - mids[b]! || a - b);
  const result = new Array<number>(mids.length);
  byMid.forEach((i, rank) => {
    let sum = 0;
    let total = 0;
    const add = (j: number) => {
      const closeness = 1 - Math.abs(mids[i]! - mids[j]!) / halfWindowMs;
      if (closeness <= 0) return false;
      sum += closeness * weights[j]! * values[j]!;
      total += closeness * weights[j]!;
      return true;
    };
    add(i);
    for (let r = rank - 1; r >= 0 && add(byMid[r]!); r--);
    for (let r = rank + 1; r < byMid.length && add(byMid[r]!); r++);
    result[i] = sum / total;
  });
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
function runningMedian(values: readonly number[], radius: number): number[] {
  const width = 2 * radius + 1;
  if (radius <= 0 || values.length < width) return [...values];
  return values.map((_, i) => {
    const from = Math.min(Math.max(0, i - radius), values.length - width);
    const window = values.slice(from, from + width).sort((a, b) => a - b);
    return window[radius]!;
  });
}
