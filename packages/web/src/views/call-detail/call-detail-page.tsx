import { useCallback, useEffect, useState } from 'react';
import { api } from '../../api/client';
import { ErrorState } from '../../components/error-state';
import { Skeleton } from '../../components/skeleton';
import { StatusMessage } from '../../components/status-message';
import { useResource } from '../../lib/use-resource';
import { ARC_CHART_BOX, ArcChart } from './arc-chart';
import { CallHeader } from './call-header';
import { FlagsPanel } from './flags-panel';
import { InflectionList } from './inflection-list';
import { ScorecardPanel } from './scorecard-panel';
import { focusForInflection, type TranscriptFocus } from './transcript-focus';
import { Transcript } from './transcript';

const PENDING_RECHECK_MS = 4000;

/** One call: arcs with stages and inflections, the transcript beside them (in step both ways), scorecard, flags. */
export function CallDetailPage({ id }: { id: string }) {
  const detail = useResource(`call:${id}`, (signal) => api.getCall(id, signal));
  const [focus, setFocus] = useState<TranscriptFocus | null>(null);
  const [hoverMs, setHoverMs] = useState<number | null>(null);
  const focusOn = useCallback((next: Omit<TranscriptFocus, 'serial'>) => setFocus((prev) => ({ ...next, serial: (prev?.serial ?? 0) + 1 })), []);
  // A call still waiting for its analysis (right after ingest or `npm start`) is asked for again until it has one.
  const pending = detail.status === 'ready' && !detail.data.analysis;
  useEffect(() => {
    if (!pending) return;
    const timer = setTimeout(detail.retry, PENDING_RECHECK_MS);
    return () => clearTimeout(timer);
    // Each answer (a new `data`) schedules the next check.
  }, [pending, detail.data, detail.retry]);

  if (detail.status === 'error') {
    return (
      <div className="page">
        <ErrorState error={detail.error} what="Call" onRetry={detail.retry} />
        <p>
          <a href="/calls">Back to the calls</a>
        </p>
      </div>
    );
  }
  if (detail.status === 'loading') return <CallDetailSkeleton />;

  const { call, analysis } = detail.data;
  const result = analysis?.result;
  return (
    <div className="page call-detail">
      <CallHeader detail={detail.data} />
      {!result && (
        <StatusMessage kind="info" title="Analysis pending">
          This call is queued for analysis; sentiment, stages, behaviors and the scorecard appear here when it is done (this page checks every few seconds). The transcript is below.
        </StatusMessage>
      )}
      <div className="call-grid">
        <div className="call-left">
          <section className="call-main" aria-label="Sentiment and evidence">
            {!result && (
              // Where the chart and inflections will appear: the same size, so nothing moves when they do.
              <>
                <Skeleton height={ARC_CHART_BOX} />
                <Skeleton height={160} />
              </>
            )}
            {result?.sentiment && (
              <>
                <ArcChart analysis={result} markerMs={hoverMs} onInflection={(inf) => focusOn(focusForInflection(inf))} onTime={(utteranceIndex) => focusOn({ utteranceIndex })} />
                <InflectionList inflections={result.sentiment.inflections} onFocus={focusOn} />
              </>
            )}
          </section>
          <section className="call-side" aria-label="Scorecard and flags">
            {result && <ScorecardPanel scorecard={result.scorecard} onEvidence={focusOn} />}
            {result && <FlagsPanel flags={result.flags ?? []} />}
          </section>
        </div>
        <section className="call-transcript" aria-label="Transcript">
          <Transcript call={call} analysis={result} focus={focus} onHover={setHoverMs} />
        </section>
      </div>
    </div>
  );
}

function CallDetailSkeleton() {
  return (
    <div className="page call-detail" aria-busy="true">
      <div className="call-header">
        <Skeleton height={28} width={420} label="Loading the call" />
        <Skeleton height={20} width={640} />
      </div>
      <div className="call-grid">
        <div className="call-left">
          <section className="call-main">
            <Skeleton height={ARC_CHART_BOX} />
            <Skeleton height={160} />
          </section>
          <section className="call-side">
            <Skeleton height={320} />
          </section>
        </div>
        <section className="call-transcript">
          <Skeleton height="100%" />
        </section>
      </div>
    </div>
  );
}
