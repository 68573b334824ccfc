import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { resolveArcConfig } from './arc-config.js';
import { seriesOfPoints, smoothColumns, smoothSeries, type TimedScore } from './smooth-series.js';

const config = resolveArcConfig();
const timedScore = fc.record({ startMs: fc.nat(600_000), endMs: fc.nat(600_000), score: fc.double({ min: -1.5, max: 1.5, noNaN: true }), index: fc.nat(500) });

function columnsOf(points: readonly TimedScore[]) {
  return {
    startMs: Float64Array.from(points, (p) => p.startMs),
    endMs: Float64Array.from(points, (p) => p.endMs),
    score: Float64Array.from(points, (p) => p.score),
    index: Float64Array.from(points, (p, i) => p.index ?? i),
  };
}

describe('smoothColumns', () => {
  it('holds exactly the points smoothSeries makes, column by column (unordered input included)', () => {
    fc.assert(
      fc.property(fc.array(timedScore, { maxLength: 40 }), (points) => {
        const series = smoothColumns(columnsOf(points), config);
        expect(seriesOfPoints(smoothSeries(points, config))).toEqual({ ...series, order: Int32Array.from(series.order, (_, i) => i) });
        expect(Array.from(series.order, (position) => points[position]!.index)).toEqual(Array.from(series.index));
      }),
      { numRuns: 300 },
    );
  });
});
