import type { CallQuery, Sort, SortKey } from '../api/types';

/** The calls list's filters, sort and page as they live in the URL (dates as YYYY-MM-DD, UTC days). */
export type CallFilterState = Omit<CallQuery, 'sort' | 'limit'> & {
  sort: Sort;
  /** Index of the first row of this page, for the "51–100 of ..." label. */
  offset: number;
};

export const PAGE_SIZE = 50;
export const DEFAULT_SORT: Sort = '-startedAt';
const SORT_KEYS: readonly SortKey[] = ['startedAt', 'score', 'duration', 'customerExit'];
const TEXT_KEYS = ['agent', 'team', 'callType', 'flag', 'arc', 'cursor'] as const;
const DAY = /^\d{4}-\d{2}-\d{2}$/;

function score(raw: string | null): number | undefined {
  if (raw === null || raw.trim() === '') return undefined;
  const n = Number(raw);
  return Number.isFinite(n) && n >= 0 && n <= 100 ? n : undefined;
}

export function isSort(raw: string | null): raw is Sort {
  return raw !== null && SORT_KEYS.includes(raw.replace(/^-/, '') as SortKey);
}

/** Reads the URL's search string; anything malformed is dropped rather than sent to the API. */
export function parseCallFilters(search: string): CallFilterState {
  const q = new URLSearchParams(search);
  const state: CallFilterState = { sort: isSort(q.get('sort')) ? (q.get('sort') as Sort) : DEFAULT_SORT, offset: 0 };
  for (const key of TEXT_KEYS) {
    const value = q.get(key);
    if (value) state[key] = value;
  }
  for (const key of ['from', 'to'] as const) {
    const value = q.get(key);
    if (value && DAY.test(value)) state[key] = value;
  }
  const min = score(q.get('minScore'));
  const max = score(q.get('maxScore'));
  if (min !== undefined) state.minScore = min;
  if (max !== undefined) state.maxScore = max;
  const offset = Number(q.get('offset'));
  if (state.cursor && Number.isInteger(offset) && offset > 0) state.offset = offset;
  return state;
}

/** The search string for a state: defaults are left out so URLs stay short and shareable. */
export function callFiltersToSearch(state: CallFilterState): string {
  const q = new URLSearchParams();
  for (const key of ['agent', 'team', 'callType', 'from', 'to', 'flag', 'minScore', 'maxScore', 'arc'] as const) {
    const value = state[key];
    if (value !== undefined && value !== '') q.set(key, String(value));
  }
  if (state.sort !== DEFAULT_SORT) q.set('sort', state.sort);
  if (state.cursor) {
    q.set('cursor', state.cursor);
    q.set('offset', String(state.offset));
  }
  const s = q.toString();
  return s ? `?${s}` : '';
}

/** The API query: whole UTC days become date-time bounds, `to` inclusive of its day. */
export function callFiltersToQuery(state: CallFilterState): CallQuery {
  const { from, to, offset: _offset, ...rest } = state;
  const query: CallQuery = { ...rest, limit: PAGE_SIZE };
  if (from) query.from = `${from}T00:00:00.000Z`;
  if (to) query.to = `${to}T23:59:59.999Z`;
  return query;
}

/** Any filter set (not sort or page)? Drives the "no calls match" versus "no calls yet" empty states. */
export function hasFilters(state: CallFilterState): boolean {
  return (['agent', 'team', 'callType', 'from', 'to', 'flag', 'minScore', 'maxScore', 'arc'] as const).some((k) => state[k] !== undefined);
}

/** Clicking a column: a new column sorts descending first; the same column flips. */
export function nextSort(current: Sort, key: SortKey): Sort {
  if (current === `-${key}`) return key;
  return `-${key}`;
}
