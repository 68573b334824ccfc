import { useMemo } from 'react';
import type { EChartsCoreOption } from 'echarts/core';
import type { StageDrops } from '../../api/types';
import { EChart } from '../../components/echart';
import { ErrorState } from '../../components/error-state';
import { Skeleton } from '../../components/skeleton';
import { StatusMessage } from '../../components/status-message';
import { formatPercent, humanize, plural } from '../../lib/format';
import type { Resource } from '../../lib/use-resource';
import { StageDiagnosis } from './stage-diagnosis-panel';

const ROW_PX = 30;
const CHROME_PX = 110;
const TILTED_LABELS_PX = 90;

function heatmapOption(data: StageDrops): EChartsCoreOption {
  const agents = data.agents;
  const stageIndex = new Map(data.stages.map((s, i) => [s, i]));
  const agentIndex = new Map(agents.map((a, i) => [a.id, i]));
  const cells = data.cells.flatMap((c) => {
    const x = stageIndex.get(c.stage);
    const y = agentIndex.get(c.agentId);
    return x === undefined || y === undefined ? [] : [[x, y, c.rate, c.drops, c.calls]];
  });
  const maxRate = Math.max(0.05, ...data.cells.map((c) => c.rate));
  // Many stages leave too little width per column for a flat label: tilt them.
  const tilt = data.stages.length > 6;
  return {
    animation: false,
    grid: { left: 170, right: 24, top: tilt ? TILTED_LABELS_PX : 24, bottom: 80 },
    xAxis: { type: 'category', data: data.stages.map(humanize), position: 'top', splitArea: { show: true }, axisLabel: { fontSize: 12, interval: 0, rotate: tilt ? 35 : 0 } },
    yAxis: { type: 'category', data: agents.map((a) => a.name ?? a.id), inverse: true, splitArea: { show: true }, axisLabel: { fontSize: 12, width: 150, overflow: 'truncate' } },
    visualMap: {
      min: 0,
      max: maxRate,
      dimension: 2,
      orient: 'horizontal',
      left: 'center',
      bottom: 8,
      calculable: false,
      text: ['more drops per call', 'none'],
      inRange: { color: ['#ffffff', '#fecaca', '#f87171', '#b91c1c'] },
      formatter: (v: number) => formatPercent(v),
    },
    tooltip: {
      formatter: (p: { value: [number, number, number, number, number] }) => {
        const [x, y, rate, drops, calls] = p.value;
        return `${agents[y]?.name ?? ''} · ${humanize(data.stages[x] ?? '')}<br>${plural(drops, "customer drop")} in ${plural(calls, "call")} (${formatPercent(rate)})`;
      },
    },
    series: [{ type: 'heatmap', data: cells, label: { show: true, formatter: (p: { value: number[] }) => (p.value[3] ? String(p.value[3]) : '') }, emphasis: { itemStyle: { borderColor: '#111827', borderWidth: 1 } } }],
  };
}

/** Rows agents, columns stages, color = customer drops per call; the findings beside it say how to read it. */
export function StageHeatmap({ drops }: { drops: Resource<StageDrops> & { retry: () => void } }) {
  const option = useMemo(() => (drops.data ? heatmapOption(drops.data) : null), [drops.data]);
  return (
    <section className="panel heatmap" aria-label="Customer sentiment drops by stage and agent">
      <h2>Where customers’ sentiment drops: stage × agent</h2>
      {drops.status === 'error' ? (
        <ErrorState error={drops.error} what="Stage drops" onRetry={drops.retry} />
      ) : drops.status === 'loading' || !option ? (
        <div className="heatmap-grid">
          <Skeleton height={12 * ROW_PX + CHROME_PX} />
          <Skeleton height={240} />
        </div>
      ) : drops.data.agents.length === 0 ? (
        <StatusMessage kind="empty" title="No analyzed calls here">
          No analyzed calls match these filters. Widen the dates or pick another team.
        </StatusMessage>
      ) : (
        <div className="heatmap-grid">
          <EChart
            option={option}
            height={drops.data.agents.length * ROW_PX + CHROME_PX + (drops.data.stages.length > 6 ? TILTED_LABELS_PX : 0)}
            label={`Heatmap of customer sentiment drops per call for ${drops.data.agents.length} agents across ${drops.data.stages.length} stages; the findings list the notable ones`}
          />
          <StageDiagnosis data={drops.data} />
        </div>
      )}
    </section>
  );
}
