/** Turning the stored sentiment arcs into uPlot's column data, and reading values off them. Pure. */

export interface TimedPoint {
  atMs: number;
  score: number;
}

/**
 * uPlot wants one shared x column: the union of both speakers' point times (in seconds), each speaker's
 * score where it has a point and null elsewhere (the chart spans the gaps).
 */
export function mergeArcSeries(customer: readonly TimedPoint[], agent: readonly TimedPoint[]): [number[], Array<number | null>, Array<number | null>] {
  const byTime = new Map<number, [number | null, number | null]>();
  for (const p of customer) byTime.set(p.atMs, [p.score, byTime.get(p.atMs)?.[1] ?? null]);
  for (const p of agent) byTime.set(p.atMs, [byTime.get(p.atMs)?.[0] ?? null, p.score]);
  const times = [...byTime.keys()].sort((a, b) => a - b);
  return [times.map((t) => t / 1000), times.map((t) => byTime.get(t)![0]), times.map((t) => byTime.get(t)![1])];
}

/** The arc's value at `atMs`, linearly between its points and held flat beyond the ends; null for an empty arc. */
export function valueAt(points: readonly TimedPoint[], atMs: number): number | null {
  if (points.length === 0) return null;
  const first = points[0]!;
  const last = points[points.length - 1]!;
  if (atMs <= first.atMs) return first.score;
  if (atMs >= last.atMs) return last.score;
  for (let i = 1; i < points.length; i++) {
    const b = points[i]!;
    if (atMs <= b.atMs) {
      const a = points[i - 1]!;
      const span = b.atMs - a.atMs;
      return span === 0 ? b.score : a.score + ((b.score - a.score) * (atMs - a.atMs)) / span;
    }
  }
  return last.score;
}
