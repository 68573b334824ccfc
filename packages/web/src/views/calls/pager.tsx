import type { CallPage } from '../../api/types';
import { formatRange } from '../../lib/format';
import { PAGE_SIZE, type CallFilterState } from '../../lib/call-filters';

/** Cursors only go forward; the page before each visited cursor is remembered for "Previous". */
const previousPages = new Map<string, CallFilterState>();

export function rememberPreviousPage(next: CallFilterState, current: CallFilterState): void {
  if (next.cursor && next.offset > current.offset) previousPages.set(next.cursor, current);
}

function previousOf(state: CallFilterState): CallFilterState {
  const remembered = state.cursor ? previousPages.get(state.cursor) : undefined;
  if (remembered) return remembered;
  const { cursor: _cursor, ...first } = state;
  return { ...first, offset: 0 };
}

export function Pager({ state, page, onNavigate }: { state: CallFilterState; page: CallPage | undefined; onNavigate: (next: CallFilterState) => void }) {
  const label = page ? formatRange(state.offset, page.count, page.total) : 'Loading calls…';
  const nextCursor = page?.nextCursor;
  return (
    <div className="pager">
      <span className="pager-range" aria-live="polite">
        {label}
      </span>
      <button type="button" disabled={!page || state.offset === 0} onClick={() => onNavigate(previousOf(state))}>
        ← Previous
      </button>
      <button
        type="button"
        disabled={!nextCursor}
        onClick={() => nextCursor && onNavigate({ ...state, cursor: nextCursor, offset: state.offset + (page?.count ?? PAGE_SIZE) })}
      >
        Next →
      </button>
    </div>
  );
}
