import { describe, expect, it } from 'vitest';
import { callFiltersToQuery, callFiltersToSearch, hasFilters, nextSort, parseCallFilters } from './call-filters';

describe('call filters in the URL', () => {
  it('round-trips every filter, the sort and the page', () => {
    const search = '?agent=agt-1&team=care-west&callType=sales&from=2026-11-01&to=2026-11-07&flag=compliance&minScore=40&maxScore=80.5&arc=volatile&sort=score&cursor=abc&offset=50';
    const state = parseCallFilters(search);
    expect(state).toEqual({ agent: 'agt-1', team: 'care-west', callType: 'sales', from: '2026-11-01', to: '2026-11-07', flag: 'compliance', minScore: 40, maxScore: 80.5, arc: 'volatile', sort: 'score', cursor: 'abc', offset: 50 });
    expect(parseCallFilters(callFiltersToSearch(state))).toEqual(state);
  });

  it('drops malformed values instead of sending them to the API', () => {
    expect(parseCallFilters('?from=yesterday&minScore=abc&maxScore=140&sort=name&offset=-3')).toEqual({ sort: '-startedAt', offset: 0 });
    // An offset without a cursor means nothing: page one.
    expect(parseCallFilters('?offset=50').offset).toBe(0);
  });

  it('leaves defaults out of the URL', () => {
    expect(callFiltersToSearch({ sort: '-startedAt', offset: 0 })).toBe('');
    expect(callFiltersToSearch({ sort: 'duration', offset: 0, team: 'a b' })).toBe('?team=a+b&sort=duration');
  });

  it('turns whole days into inclusive date-time bounds for the API', () => {
    const query = callFiltersToQuery(parseCallFilters('?from=2026-11-01&to=2026-11-07&cursor=c&offset=50'));
    expect(query).toEqual({ from: '2026-11-01T00:00:00.000Z', to: '2026-11-07T23:59:59.999Z', sort: '-startedAt', cursor: 'c', limit: 50 });
  });

  it('tells filters from sort and paging', () => {
    expect(hasFilters(parseCallFilters('?sort=score&cursor=x&offset=50'))).toBe(false);
    expect(hasFilters(parseCallFilters('?minScore=0'))).toBe(true);
  });

  it('sorts a new column descending first, then flips it', () => {
    expect(nextSort('-startedAt', 'score')).toBe('-score');
    expect(nextSort('-score', 'score')).toBe('score');
    expect(nextSort('score', 'score')).toBe('-score');
  });
});
