import { useLocation, useSearch } from 'wouter';
import { api } from '../../api/client';
import { ErrorState } from '../../components/error-state';
import { StatusMessage } from '../../components/status-message';
import { callFiltersToQuery, callFiltersToSearch, hasFilters, parseCallFilters, type CallFilterState } from '../../lib/call-filters';
import { useFacets } from '../../lib/use-facets';
import { useResource } from '../../lib/use-resource';
import { CallsTable } from './calls-table';
import { FilterBar } from './filter-bar';
import { Pager, rememberPreviousPage } from './pager';

/** Calls: filters and sort in the URL, one page of 50 at a time. */
export function CallsPage() {
  const search = useSearch();
  const [, navigate] = useLocation();
  const state = parseCallFilters(search);
  const facets = useFacets();
  const query = callFiltersToQuery(state);
  const page = useResource(JSON.stringify(query), (signal) => api.listCalls(query, signal));
  const go = (next: CallFilterState) => navigate(`/calls${callFiltersToSearch(next)}`);
  const filtersChanged = (next: CallFilterState) => {
    const { cursor: _cursor, ...rest } = next;
    go({ ...rest, offset: 0 });
  };

  return (
    <div className="page calls-page">
      <div className="page-heading">
        <h1>Calls</h1>
      </div>
      <FilterBar state={state} facets={facets.data} onChange={filtersChanged} />
      {page.status === 'error' ? (
        <ErrorState error={page.error} what="Calls" onRetry={page.retry} />
      ) : page.status === 'ready' && page.data.items.length === 0 ? (
        hasFilters(state) ? (
          <StatusMessage kind="empty" title="No calls match these filters">
            Widen the date range or score range, or <a href={`/calls${callFiltersToSearch({ sort: state.sort, offset: 0 })}`}>clear all filters</a>.
          </StatusMessage>
        ) : (
          <StatusMessage kind="empty" title="No calls yet">
            Calls appear here as they are ingested (API, webhook, drop folder or <code>undertone import</code>). Start with{' '}
            <code>npm start</code> to load the demo contact center.
          </StatusMessage>
        )
      ) : (
        <>
          <Pager
            state={state}
            page={page.data}
            onNavigate={(next) => {
              if (page.data) rememberPreviousPage(next, state);
              go(next);
            }}
          />
          <CallsTable page={page.data} agents={facets.data?.agents} sort={state.sort} onSort={(sort) => filtersChanged({ ...state, sort })} />
        </>
      )}
    </div>
  );
}
