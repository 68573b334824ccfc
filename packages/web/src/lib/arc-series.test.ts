import { describe, expect, it } from 'vitest';
import { mergeArcSeries, valueAt } from './arc-series';

describe('arc series for the chart', () => {
  it('puts both speakers on one sorted time column in seconds, null where a speaker has no point', () => {
    const [x, customer, agent] = mergeArcSeries(
      [
        { atMs: 2000, score: 0.1 },
        { atMs: 6000, score: -0.3 },
      ],
      [
        { atMs: 4000, score: 0.5 },
        { atMs: 6000, score: 0.4 },
      ],
    );
    expect(x).toEqual([2, 4, 6]);
    expect(customer).toEqual([0.1, null, -0.3]);
    expect(agent).toEqual([null, 0.5, 0.4]);
  });

  it('reads an arc between points, holds it flat past the ends, and has nothing for an empty arc', () => {
    const points = [
      { atMs: 1000, score: 0 },
      { atMs: 3000, score: -0.4 },
    ];
    expect(valueAt(points, 2000)).toBeCloseTo(-0.2);
    expect(valueAt(points, 0)).toBe(0);
    expect(valueAt(points, 9000)).toBe(-0.4);
    expect(valueAt([], 1000)).toBeNull();
  });
});
