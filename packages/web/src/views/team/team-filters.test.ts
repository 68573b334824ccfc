import { describe, expect, it } from 'vitest';
import { parseTeamFilters, teamFiltersToQuery, teamFiltersToSearch } from './team-filters';

describe('team overview filters', () => {
  it('round-trips through the URL and drops malformed dates', () => {
    const state = parseTeamFilters('?team=care-west&callType=sales&from=2026-11-01&to=2026-11-07');
    expect(parseTeamFilters(teamFiltersToSearch(state))).toEqual(state);
    expect(parseTeamFilters('?from=last-week&to=')).toEqual({});
  });

  it('asks the API for whole days, with `to` exclusive (the day after the last day shown)', () => {
    expect(teamFiltersToQuery({ from: '2026-11-01', to: '2026-11-30' })).toEqual({ from: '2026-11-01T00:00:00.000Z', to: '2026-12-01T00:00:00.000Z' });
  });
});
