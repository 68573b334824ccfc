import type { ReactNode } from 'react';

/** The empty and error states: a title, what it means, and what to do next. */
export function StatusMessage({ kind, title, children, onRetry }: { kind: 'empty' | 'error' | 'info'; title: string; children?: ReactNode; onRetry?: () => void }) {
  return (
    <div className={`status-message status-${kind}`} role={kind === 'error' ? 'alert' : 'status'}>
      <h2>{title}</h2>
      {children && <p>{children}</p>}
      {onRetry && (
        <button type="button" onClick={onRetry}>
          Retry
        </button>
      )}
    </div>
  );
}
