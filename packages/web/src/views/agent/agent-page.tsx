import { useLocation } from 'wouter';
import { api } from '../../api/client';
import { ErrorState } from '../../components/error-state';
import { Skeleton } from '../../components/skeleton';
import { formatDateTime, formatScore, plural } from '../../lib/format';
import { useResource } from '../../lib/use-resource';
import { CallsTable } from '../calls/calls-table';
import { CriterionRates } from './criterion-rates';
import { DropPrecursors } from './drop-precursors';
import { WeeklyTrends } from './weekly-trends';

const RECENT = 10;
const WEEKS = 12;

/** One agent: recent calls, weekly trends, what precedes their customers' drops, criterion pass rates. */
export function AgentPage({ id }: { id: string }) {
  const [, navigate] = useLocation();
  const agent = useResource(`agent:${id}`, (signal) => api.getAgent(id, signal));
  const insights = useResource(`insights:${id}`, (signal) => api.agentInsights(id, WEEKS, signal));
  const recent = useResource(`recent:${id}`, (signal) => api.agentCalls(id, { limit: RECENT, sort: '-startedAt' }, signal));

  if (agent.status === 'error') {
    return (
      <div className="page">
        <ErrorState error={agent.error} what="Agent" onRetry={agent.retry} />
      </div>
    );
  }
  const a = agent.data;
  return (
    <div className="page agent-page">
      <div className="page-heading">
        {a ? <h1>{a.name ?? a.id}</h1> : <Skeleton height={32} width={260} label="Loading the agent" />}
        <div className="facts">
          {a && (
            <>
              <span>{a.team ?? 'no team'}</span>
              <span>{plural(a.callCount, 'call')}</span>
              <span>average score {formatScore(a.averageScore)}</span>
              {a.lastCallAt && <span>last call {formatDateTime(a.lastCallAt)} UTC</span>}
            </>
          )}
        </div>
      </div>
      <div className="agent-grid">
        <WeeklyTrends insights={insights} />
        <DropPrecursors insights={insights} />
        <CriterionRates insights={insights} />
        <section className="panel agent-recent" aria-label="Recent calls">
          <div className="panel-heading">
            <h2>Recent calls</h2>
            <a href={`/calls?agent=${encodeURIComponent(id)}`}>All of this agent’s calls →</a>
          </div>
          {recent.status === 'error' ? (
            <ErrorState error={recent.error} what="Recent calls" onRetry={recent.retry} />
          ) : recent.data?.items.length === 0 ? (
            <p className="muted">No calls yet.</p>
          ) : (
            <CallsTable page={recent.data} agents={a ? [a] : []} sort="-startedAt" placeholderRows={RECENT} onSort={(sort) => navigate(`/calls?agent=${encodeURIComponent(id)}&sort=${sort}`)} />
          )}
        </section>
      </div>
    </div>
  );
}
