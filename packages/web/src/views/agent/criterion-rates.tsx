import type { AgentInsights } from '../../api/types';
import { ErrorState } from '../../components/error-state';
import { Skeleton } from '../../components/skeleton';
import { formatCount, formatPercent, humanize } from '../../lib/format';
import type { Resource } from '../../lib/use-resource';

/** How often each rubric criterion passed (N/A left out), weakest first. */
export function CriterionRates({ insights }: { insights: Resource<AgentInsights> & { retry: () => void } }) {
  return (
    <section className="panel criterion-rates" aria-label="Criterion pass rates">
      <h2>Criterion pass rates</h2>
      {insights.status === 'error' ? (
        <ErrorState error={insights.error} what="Pass rates" onRetry={insights.retry} />
      ) : insights.status === 'loading' ? (
        <Skeleton height={240} />
      ) : insights.data.criteria.length === 0 ? (
        <p className="muted">No scored calls in these weeks.</p>
      ) : (
        <div className="scroll-box" tabIndex={0} role="region" aria-label="Criterion pass rates, weakest first">
          <table className="bar-table">
            <thead>
              <tr>
                <th scope="col">Criterion</th>
                <th scope="col" className="bar-cell">
                  <span className="visually-hidden">Pass rate bar</span>
                </th>
                <th scope="col" className="num">
                  Pass rate
                </th>
                <th scope="col" className="num">
                  Passed
                </th>
              </tr>
            </thead>
            <tbody>
              {insights.data.criteria.map((c) => (
                <tr key={`${c.rubricId}/${c.criterionId}`}>
                  <th scope="row">
                    {c.label ?? humanize(c.criterionId)}
                    <span className="rubric-id">{c.rubricId}</span>
                  </th>
                  <td className="bar-cell">
                    <span className={`bar ${(c.passRate ?? 0) < 0.6 ? 'bar-neg' : 'bar-pos'}`} style={{ width: `${Math.round((c.passRate ?? 0) * 100)}%` }} />
                  </td>
                  <td className="num">{formatPercent(c.passRate)}</td>
                  <td className="num muted">
                    {formatCount(c.passed)}/{formatCount(c.evaluated)}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}
