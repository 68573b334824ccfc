import { Link } from 'wouter';
import type { CallDetail } from '../../api/types';
import { formatClock, formatDateTime, formatScore, formatSentiment, humanize } from '../../lib/format';
import { sentimentClass } from '../../lib/sentiment-color';

/** Who, when, how long, and the call's headline numbers. */
export function CallHeader({ detail }: { detail: CallDetail }) {
  const { call } = detail;
  const result = detail.analysis?.result;
  const customer = result?.sentiment?.arcs.customer;
  const card = result?.scorecard;
  return (
    <div className="call-header">
      <div className="page-heading">
        <h1>Call {detail.id}</h1>
        <Link href="/calls" className="back-link">
          ← All calls
        </Link>
      </div>
      <dl className="facts-row">
        <div>
          <dt>Agent</dt>
          <dd>
            <Link href={`/agents/${encodeURIComponent(call.agent.id)}`}>{call.agent.name ?? call.agent.id}</Link>
          </dd>
        </div>
        <div>
          <dt>Team · queue</dt>
          <dd>
            {detail.team ?? '—'} · {detail.queue ?? '—'}
          </dd>
        </div>
        <div>
          <dt>Type</dt>
          <dd>{detail.callType ? humanize(detail.callType) : '—'}</dd>
        </div>
        <div>
          <dt>Started (UTC)</dt>
          <dd>{formatDateTime(detail.startedAt)}</dd>
        </div>
        <div>
          <dt>Duration</dt>
          <dd>{call.durationMs ? formatClock(call.durationMs) : '—'}</dd>
        </div>
        <div>
          <dt>Score</dt>
          <dd className="big">
            {card ? formatScore(card.overall) : '—'}
            {card?.autoFailed && <span className="chip chip-fail">auto-fail</span>}
            {card?.passed === false && !card.autoFailed && <span className="chip chip-quality">below pass</span>}
          </dd>
        </div>
        <div>
          <dt>Customer arc</dt>
          <dd>
            {customer ? (
              <>
                {humanize(customer.pattern)} <span className={sentimentClass(customer.entry)}>{formatSentiment(customer.entry)}</span> →{' '}
                <span className={sentimentClass(customer.exit)}>{formatSentiment(customer.exit)}</span>
              </>
            ) : (
              '—'
            )}
          </dd>
        </div>
      </dl>
    </div>
  );
}
