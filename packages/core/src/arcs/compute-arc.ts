import type { Arc } from '../analysis/types.js';
import { resolveArcConfig, type ArcConfig, type ArcConfigOverrides } from './arc-config.js';
import { finalThirdDrop, largestDrop, recovery } from './arc-drops.js';
import { classifyPattern } from './arc-pattern.js';
import { movesOfColumns } from './find-inflections.js';
import type { Move } from './turning-points.js';
import { round4 } from './round.js';
import { seriesOfPoints, smoothSeries, type SmoothedPoint, type SmoothedSeries, type TimedScore } from './smooth-series.js';
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
export function arcOfSeries(series: readonly SmoothedPoint[], callDurationMs: number, config: ArcConfig, moves?: readonly Move[]): Arc {
  const columns = seriesOfPoints(series);
  return arcOfColumns(columns, callDurationMs, config, moves ?? movesOfColumns(columns, config));
}

export function arcOfColumns(series: SmoothedSeries, callDurationMs: number, config: ArcConfig, moves: readonly Move[] = movesOfColumns(series, config)): Arc {
  const durationMs = effectiveDuration(series, callDurationMs);
  const entry = entryScore(series, config);
  const exit = exitScore(series, durationMs, config);
  const delta = entry === null || exit === null ? null : round4(exit - entry);
  const recovered = recovery(series, config);
  const n = series.length;
  const netChange = n > 0 ? series.smoothed[n - 1]! - series.smoothed[0]! : 0;
  const points = new Array<{ atMs: number; score: number }>(n);
  for (let i = 0; i < n; i++) points[i] = { atMs: series.atMs[i]!, score: round4(series.smoothed[i]!) };
  return {
    points,
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

function effectiveDuration(series: SmoothedSeries, callDurationMs: number): number {
  let lastEnd = 0;
  for (let i = 0; i < series.length; i++) lastEnd = Math.max(lastEnd, series.endMs[i]!);
  return Math.max(Number.isFinite(callDurationMs) ? callDurationMs : 0, lastEnd);
}

/** Mean of the utterances starting in the entry window; the first utterance when none does. */
function entryScore(series: SmoothedSeries, config: ArcConfig): number | null {
  let sum = 0;
  let count = 0;
  for (let i = 0; i < series.length; i++) {
    if (series.startMs[i]! < config.entryWindowMs) {
      sum += series.raw[i]!;
      count++;
    }
  }
  if (count > 0) return round4(sum / count);
  return series.length > 0 ? round4((0 + series.raw[0]!) / 1) : null;
}

/** Mean of the utterances starting in the final third; the last utterance when none does. */
function exitScore(series: SmoothedSeries, durationMs: number, config: ArcConfig): number | null {
  const fromMs = durationMs - durationMs * config.exitFraction;
  let sum = 0;
  let count = 0;
  for (let i = 0; i < series.length; i++) {
    if (series.startMs[i]! >= fromMs) {
      sum += series.raw[i]!;
      count++;
    }
  }
  if (count > 0) return round4(sum / count);
  return series.length > 0 ? round4((0 + series.raw[series.length - 1]!) / 1) : null;
}

/** Mean raw score per quarter of the call, by utterance start; null for a quarter the speaker was silent in. */
function quarterMeans(series: SmoothedSeries, durationMs: number): Array<number | null> {
  const sums = [0, 0, 0, 0];
  const counts = [0, 0, 0, 0];
  for (let i = 0; i < series.length; i++) {
    const quarter = durationMs > 0 ? Math.min(3, Math.floor((4 * series.startMs[i]!) / durationMs)) : 0;
    sums[quarter]! += series.raw[i]!;
    counts[quarter]!++;
  }
  return sums.map((sum, q) => (counts[q] === 0 ? null : round4(sum / counts[q]!)));
}
