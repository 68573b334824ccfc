import { useEffect, useRef, useState } from 'react';
import type { EChartsCoreOption } from 'echarts/core';
import { Skeleton } from './skeleton';

/**
 * An ECharts chart at a fixed height that follows its container's width. ECharts is loaded on demand (only
 * the parts in echarts-heatmap.ts), with a placeholder of the same size until it draws.
 */
export function EChart({ option, height, label }: { option: EChartsCoreOption; height: number; label: string }) {
  const box = useRef<HTMLDivElement>(null);
  const [ready, setReady] = useState(false);
  useEffect(() => {
    let disposed = false;
    let dispose = () => {};
    void import('./echarts-heatmap').then(({ echarts }) => {
      const el = box.current;
      if (disposed || !el) return;
      const chart = echarts.init(el, undefined, { renderer: 'canvas' });
      chart.setOption(option);
      setReady(true);
      const observer = new ResizeObserver(() => chart.resize());
      observer.observe(el);
      dispose = () => {
        observer.disconnect();
        chart.dispose();
      };
    });
    return () => {
      disposed = true;
      dispose();
    };
  }, [option]);
  return (
    <div className="echart-box" style={{ height }} role="img" aria-label={label}>
      <div ref={box} style={{ height, width: '100%' }} />
      {!ready && <Skeleton height={height} />}
    </div>
  );
}
