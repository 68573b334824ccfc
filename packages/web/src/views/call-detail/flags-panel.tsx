import type { Flag } from '@undertone/core';
import { humanize } from '../../lib/format';

/** The flags the call raised; compliance first, since those need action on their own. */
export function FlagsPanel({ flags }: { flags: Flag[] }) {
  const ordered = [...flags].sort((a, b) => Number(b.kind === 'compliance') - Number(a.kind === 'compliance'));
  return (
    <div className="panel flags">
      <h2>Flags</h2>
      {ordered.length === 0 ? (
        <p className="muted">No flags raised.</p>
      ) : (
        <ul>
          {ordered.map((f, i) => (
            <li key={i}>
              <span className={`chip chip-${f.kind}`}>{f.kind}</span> <strong>{humanize(f.policy)}</strong>
              <div className="muted">{f.reason}</div>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
