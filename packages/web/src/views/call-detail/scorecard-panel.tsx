import type { CriterionResult, Evidence, Scorecard } from '@undertone/core';
import { formatClock, formatPercent, formatScore, humanize } from '../../lib/format';
import type { TranscriptFocus } from './transcript-focus';

function Result({ c }: { c: CriterionResult }) {
  if (c.na || c.passed === null) return <span className="result result-na">N/A</span>;
  return c.passed ? <span className="result result-pass">Pass</span> : <span className={`result result-fail`}>{c.autoFail ? 'Fail (auto-fail)' : 'Fail'}</span>;
}

function EvidenceItem({ e, label, onEvidence }: { e: Evidence; label: string; onEvidence: (f: Omit<TranscriptFocus, 'serial'>) => void }) {
  if (e.utteranceIndex === undefined || !e.quote) return <li className="muted">{e.note ?? e.quote}</li>;
  const index = e.utteranceIndex;
  return (
    <li>
      <button type="button" className="quote-button" onClick={() => onEvidence({ utteranceIndex: index, quote: e.quote, label })}>
        <q>{e.quote}</q> <span className="muted">{formatClock(e.atMs)}</span>
      </button>
    </li>
  );
}

/** The rubric's criteria with weight, score, result and the words behind each; evidence jumps to the transcript. */
export function ScorecardPanel({ scorecard, onEvidence }: { scorecard: Scorecard | undefined; onEvidence: (f: Omit<TranscriptFocus, 'serial'>) => void }) {
  if (!scorecard) {
    return (
      <div className="panel scorecard">
        <h2>Scorecard</h2>
        <p className="muted">No rubric applies to this call type, so it was not scored.</p>
      </div>
    );
  }
  return (
    <div className="panel scorecard">
      <h2>
        Scorecard <span className="muted">{scorecard.rubricId}</span>
      </h2>
      <p className="scorecard-total">
        <span className="big">{formatScore(scorecard.overall)}</span>
        {scorecard.passThreshold !== undefined && <span className="muted"> pass at {scorecard.passThreshold}</span>}
        {scorecard.autoFailed && <span className="chip chip-fail">auto-fail</span>}
      </p>
      <ul className="criteria">
        {scorecard.criteria.map((c) => {
          const label = c.label ?? humanize(c.id);
          return (
            <li key={c.id} className={`criterion ${c.passed === false ? 'criterion-failed' : ''}`}>
              <div className="criterion-head">
                <span className="criterion-label">
                  {label}
                  {c.compliance && <span className="chip chip-compliance">compliance</span>}
                </span>
                <span className="criterion-weight" title="share of the overall score this criterion carried">
                  {c.effectiveWeight !== undefined ? formatPercent(c.effectiveWeight) : `×${c.weight}`}
                </span>
                <span className="criterion-score">{formatScore(c.score)}</span>
                <Result c={c} />
              </div>
              <div className="criterion-reason muted">{c.reason}</div>
              {c.evidence.length > 0 && (
                <ul className="evidence" aria-label={`Evidence for ${label}`}>
                  {c.evidence.map((e, i) => (
                    <EvidenceItem key={i} e={e} label={label} onEvidence={onEvidence} />
                  ))}
                </ul>
              )}
            </li>
          );
        })}
      </ul>
    </div>
  );
}
