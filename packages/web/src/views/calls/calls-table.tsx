import { Link } from 'wouter';
import type { AgentRef, CallPage, Sort, SortKey } from '../../api/types';
import { nextSort, PAGE_SIZE } from '../../lib/call-filters';
import { formatClock, formatDateTime, formatScore, formatSentiment, humanize } from '../../lib/format';
import { sentimentClass } from '../../lib/sentiment-color';

function SortHeader({ label, sortKey, sort, onSort, numeric }: { label: string; sortKey: SortKey; sort: Sort; onSort: (s: Sort) => void; numeric?: boolean }) {
  const direction = sort === sortKey ? 'ascending' : sort === `-${sortKey}` ? 'descending' : undefined;
  return (
    <th scope="col" aria-sort={direction ?? 'none'} className={numeric ? 'num' : undefined}>
      <button type="button" className="sort-button" onClick={() => onSort(nextSort(sort, sortKey))}>
        {label}
        <span aria-hidden="true" className="sort-arrow">
          {direction === 'ascending' ? '▲' : direction === 'descending' ? '▼' : '↕'}
        </span>
      </button>
    </th>
  );
}

/** One page of calls; while loading, the same table filled with placeholder rows of the final height. */
export function CallsTable({ page, agents, sort, onSort, placeholderRows = PAGE_SIZE }: { page: CallPage | undefined; agents: AgentRef[] | undefined; sort: Sort; onSort: (s: Sort) => void; placeholderRows?: number }) {
  const names = new Map((agents ?? []).map((a) => [a.id, a.name]));
  return (
    <div className="table-wrap">
      <table className="calls-table" aria-busy={!page}>
        <thead>
          <tr>
            <SortHeader label="Started (UTC)" sortKey="startedAt" sort={sort} onSort={onSort} />
            <th scope="col">Agent</th>
            <th scope="col">Team</th>
            <th scope="col">Type</th>
            <SortHeader label="Duration" sortKey="duration" sort={sort} onSort={onSort} numeric />
            <SortHeader label="Score" sortKey="score" sort={sort} onSort={onSort} numeric />
            <SortHeader label="Customer exit" sortKey="customerExit" sort={sort} onSort={onSort} numeric />
            <th scope="col">Arc</th>
            <th scope="col">Flags</th>
          </tr>
        </thead>
        <tbody>
          {page
            ? page.items.map((c) => (
                <tr key={c.id}>
                  <td>
                    <Link href={`/calls/${encodeURIComponent(c.id)}`} className="row-link">
                      {formatDateTime(c.startedAt)}
                    </Link>
                  </td>
                  <td>
                    <Link href={`/agents/${encodeURIComponent(c.agentId)}`}>{c.agentName ?? names.get(c.agentId) ?? c.agentId}</Link>
                  </td>
                  <td>{c.team ?? '—'}</td>
                  <td>{c.callType ? humanize(c.callType) : '—'}</td>
                  <td className="num">{c.durationMs === undefined || c.durationMs === null ? '—' : formatClock(c.durationMs)}</td>
                  <td className="num">
                    {c.autoFailed && (
                      <span className="chip chip-fail" title="a criterion failed the whole call">
                        auto-fail
                      </span>
                    )}
                    {c.analysisStatus === 'pending' ? <span className="muted">pending</span> : formatScore(c.overallScore)}
                  </td>
                  <td className={`num ${sentimentClass(c.customerExit)}`}>{formatSentiment(c.customerExit)}</td>
                  <td>{c.arcPattern ? humanize(c.arcPattern) : '—'}</td>
                  <td>
                    {c.flagKinds.map((k) => (
                      <span key={k} className={`chip chip-${k}`}>
                        {k}
                      </span>
                    ))}
                  </td>
                </tr>
              ))
            : Array.from({ length: placeholderRows }, (_, i) => (
                <tr key={i} className="skeleton-row" aria-hidden="true">
                  <td colSpan={9}>
                    <div className="skeleton" style={{ height: 16 }} />
                  </td>
                </tr>
              ))}
        </tbody>
      </table>
    </div>
  );
}
