import type uPlot from 'uplot';
import type { AgentInsights } from '../../api/types';
import { ErrorState } from '../../components/error-state';
import { Skeleton } from '../../components/skeleton';
import { UPlotChart } from '../../components/uplot-chart';
import { formatDay } from '../../lib/format';
import type { Resource } from '../../lib/use-resource';
import { CUSTOMER_COLOR } from '../../lib/sentiment-color';
import { weeklySeries } from '../../lib/weekly-series';

const HEIGHT = 260;
const SCORE_COLOR = '#0f766e';

function options(width: number): uPlot.Options {
  return {
    width,
    height: HEIGHT,
    scales: { x: { time: true }, score: { range: [0, 100] }, exit: { range: [-1, 1] } },
    axes: [
      { values: (_u, ticks) => ticks.map((t) => formatDay(new Date(t * 1000).toISOString())) },
      { scale: 'score', label: 'Average score', stroke: SCORE_COLOR, size: 56 },
      { scale: 'exit', label: 'Customer exit sentiment', side: 1, stroke: CUSTOMER_COLOR, grid: { show: false }, size: 56, values: (_u, ticks) => ticks.map((t) => t.toFixed(1)) },
    ],
    series: [
      { label: 'Week of', value: (_u, v) => (v === null || v === undefined ? '—' : formatDay(new Date(v * 1000).toISOString())) },
      { label: 'Average score', scale: 'score', stroke: SCORE_COLOR, width: 2.5, points: { show: true, size: 6 }, value: (_u, v) => (v === null || v === undefined ? '—' : v.toFixed(0)) },
      { label: 'Customer exit', scale: 'exit', stroke: CUSTOMER_COLOR, width: 2, dash: [6, 4], points: { show: true, size: 6 }, value: (_u, v) => (v === null || v === undefined ? '—' : v.toFixed(2)) },
    ],
  };
}

/** Weekly average score and customer exit sentiment, on their own scales. */
export function WeeklyTrends({ insights }: { insights: Resource<AgentInsights> & { retry: () => void } }) {
  return (
    <section className="panel weekly-trends" aria-label="Weekly trends">
      <h2>Weekly trends</h2>
      {insights.status === 'error' ? (
        <ErrorState error={insights.error} what="Trends" onRetry={insights.retry} />
      ) : insights.status === 'loading' ? (
        <Skeleton height={HEIGHT + 40} />
      ) : insights.data.weekly.every((w) => w.calls === 0) ? (
        <p className="muted">No calls in the last weeks.</p>
      ) : (
        <UPlotChart
          options={options}
          data={weeklySeries(insights.data.weekly)}
          dataKey={insights.data.agentId}
          height={HEIGHT + 40}
          label={`Average score and customer exit sentiment per week over ${insights.data.weekly.length} weeks`}
        />
      )}
    </section>
  );
}
