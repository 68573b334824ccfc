import type { Inflection, StageSpan } from '@undertone/core';
import type uPlot from 'uplot';

const BAND_FILLS = ['rgba(148, 163, 184, 0.10)', 'rgba(148, 163, 184, 0.22)'];

/** Stage spans as alternating bands behind the series, each labeled at the top. */
export function drawStageBands(u: uPlot, stages: readonly StageSpan[], label: (stage: string) => string): void {
  const { ctx, bbox } = u;
  ctx.save();
  ctx.font = `${Math.round(11 * devicePixelRatio)}px system-ui, sans-serif`;
  ctx.textBaseline = 'top';
  stages.forEach((s, i) => {
    const x0 = u.valToPos(s.startMs / 1000, 'x', true);
    const x1 = u.valToPos(s.endMs / 1000, 'x', true);
    ctx.fillStyle = BAND_FILLS[i % 2]!;
    ctx.fillRect(x0, bbox.top, Math.max(1, x1 - x0), bbox.height);
    const text = label(s.stage);
    if (ctx.measureText(text).width < x1 - x0 - 6) {
      ctx.fillStyle = '#475569';
      ctx.fillText(text, x0 + 4 * devicePixelRatio, bbox.top + 4 * devicePixelRatio);
    }
  });
  ctx.restore();
}

/** A downward red triangle at each drop, an upward green one at each rise, on the speaker's arc. */
export function drawInflections(u: uPlot, inflections: readonly Inflection[], y: (inf: Inflection) => number): void {
  const { ctx } = u;
  const size = 7 * devicePixelRatio;
  ctx.save();
  for (const inf of inflections) {
    const cx = u.valToPos(inf.atMs / 1000, 'x', true);
    const cy = u.valToPos(y(inf), 'y', true);
    const dir = inf.direction === 'drop' ? 1 : -1;
    ctx.beginPath();
    ctx.moveTo(cx - size, cy - dir * size);
    ctx.lineTo(cx + size, cy - dir * size);
    ctx.lineTo(cx, cy + dir * size * 0.6);
    ctx.closePath();
    ctx.fillStyle = inf.direction === 'drop' ? '#dc2626' : '#16a34a';
    ctx.strokeStyle = '#ffffff';
    ctx.lineWidth = 1.5 * devicePixelRatio;
    ctx.fill();
    ctx.stroke();
  }
  ctx.restore();
}

/** A vertical line at the time of the utterance the user is pointing at in the transcript. */
export function drawMarker(u: uPlot, atMs: number | null): void {
  if (atMs === null) return;
  const { ctx, bbox } = u;
  const x = u.valToPos(atMs / 1000, 'x', true);
  ctx.save();
  ctx.strokeStyle = '#f59e0b';
  ctx.lineWidth = 2 * devicePixelRatio;
  ctx.setLineDash([4 * devicePixelRatio, 3 * devicePixelRatio]);
  ctx.beginPath();
  ctx.moveTo(x, bbox.top);
  ctx.lineTo(x, bbox.top + bbox.height);
  ctx.stroke();
  ctx.restore();
}
