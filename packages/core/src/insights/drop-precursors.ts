import { round } from './weekly-trend.js';

export interface DropPrecursor {
  behavior: string;
  /** Customer drops this behavior preceded (once per drop). */
  count: number;
  /** count / all customer drops in the window. */
  share: number;
}

/** Behaviors ranked by how many customer drops they preceded; ties by behavior id so the order is stable. */
export function rankDropPrecursors(counts: ReadonlyArray<{ behavior: string; count: number }>, customerDrops: number, limit = 10): DropPrecursor[] {
  if (customerDrops <= 0) return [];
  return counts
    .filter((c) => c.count > 0)
    .map((c) => ({ behavior: c.behavior, count: c.count, share: round(c.count / customerDrops, 4) }))
    .sort((a, b) => b.count - a.count || a.behavior.localeCompare(b.behavior))
    .slice(0, limit);
}
