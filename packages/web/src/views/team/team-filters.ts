import type { StageDropsQuery } from '../../api/types';

/** The team overview's filters as they live in the URL (dates as YYYY-MM-DD, UTC days; `to` inclusive). */
export interface TeamFilterState {
  team?: string;
  callType?: string;
  from?: string;
  to?: string;
}

const DAY = /^\d{4}-\d{2}-\d{2}$/;

export function parseTeamFilters(search: string): TeamFilterState {
  const q = new URLSearchParams(search);
  const state: TeamFilterState = {};
  for (const key of ['team', 'callType'] as const) if (q.get(key)) state[key] = q.get(key)!;
  for (const key of ['from', 'to'] as const) if (DAY.test(q.get(key) ?? '')) state[key] = q.get(key)!;
  return state;
}

export function teamFiltersToSearch(state: TeamFilterState): string {
  const q = new URLSearchParams(Object.entries(state).filter(([, v]) => v) as Array<[string, string]>);
  const s = q.toString();
  return s ? `?${s}` : '';
}

/** The stage-drops endpoint takes `to` exclusive: the day after the last day shown. */
export function teamFiltersToQuery(state: TeamFilterState): StageDropsQuery {
  const query: StageDropsQuery = {};
  if (state.team) query.team = state.team;
  if (state.callType) query.callType = state.callType;
  if (state.from) query.from = `${state.from}T00:00:00.000Z`;
  if (state.to) query.to = new Date(Date.parse(`${state.to}T00:00:00.000Z`) + 86_400_000).toISOString();
  return query;
}
