/** The math that keeps the chart and the transcript in step. Pure. */

export interface TimedUtterance {
  startMs: number;
  endMs: number;
}

/**
 * The utterance a moment in the call belongs to: the one being spoken then (the latest to start, when
 * speakers overlap), else the one that started last before it, else the first.
 */
export function utteranceAt(utterances: readonly TimedUtterance[], atMs: number): number {
  if (utterances.length === 0) return -1;
  let best = 0;
  for (let i = 0; i < utterances.length; i++) {
    const u = utterances[i]!;
    if (u.startMs <= atMs) best = i;
    else break;
  }
  return best;
}

/** The marker within `tolerancePx` of a click at `x` (all in pixels), nearest first; null when none is. */
export function nearestWithin<T>(items: readonly T[], position: (item: T) => number, x: number, tolerancePx: number): T | null {
  let best: T | null = null;
  let bestDistance = tolerancePx;
  for (const item of items) {
    const d = Math.abs(position(item) - x);
    if (d <= bestDistance) {
      best = item;
      bestDistance = d;
    }
  }
  return best;
}

/** Scroll offset that puts a row in the middle of its scrolling container, clamped to what can scroll. */
export function centeredScrollTop(row: { offsetTop: number; height: number }, container: { height: number; scrollHeight: number }): number {
  const target = row.offsetTop - (container.height - row.height) / 2;
  return Math.max(0, Math.min(target, container.scrollHeight - container.height));
}
