import { useLocation, useSearch } from 'wouter';
import { api } from '../../api/client';
import { humanize } from '../../lib/format';
import { useFacets } from '../../lib/use-facets';
import { useResource } from '../../lib/use-resource';
import { FlagQueues } from './flag-queues';
import { StageHeatmap } from './stage-heatmap';
import { parseTeamFilters, teamFiltersToQuery, teamFiltersToSearch, type TeamFilterState } from './team-filters';

/** Where customers' moods drop, by stage and agent, and the flagged calls waiting for review. */
export function TeamPage() {
  const search = useSearch();
  const [, navigate] = useLocation();
  const state = parseTeamFilters(search);
  const facets = useFacets();
  const query = teamFiltersToQuery(state);
  const drops = useResource(`stage-drops:${JSON.stringify(query)}`, (signal) => api.stageDrops(query, signal));
  const set = (key: keyof TeamFilterState, value: string) => {
    const next = { ...state };
    if (value) next[key] = value;
    else delete next[key];
    navigate(`/team${teamFiltersToSearch(next)}`);
  };
  return (
    <div className="page team-page">
      <div className="page-heading">
        <h1>Team overview</h1>
      </div>
      <form className="filter-bar" aria-label="Filter the team overview" onSubmit={(e) => e.preventDefault()}>
        <label className="field">
          <span>Team</span>
          <select name="team" value={state.team ?? ''} onChange={(e) => set('team', e.target.value)}>
            <option value="">All teams</option>
            {(facets.data?.teams ?? []).map((t) => (
              <option key={t}>{t}</option>
            ))}
          </select>
        </label>
        <label className="field">
          <span>Call type</span>
          <select name="callType" value={state.callType ?? ''} onChange={(e) => set('callType', e.target.value)}>
            <option value="">All</option>
            {(facets.data?.callTypes ?? []).map((t) => (
              <option key={t} value={t}>
                {humanize(t)}
              </option>
            ))}
          </select>
        </label>
        <label className="field">
          <span>From</span>
          <input name="from" type="date" value={state.from ?? ''} onChange={(e) => set('from', e.target.value)} />
        </label>
        <label className="field">
          <span>To</span>
          <input name="to" type="date" value={state.to ?? ''} onChange={(e) => set('to', e.target.value)} />
        </label>
      </form>
      <StageHeatmap drops={drops} />
      <FlagQueues state={state} />
    </div>
  );
}
