import { Link } from 'wouter';
import { api } from '../../api/client';
import { ErrorState } from '../../components/error-state';
import { Skeleton } from '../../components/skeleton';
import { formatDateTime, formatScore, plural } from '../../lib/format';
import { useResource } from '../../lib/use-resource';
import type { TeamFilterState } from './team-filters';
import { teamFiltersToQuery } from './team-filters';

const SHOWN = 6;

const QUEUES = [
  { kind: 'compliance', title: 'Compliance', note: 'Required disclosures or verification missed: act on each one.' },
  { kind: 'quality', title: 'Quality', note: 'Scores below the bar or auto-failed.' },
  { kind: 'coaching', title: 'Coaching', note: 'Patterns worth a coaching session.' },
  { kind: 'kudos', title: 'Kudos', note: 'Calls to recognize.' },
] as const;

function Queue({ kind, title, note, state }: { kind: string; title: string; note: string; state: TeamFilterState }) {
  const range = teamFiltersToQuery(state);
  const query = { flag: kind, limit: SHOWN, sort: '-startedAt' as const, ...range };
  const page = useResource(`queue:${JSON.stringify(query)}`, (signal) => api.listCalls(query, signal));
  const all = `/calls?flag=${kind}${state.team ? `&team=${encodeURIComponent(state.team)}` : ''}`;
  return (
    <section className={`panel queue queue-${kind}`} aria-label={`${title} queue`}>
      <div className="panel-heading">
        <h3>
          <span className={`chip chip-${kind}`}>{title}</span> {page.data?.total !== undefined && <span className="muted">{plural(page.data.total, 'call')}</span>}
        </h3>
        <Link href={all}>All →</Link>
      </div>
      <p className="muted queue-note">{note}</p>
      {page.status === 'error' ? (
        <ErrorState error={page.error} what={`${title} queue`} onRetry={page.retry} />
      ) : page.status === 'loading' ? (
        <Skeleton height={SHOWN * 34} />
      ) : page.data.items.length === 0 ? (
        <p className="queue-empty">Nothing flagged here.</p>
      ) : (
        <ul className="queue-list" style={{ minHeight: SHOWN * 34 }}>
          {page.data.items.map((c) => (
            <li key={c.id}>
              <Link href={`/calls/${encodeURIComponent(c.id)}`}>{formatDateTime(c.startedAt)}</Link>
              <span>{c.agentName ?? c.agentId}</span>
              <span className="num">{formatScore(c.overallScore)}</span>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

/** Flagged calls waiting for review; compliance stands apart from quality, coaching and kudos. */
export function FlagQueues({ state }: { state: TeamFilterState }) {
  const [compliance, ...rest] = QUEUES;
  return (
    <div className="queues">
      <h2>Flagged calls</h2>
      <div className="queues-grid">
        <div className="queues-compliance">
          <Queue {...compliance} state={state} />
        </div>
        <div className="queues-other">
          {rest.map((q) => (
            <Queue key={q.kind} {...q} state={state} />
          ))}
        </div>
      </div>
    </div>
  );
}
