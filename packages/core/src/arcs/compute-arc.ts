import type { Arc } from '../analysis/types.js';
import { resolveArcConfig, type ArcConfig, type ArcConfigOverrides } from './arc-config.js';
import { finalThirdDrop, largestDrop, recovery } from './arc-drops.js';
import { classifyPattern } from './arc-pattern.js';
import { movesOfSeries } from './find-inflections.js';
import type { Move } from './turning-points.js';
import { round4 } from './round.js';
import { smoothSeries, type SmoothedPoint, type TimedScore } from './smooth-series.js';
import { classifyTrend } from './trend.js';

/**
 * One speaker's sentiment arc over the call. `callDurationMs` sets the time frame (entry window,
 * quarters, final third); it is widened to the last utterance's end if shorter.
 * A speaker with no utterances gets a defined empty arc: no points, nulls, `no_change`, `flat`.
 */
export function computeArc(points: readonly TimedScore[], callDurationMs: number, config: ArcConfigOverrides = {}): Arc {
  const resolved = resolveArcConfig(config);
  return arcOfSeries(smoothSeries(points, resolved), callDurationMs, resolved);
}

/** `moves`: the series' significant moves, when the caller has them already (movesOfSeries). */
export function arcOfSeries(series: readonly SmoothedPoint[], callDurationMs: number, config: ArcConfig, moves: readonly Move[] = movesOfSeries(series, config)): Arc {
  const durationMs = effectiveDuration(series, callDurationMs);
  const entry = entryScore(series, config);
  const exit = exitScore(series, durationMs, config);
  const delta = entry === null || exit === null ? null : round4(exit - entry);
  const recovered = recovery(series, config);
  const first = series[0];
  const last = series[series.length - 1];
  const netChange = first && last ? last.smoothed - first.smoothed : 0;
  return {
    points: series.map((p) => ({ atMs: p.atMs, score: round4(p.smoothed) })),
    entry,
    exit,
    delta,
    quarters: quarterMeans(series, durationMs),
    trend: classifyTrend(delta, config.trend),
    pattern: classifyPattern(moves, netChange, recovered.achieved, config),
    recovery: recovered,
    finalThirdDrop: finalThirdDrop(series, durationMs, config),
    largestDrop: largestDrop(series),
  };
}

function effectiveDuration(series: readonly SmoothedPoint[], callDurationMs: number): number {
  let lastEnd = 0;
  for (let i = 0; i < series.length; i++) lastEnd = Math.max(lastEnd, series[i]!.endMs);
  return Math.max(Number.isFinite(callDurationMs) ? callDurationMs : 0, lastEnd);
}

/** Mean of the utterances starting in the entry window; the first utterance when none does. */
function entryScore(series: readonly SmoothedPoint[], config: ArcConfig): number | null {
  let sum = 0;
  let count = 0;
  for (let i = 0; i < series.length; i++) {
    const p = series[i]!;
    if (p.startMs < config.entryWindowMs) {
      sum += p.raw;
      count++;
    }
  }
  if (count > 0) return round4(sum / count);
  return series.length > 0 ? round4((0 + series[0]!.raw) / 1) : null;
}

/** Mean of the utterances starting in the final third; the last utterance when none does. */
function exitScore(series: readonly SmoothedPoint[], durationMs: number, config: ArcConfig): number | null {
  const fromMs = durationMs - durationMs * config.exitFraction;
  let sum = 0;
  let count = 0;
  for (let i = 0; i < series.length; i++) {
    const p = series[i]!;
    if (p.startMs >= fromMs) {
      sum += p.raw;
      count++;
    }
  }
  if (count > 0) return round4(sum / count);
  return series.length > 0 ? round4((0 + series[series.length - 1]!.raw) / 1) : null;
}

/** Mean raw score per quarter of the call, by utterance start; null for a quarter the speaker was silent in. */
function quarterMeans(series: readonly SmoothedPoint[], durationMs: number): Array<number | null> {
  const buckets: SmoothedPoint[][] = [[], [], [], []];
  for (const p of series) {
    const quarter = durationMs > 0 ? Math.min(3, Math.floor((4 * p.startMs) / durationMs)) : 0;
    buckets[quarter]!.push(p);
  }
  return buckets.map(meanRaw);
}

function meanRaw(points: readonly SmoothedPoint[]): number | null {
  if (points.length === 0) return null;
  return round4(points.reduce((sum, p) => sum + p.raw, 0) / points.length);
}
