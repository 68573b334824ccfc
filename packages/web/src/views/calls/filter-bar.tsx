import { useEffect, useState, type ChangeEvent } from 'react';
import type { Facets } from '../../api/types';
import type { CallFilterState } from '../../lib/call-filters';
import { humanize } from '../../lib/format';

type TextKey = 'agent' | 'team' | 'callType' | 'flag' | 'arc' | 'from' | 'to';

function Select({ label, name, value, options, onPick }: { label: string; name: TextKey; value: string | undefined; options: Array<{ value: string; label: string }>; onPick: (key: TextKey, value: string) => void }) {
  return (
    <label className="field">
      <span>{label}</span>
      <select name={name} value={value ?? ''} onChange={(e) => onPick(name, e.target.value)}>
        <option value="">All</option>
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
    </label>
  );
}

/** A score bound typed freely and applied on blur or Enter, so half-typed numbers never reach the URL. */
function ScoreInput({ label, name, value, onCommit }: { label: string; name: string; value: number | undefined; onCommit: (value: number | undefined) => void }) {
  const [text, setText] = useState(value === undefined ? '' : String(value));
  useEffect(() => setText(value === undefined ? '' : String(value)), [value]);
  const commit = () => {
    const n = text.trim() === '' ? undefined : Number(text);
    if (n === undefined || (Number.isFinite(n) && n >= 0 && n <= 100)) onCommit(n);
    else setText(value === undefined ? '' : String(value));
  };
  return (
    <label className="field field-narrow">
      <span>{label}</span>
      <input
        name={name}
        type="number"
        min={0}
        max={100}
        inputMode="numeric"
        value={text}
        onChange={(e: ChangeEvent<HTMLInputElement>) => setText(e.target.value)}
        onBlur={commit}
        onKeyDown={(e) => e.key === 'Enter' && commit()}
      />
    </label>
  );
}

const options = (values: string[] | undefined) => (values ?? []).map((v) => ({ value: v, label: humanize(v) }));

export function FilterBar({ state, facets, onChange }: { state: CallFilterState; facets: Facets | undefined; onChange: (next: CallFilterState) => void }) {
  const pick = (key: TextKey, value: string) => {
    const next = { ...state };
    if (value) next[key] = value;
    else delete next[key];
    onChange(next);
  };
  const agents = (facets?.agents ?? [])
    .filter((a) => !state.team || a.team === state.team)
    .map((a) => ({ value: a.id, label: a.name ?? a.id }))
    .sort((a, b) => a.label.localeCompare(b.label));
  const setScore = (key: 'minScore' | 'maxScore') => (value: number | undefined) => {
    const next = { ...state };
    if (value === undefined) delete next[key];
    else next[key] = value;
    onChange(next);
  };
  return (
    <form className="filter-bar" aria-label="Filter calls" onSubmit={(e) => e.preventDefault()}>
      <Select label="Team" name="team" value={state.team} options={(facets?.teams ?? []).map((t) => ({ value: t, label: t }))} onPick={pick} />
      <Select label="Agent" name="agent" value={state.agent} options={agents} onPick={pick} />
      <Select label="Call type" name="callType" value={state.callType} options={options(facets?.callTypes)} onPick={pick} />
      <label className="field">
        <span>From</span>
        <input name="from" type="date" value={state.from ?? ''} onChange={(e) => pick('from', e.target.value)} />
      </label>
      <label className="field">
        <span>To</span>
        <input name="to" type="date" value={state.to ?? ''} onChange={(e) => pick('to', e.target.value)} />
      </label>
      <ScoreInput label="Min score" name="minScore" value={state.minScore} onCommit={setScore('minScore')} />
      <ScoreInput label="Max score" name="maxScore" value={state.maxScore} onCommit={setScore('maxScore')} />
      <Select label="Flag" name="flag" value={state.flag} options={options(facets?.flagKinds)} onPick={pick} />
      <Select label="Arc pattern" name="arc" value={state.arc} options={options(facets?.arcPatterns)} onPick={pick} />
    </form>
  );
}
