import { describe, expect, it } from 'vitest';
import { DEFAULT_ARC_CONFIG } from './arc-config.js';
import { computeArc } from './compute-arc.js';
import { classifyTrend } from './trend.js';

describe('classifyTrend', () => {
  it.each([
    [0.3, 'improving'],
    [0.9, 'improving'],
    [0.2999, 'slightly_improving'],
    [0.1, 'slightly_improving'],
    [0.0999, 'no_change'],
    [0, 'no_change'],
    [-0.0999, 'no_change'],
    [-0.1, 'slightly_declining'],
    [-0.2999, 'slightly_declining'],
    [-0.3, 'declining'],
    [-1.5, 'declining'],
    [null, 'no_change'],
  ] as const)('delta %s is %s', (delta, trend) => {
    expect(classifyTrend(delta, DEFAULT_ARC_CONFIG.trend)).toBe(trend);
  });

  it.each([
    [0, 0.3, 'improving'],
    [0.5, 0.8, 'improving'],
    [0.2, 0.1, 'slightly_declining'],
    [-0.5, -0.8, 'declining'],
    [0.4, 0.45, 'no_change'],
  ] as const)('an arc entering at %s and leaving at %s is %s', (entry, exit, trend) => {
    const arc = computeArc(
      [
        { startMs: 0, endMs: 5_000, score: entry },
        { startMs: 250_000, endMs: 255_000, score: exit },
      ],
      300_000,
    );
    expect(arc.entry).toBe(entry);
    expect(arc.exit).toBe(exit);
    expect(arc.trend).toBe(trend);
  });
});
