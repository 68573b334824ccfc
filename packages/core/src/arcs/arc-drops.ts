import type { Arc } from '../analysis/types.js';
import type { ArcConfig } from './arc-config.js';
import { round4 } from './round.js';
import type { SmoothedPoint } from './smooth-series.js';

interface Drop { magnitude: number; from: SmoothedPoint; to: SmoothedPoint }

/** The largest fall of the smoothed arc from any point to any later point, from position `start` on. */
function largestFall(series: readonly SmoothedPoint[], start = 0): Drop | null {
  let peak = series[start];
  let magnitude = 0;
  let from: SmoothedPoint | undefined;
  let to: SmoothedPoint | undefined;
  for (let i = start; i < series.length; i++) {
    const p = series[i]!;
    if (!peak || p.smoothed > peak.smoothed) peak = p;
    const fall = peak.smoothed - p.smoothed;
    if (fall > 0 && (!from || fall > magnitude)) {
      magnitude = fall;
      from = peak;
      to = p;
    }
  }
  return from && to ? { magnitude, from, to } : null;
}

export function largestDrop(series: readonly SmoothedPoint[]): Arc['largestDrop'] {
  const drop = largestFall(series);
  return drop ? { magnitude: round4(drop.magnitude), fromMs: drop.from.atMs, toMs: drop.to.atMs } : null;
}

/**
 * The largest fall within the final third, starting from where the arc stood as the final third
 * began (its last point before it). `points` is on the 0-100 scale; `atMs` is where the fall starts.
 */
export function finalThirdDrop(series: readonly SmoothedPoint[], durationMs: number, config: ArcConfig): Arc['finalThirdDrop'] {
  const startMs = durationMs - durationMs * config.exitFraction;
  const firstInside = series.findIndex((p) => p.atMs >= startMs);
  if (firstInside < 0) return { flagged: false, points: 0, atMs: null };
  const drop = largestFall(series, Math.max(0, firstInside - 1));
  if (!drop) return { flagged: false, points: 0, atMs: null };
  return {
    flagged: drop.magnitude > config.finalThirdDrop.minDrop,
    points: round4(drop.magnitude * 50),
    atMs: Math.round(Math.max(drop.from.atMs, startMs)),
  };
}

/** The speaker fell below `troughBelow` and the arc ended at least `margin` above its lowest point. */
export function recovery(series: readonly SmoothedPoint[], config: ArcConfig): Arc['recovery'] {
  const last = series[series.length - 1];
  if (!last) return { achieved: false, troughScore: null, troughAtMs: null, margin: null };
  const trough = series.reduce((low, p) => (p.smoothed < low.smoothed ? p : low));
  const margin = round4(last.smoothed - trough.smoothed);
  return {
    achieved: trough.smoothed < config.recovery.troughBelow && margin >= config.recovery.margin,
    troughScore: round4(trough.smoothed),
    troughAtMs: trough.atMs,
    margin,
  };
}
