import type { Arc } from '../analysis/types.js';
import type { ArcConfig } from './arc-config.js';
import { round4 } from './round.js';
import type { SmoothedSeries } from './smooth-series.js';

/** A fall of the smoothed arc between two positions of the series. */
interface Drop { magnitude: number; from: number; to: number }

/** The largest fall of the smoothed arc from any point to any later point, from position `start` on. */
function largestFall(series: SmoothedSeries, start = 0): Drop | null {
  const smoothed = series.smoothed;
  let peak = start;
  let magnitude = 0;
  let from = -1;
  let to = -1;
  for (let i = start; i < series.length; i++) {
    if (smoothed[i]! > smoothed[peak]!) peak = i;
    const fall = smoothed[peak]! - smoothed[i]!;
    if (fall > 0 && (from < 0 || fall > magnitude)) {
      magnitude = fall;
      from = peak;
      to = i;
    }
  }
  return from >= 0 ? { magnitude, from, to } : null;
}

export function largestDrop(series: SmoothedSeries): Arc['largestDrop'] {
  const drop = largestFall(series);
  return drop ? { magnitude: round4(drop.magnitude), fromMs: series.atMs[drop.from]!, toMs: series.atMs[drop.to]! } : null;
}

/**
 * The largest fall within the final third, starting from where the arc stood as the final third
 * began (its last point before it). `points` is on the 0-100 scale; `atMs` is where the fall starts.
 */
export function finalThirdDrop(series: SmoothedSeries, durationMs: number, config: ArcConfig): Arc['finalThirdDrop'] {
  const startMs = durationMs - durationMs * config.exitFraction;
  let firstInside = -1;
  for (let i = 0; i < series.length; i++) {
    if (series.atMs[i]! >= startMs) {
      firstInside = i;
      break;
    }
  }
  if (firstInside < 0) return { flagged: false, points: 0, atMs: null };
  const drop = largestFall(series, Math.max(0, firstInside - 1));
  if (!drop) return { flagged: false, points: 0, atMs: null };
  return {
    flagged: drop.magnitude > config.finalThirdDrop.minDrop,
    points: round4(drop.magnitude * 50),
    atMs: Math.round(Math.max(series.atMs[drop.from]!, startMs)),
  };
}

/** The speaker fell below `troughBelow` and the arc ended at least `margin` above its lowest point. */
export function recovery(series: SmoothedSeries, config: ArcConfig): Arc['recovery'] {
  const n = series.length;
  if (n === 0) return { achieved: false, troughScore: null, troughAtMs: null, margin: null };
  const smoothed = series.smoothed;
  let trough = 0;
  for (let i = 1; i < n; i++) if (smoothed[i]! < smoothed[trough]!) trough = i;
  const margin = round4(smoothed[n - 1]! - smoothed[trough]!);
  return {
    achieved: smoothed[trough]! < config.recovery.troughBelow && margin >= config.recovery.margin,
    troughScore: round4(smoothed[trough]!),
    troughAtMs: series.atMs[trough]!,
    margin,
  };
}
