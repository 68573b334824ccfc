import type { Inflection } from '@undertone/core';
import { formatClock, formatSentiment, humanize } from '../../lib/format';
import { focusForInflection, type TranscriptFocus } from './transcript-focus';

/** Each shift in sentiment, and the agent behaviors that came right before it, with their words. */
export function InflectionList({ inflections, onFocus }: { inflections: Inflection[]; onFocus: (f: Omit<TranscriptFocus, 'serial'>) => void }) {
  return (
    <div className="panel inflections">
      <h2>Inflections</h2>
      {inflections.length === 0 ? (
        <p className="muted">No sentiment shift was large enough to mark in this call.</p>
      ) : (
        <ol>
          {inflections.map((inf, i) => (
            <li key={i} className={`inflection inflection-${inf.direction}`}>
              <button type="button" className="inflection-button" onClick={() => onFocus(focusForInflection(inf))}>
                <span className="inflection-icon" aria-hidden="true">
                  {inf.direction === 'drop' ? '▼' : '▲'}
                </span>
                {humanize(inf.speaker)} {inf.direction} {formatSentiment(inf.direction === 'drop' ? -inf.magnitude : inf.magnitude)} at {formatClock(inf.atMs)}
                {inf.stage && <span className="muted"> · {humanize(inf.stage)}</span>}
              </button>
              {inf.preceding && inf.preceding.length > 0 ? (
                <ul className="preceding">
                  {inf.preceding.map((p, j) => (
                    <li key={j}>
                      <button type="button" className="quote-button" onClick={() => onFocus({ utteranceIndex: p.utteranceIndex, quote: p.quote, label: humanize(p.behavior) })}>
                        <strong>{humanize(p.behavior)}</strong> <q>{p.quote}</q> <span className="muted">{formatClock(p.atMs)}</span>
                      </button>
                    </li>
                  ))}
                </ul>
              ) : (
                <p className="muted preceding-none">No agent behavior detected just before it.</p>
              )}
            </li>
          ))}
        </ol>
      )}
    </div>
  );
}
