import { useEffect, useRef, useState } from 'react';
import type uPlot from 'uplot';
import 'uplot/dist/uPlot.min.css';
import { Skeleton } from './skeleton';

/**
 * A uPlot chart that fills its container's width at a fixed height. uPlot is loaded on demand, so the page
 * around the chart renders first; a placeholder of the same size holds the space until then.
 * `options` is read when the chart is created; change `dataKey` to rebuild it with new data.
 */
export function UPlotChart({ options, data, dataKey, height, label, onChart }: { options: (width: number) => uPlot.Options; data: uPlot.AlignedData; dataKey: string; height: number; label: string; onChart?: (chart: uPlot | null) => void }) {
  const box = useRef<HTMLDivElement>(null);
  const [ready, setReady] = useState(false);
  useEffect(() => {
    let chart: uPlot | null = null;
    let cancelled = false;
    let observer: ResizeObserver | undefined;
    void import('uplot').then(({ default: UPlot }) => {
      const el = box.current;
      if (cancelled || !el) return;
      chart = new UPlot(options(el.clientWidth), data, el);
      setReady(true);
      onChart?.(chart);
      observer = new ResizeObserver(() => chart?.setSize({ width: el.clientWidth, height: chart.height }));
      observer.observe(el);
    });
    return () => {
      cancelled = true;
      observer?.disconnect();
      chart?.destroy();
      onChart?.(null);
    };
    // Rebuilt only when the data identity changes; options and callbacks are read at creation.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [dataKey]);
  return (
    <div className="uplot-box" style={{ minHeight: height }} role="img" aria-label={label}>
      <div ref={box} />
      {!ready && <Skeleton height={height} />}
    </div>
  );
}
