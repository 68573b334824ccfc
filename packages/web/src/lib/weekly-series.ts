import type { AgentInsights } from '../api/types';

/** uPlot columns for the weekly trends: week start (unix seconds), average score, average customer exit. */
export function weeklySeries(weekly: AgentInsights['weekly']): [number[], Array<number | null>, Array<number | null>] {
  return [
    weekly.map((w) => Date.parse(`${w.weekStart}T00:00:00Z`) / 1000),
    weekly.map((w) => (w.calls > 0 ? w.averageScore : null)),
    weekly.map((w) => (w.calls > 0 ? w.averageCustomerExit : null)),
  ];
}
