import { weekStartsEndingAt } from './week-start.js';

/** Per-week sums as storage returns them (only weeks that had calls). */
export interface WeekTotals {
  weekStart: string;
  calls: number;
  scored: number;
  scoreSum: number;
  withExit: number;
  exitSum: number;
}

export interface WeekPoint {
  weekStart: string;
  calls: number;
  averageScore: number | null;
  averageCustomerExit: number | null;
}

/** Every week of the window, oldest first, empty weeks included with null averages (a chart needs the gaps). */
export function weeklyTrend(totals: readonly WeekTotals[], latestCall: Date, weeks: number): WeekPoint[] {
  const byWeek = new Map(totals.map((t) => [t.weekStart, t]));
  return weekStartsEndingAt(latestCall, weeks).map((weekStart) => {
    const t = byWeek.get(weekStart);
    return {
      weekStart,
      calls: t?.calls ?? 0,
      averageScore: t && t.scored > 0 ? round(t.scoreSum / t.scored, 2) : null,
      averageCustomerExit: t && t.withExit > 0 ? round(t.exitSum / t.withExit, 4) : null,
    };
  });
}

export function round(value: number, digits: number): number {
  const f = 10 ** digits;
  return Math.round(value * f) / f;
}
