import { describe, expect, it } from 'vitest';
import { weeklySeries } from './weekly-series';

describe('weekly trend series', () => {
  it('puts weeks on a time axis in seconds and leaves empty weeks as gaps', () => {
    const [x, score, exit] = weeklySeries([
      { weekStart: '2026-11-09', calls: 4, averageScore: 81.5, averageCustomerExit: 0.12 },
      { weekStart: '2026-11-16', calls: 0, averageScore: null, averageCustomerExit: null },
    ]);
    expect(x).toEqual([Date.UTC(2026, 10, 9) / 1000, Date.UTC(2026, 10, 16) / 1000]);
    expect(score).toEqual([81.5, null]);
    expect(exit).toEqual([0.12, null]);
  });
});
