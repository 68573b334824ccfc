import type { AgentInsights } from '../../api/types';
import { ErrorState } from '../../components/error-state';
import { Skeleton } from '../../components/skeleton';
import { formatCount, formatPercent, humanize } from '../../lib/format';
import type { Resource } from '../../lib/use-resource';

/** The agent behaviors found right before this agent's customers' sentiment drops, most frequent first. */
export function DropPrecursors({ insights }: { insights: Resource<AgentInsights> & { retry: () => void } }) {
  return (
    <section className="panel drop-precursors" aria-label="Behaviors before customer drops">
      <h2>Before the customer’s mood drops</h2>
      {insights.status === 'error' ? (
        <ErrorState error={insights.error} what="Drop precursors" onRetry={insights.retry} />
      ) : insights.status === 'loading' ? (
        <Skeleton height={240} />
      ) : insights.data.dropPrecursors.length === 0 ? (
        <p className="muted">{insights.data.customerDrops === 0 ? 'No customer sentiment drops in these weeks.' : `${formatCount(insights.data.customerDrops)} customer drops, none preceded by a detected agent behavior.`}</p>
      ) : (
        <>
          <p className="muted">
            Of {formatCount(insights.data.customerDrops)} customer sentiment drops in {insights.data.weekly.length} weeks, the share that came right after each behavior:
          </p>
          <table className="bar-table">
            <tbody>
              {insights.data.dropPrecursors.map((p) => (
                <tr key={p.behavior}>
                  <th scope="row">{humanize(p.behavior)}</th>
                  <td className="bar-cell">
                    <span className="bar bar-neg" style={{ width: `${Math.round(p.share * 100)}%` }} />
                  </td>
                  <td className="num">{formatPercent(p.share)}</td>
                  <td className="num muted">{formatCount(p.count)}×</td>
                </tr>
              ))}
            </tbody>
          </table>
        </>
      )}
    </section>
  );
}
