import { describe, expect, it } from 'vitest';
import { sparkline } from './sparkline.js';

describe('sparkline', () => {
  it.each([
    [[-1], 1, '▁'],
    [[1], 1, '█'],
    [[0], 1, '▅'],
    [[-1, -0.5, 0, 0.5, 1], 5, '▁▃▅▆█'],
    [[-5, 5], 2, '▁█'],
  ])('maps %j at width %i to %s', (values, width, expected) => {
    expect(sparkline(values, width)).toBe(expected);
  });

  it('draws an empty series as spaces of the requested width', () => {
    expect(sparkline([], 6)).toBe('      ');
  });

  it('averages values down to the width', () => {
    expect(sparkline([-1, -1, 1, 1], 2)).toBe('▁█');
    expect(sparkline([-1, 1, -1, 1], 2)).toBe('▅▅');
  });

  it('stretches a short series to the width', () => {
    expect(sparkline([-1, 1], 6)).toBe('▁▁▁███');
  });

  it('draws non-finite values as gaps', () => {
    expect(sparkline([Number.NaN, 1, Number.NaN], 3)).toBe(' █ ');
  });

  it('is always exactly width characters', () => {
    for (const width of [0, 1, 7, 40, 61]) {
      expect([...sparkline([0.3, -0.2, 0.9, -0.7, 0.1], width)]).toHaveLength(width);
    }
  });
});
