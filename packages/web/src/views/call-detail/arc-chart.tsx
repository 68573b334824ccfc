import type { CallAnalysis, Inflection } from '@undertone/core';
import { useEffect, useMemo, useRef } from 'react';
import type uPlot from 'uplot';
import { UPlotChart } from '../../components/uplot-chart';
import { mergeArcSeries, valueAt } from '../../lib/arc-series';
import { formatClock, humanize } from '../../lib/format';
import { AGENT_COLOR, CUSTOMER_COLOR } from '../../lib/sentiment-color';
import { nearestWithin, utteranceAt } from '../../lib/transcript-sync';
import { drawInflections, drawMarker, drawStageBands } from './arc-chart-draw';

/** Height of the chart panel (plot, axes, legend), shared with its placeholder. */
export const ARC_CHART_BOX = 360;
const PLOT_HEIGHT = 300;
const CLICK_TOLERANCE_PX = 12;

/**
 * Customer and agent sentiment arcs on one time axis, stage bands behind them, a triangle at each inflection.
 * Clicking an inflection (or anywhere else on the plot) selects it in the transcript; `markerMs` draws the
 * time of the utterance under the pointer in the transcript.
 */
export function ArcChart({ analysis, markerMs, onInflection, onTime }: { analysis: CallAnalysis; markerMs: number | null; onInflection: (inf: Inflection) => void; onTime: (utteranceIndex: number) => void }) {
  const sentiment = analysis.sentiment!;
  const chart = useRef<uPlot | null>(null);
  const marker = useRef<number | null>(markerMs);
  const handlers = useRef({ onInflection, onTime });
  handlers.current = { onInflection, onTime };
  const data = useMemo(() => mergeArcSeries(sentiment.arcs.customer.points, sentiment.arcs.agent.points), [sentiment]);
  const stages = analysis.stages ?? [];
  const inflectionY = (inf: Inflection) => valueAt(sentiment.arcs[inf.speaker === 'agent' ? 'agent' : 'customer'].points, inf.atMs) ?? 0;

  useEffect(() => {
    marker.current = markerMs;
    chart.current?.redraw(false);
  }, [markerMs]);

  const options = (width: number): uPlot.Options => ({
    width,
    height: PLOT_HEIGHT,
    scales: { x: { time: false, range: [0, Math.max(1, analysis.characteristics.durationMs / 1000)] }, y: { range: [-1, 1] } },
    axes: [
      { values: (_u, ticks) => ticks.map((t) => formatClock(t * 1000)), label: 'Call time' },
      { values: (_u, ticks) => ticks.map((t) => t.toFixed(1)), label: 'Sentiment', size: 56 },
    ],
    series: [
      { label: 'Time', value: (_u, v) => (v === null || v === undefined ? '—' : formatClock(v * 1000)) },
      { label: 'Customer', stroke: CUSTOMER_COLOR, width: 2.5, spanGaps: true, value: (_u, v) => (v === null || v === undefined ? '—' : v.toFixed(2)) },
      { label: 'Agent', stroke: AGENT_COLOR, width: 2, dash: [6, 4], spanGaps: true, value: (_u, v) => (v === null || v === undefined ? '—' : v.toFixed(2)) },
    ],
    cursor: { drag: { x: false, y: false } },
    hooks: {
      drawClear: [(u) => drawStageBands(u, stages, (s) => humanize(s))],
      draw: [(u) => drawInflections(u, sentiment.inflections, inflectionY), (u) => drawMarker(u, marker.current)],
      ready: [
        (u) =>
          u.over.addEventListener('click', (event) => {
            // The click's own position: the cursor may not have caught up with a click that came without a move.
            const left = event.clientX - u.over.getBoundingClientRect().left;
            const hit = nearestWithin(sentiment.inflections, (inf) => u.valToPos(inf.atMs / 1000, 'x'), left, CLICK_TOLERANCE_PX);
            if (hit) handlers.current.onInflection(hit);
            else handlers.current.onTime(utteranceAt(analysis.call.utterances, u.posToVal(left, 'x') * 1000));
          }),
      ],
    },
  });

  return (
    <div className="panel arc-chart" style={{ minHeight: ARC_CHART_BOX }}>
      <h2>Sentiment arcs</h2>
      <UPlotChart
        options={options}
        data={data}
        dataKey={analysis.call.id}
        height={PLOT_HEIGHT}
        label={`Customer and agent sentiment over the call, ${sentiment.inflections.length} inflections marked; the inflection list below has the same points`}
        onChart={(u) => (chart.current = u)}
      />
    </div>
  );
}
