import type { Call, CallAnalysis } from '@undertone/core';
import { useEffect, useMemo, useRef } from 'react';
import { formatClock, formatSentiment, humanize } from '../../lib/format';
import { highlightSegments, type QuoteMark } from '../../lib/highlight-segments';
import { sentimentTint } from '../../lib/sentiment-color';
import { centeredScrollTop } from '../../lib/transcript-sync';
import type { TranscriptFocus } from './transcript-focus';

/** Behaviors and customer signals by utterance, as marks to highlight. */
function marksByUtterance(analysis: CallAnalysis | undefined): Map<number, QuoteMark[]> {
  const byIndex = new Map<number, QuoteMark[]>();
  for (const d of [...(analysis?.behaviors ?? []), ...(analysis?.signals ?? [])]) {
    const list = byIndex.get(d.utteranceIndex) ?? [];
    list.push({ quote: d.quote, label: humanize(d.id) });
    byIndex.set(d.utteranceIndex, list);
  }
  return byIndex;
}

/**
 * The transcript, each utterance tinted by its sentiment, behavior quotes marked inline. Hovering or focusing
 * an utterance marks its time on the chart; a focus request scrolls to it and highlights the quote.
 */
export function Transcript({ call, analysis, focus, onHover }: { call: Call; analysis: CallAnalysis | undefined; focus: TranscriptFocus | null; onHover: (atMs: number | null) => void }) {
  const scroller = useRef<HTMLOListElement>(null);
  const marks = useMemo(() => marksByUtterance(analysis), [analysis]);
  const scores = useMemo(() => new Map((analysis?.sentiment?.utterances ?? []).map((u) => [u.index, u.score])), [analysis]);

  useEffect(() => {
    const list = scroller.current;
    const row = focus ? list?.querySelector<HTMLElement>(`[data-index="${focus.utteranceIndex}"]`) : null;
    if (!list || !row) return;
    list.scrollTo({ top: centeredScrollTop({ offsetTop: row.offsetTop, height: row.offsetHeight }, { height: list.clientHeight, scrollHeight: list.scrollHeight }), behavior: 'smooth' });
    row.focus({ preventScroll: true });
  }, [focus]);

  return (
    <div className="panel transcript">
      <h2>Transcript</h2>
      <ol className="utterances" ref={scroller} onMouseLeave={() => onHover(null)}>
        {call.utterances.map((u, index) => {
          const score = scores.get(index);
          const focused = focus?.utteranceIndex === index;
          const own = marks.get(index) ?? [];
          const all = focused && focus.quote ? [...own, { quote: focus.quote, label: focus.label ?? 'Evidence', active: true }] : own;
          return (
            <li
              key={index}
              data-index={index}
              tabIndex={-1}
              className={`utterance speaker-${u.speaker} ${focused ? 'utterance-focused' : ''}`}
              style={{ background: sentimentTint(score) }}
              onMouseEnter={() => onHover(u.startMs)}
              onFocus={() => onHover(u.startMs)}
            >
              <div className="utterance-meta">
                <span className="speaker">{humanize(u.speaker)}</span>
                <span className="muted">{formatClock(u.startMs)}</span>
                {score !== undefined && <span className="muted" title="sentiment of this utterance, -1 to +1">{formatSentiment(score)}</span>}
              </div>
              <p>
                {highlightSegments(u.text, all).map((s, i) =>
                  s.labels.length === 0 ? (
                    <span key={i}>{s.text}</span>
                  ) : (
                    <mark key={i} className={s.active ? 'quote-active' : 'quote'} tabIndex={0} data-label={s.labels.join(', ')} aria-label={`${s.text} (${s.labels.join(', ')})`}>
                      {s.text}
                    </mark>
                  ),
                )}
              </p>
            </li>
          );
        })}
      </ol>
    </div>
  );
}
