import { describe, expect, it } from 'vitest';
import { weeklyTrend } from './weekly-trend.js';

describe('weeklyTrend', () => {
  it('averages each week and keeps empty weeks with nulls', () => {
    const trend = weeklyTrend(
      [
        { weekStart: '2026-11-09', calls: 2, scored: 2, scoreSum: 150, withExit: 1, exitSum: 0.25 },
        { weekStart: '2026-11-23', calls: 3, scored: 2, scoreSum: 121, withExit: 0, exitSum: 0 },
        { weekStart: '2026-10-05', calls: 9, scored: 9, scoreSum: 900, withExit: 9, exitSum: 9 }, // outside the window
      ],
      new Date('2026-11-24T10:00:00Z'),
      3,
    );
    expect(trend).toEqual([
      { weekStart: '2026-11-09', calls: 2, averageScore: 75, averageCustomerExit: 0.25 },
      { weekStart: '2026-11-16', calls: 0, averageScore: null, averageCustomerExit: null },
      { weekStart: '2026-11-23', calls: 3, averageScore: 60.5, averageCustomerExit: null },
    ]);
  });
});
