import { describe, expect, it } from 'vitest';
import { evenlySpaced, linear, repeat, SPACING_MS } from './arc-test-fixtures.js';
import { resolveArcConfig } from './arc-config.js';
import { arcOfSeries, computeArc } from './compute-arc.js';
import { inflectionsOfSeries, movesOfSeries } from './find-inflections.js';
import { smoothSeries } from './smooth-series.js';

const durationOf = (count: number) => count * SPACING_MS;

describe('computeArc', () => {
  it('gives a defined empty arc for a speaker who said nothing', () => {
    expect(computeArc([], 300_000)).toEqual({
      points: [],
      entry: null,
      exit: null,
      delta: null,
      quarters: [null, null, null, null],
      trend: 'no_change',
      pattern: 'flat',
      recovery: { achieved: false, troughScore: null, troughAtMs: null, margin: null },
      finalThirdDrop: { flagged: false, points: 0, atMs: null },
      largestDrop: null,
    });
  });

  it('reads a monotone decline as declining, with its largest drop', () => {
    const scores = linear(0.8, -0.8, 15);
    const arc = computeArc(evenlySpaced(scores), durationOf(15));
    expect(arc.trend).toBe('declining');
    expect(arc.pattern).toBe('declining');
    expect(arc.delta!).toBeLessThan(-0.9);
    expect(arc.largestDrop!.magnitude).toBeGreaterThan(1.3);
    expect(arc.largestDrop!.fromMs).toBeLessThan(arc.largestDrop!.toMs);
    expect(arc.points).toHaveLength(15);
    expect(arc.points.every((p, i) => i === 0 || p.score <= arc.points[i - 1]!.score)).toBe(true);
  });

  it('takes entry from the first 90 s and exit from the final third', () => {
    // 15 utterances over 300 s: indexes 0-4 start before 90 s, 10-14 start in the final third.
    const scores = [0.5, 0.3, 0.1, 0.3, 0.3, ...repeat(0, 5), -0.2, -0.4, -0.2, -0.4, -0.3];
    const arc = computeArc(evenlySpaced(scores), durationOf(15));
    expect(arc.entry).toBe(0.3);
    expect(arc.exit).toBe(-0.3);
    expect(arc.delta).toBe(-0.6);
  });

  it('falls back to the first and last utterance when the windows are empty', () => {
    const arc = computeArc(
      [
        { startMs: 120_000, endMs: 125_000, score: 0.4 },
        { startMs: 130_000, endMs: 135_000, score: -0.2 },
      ],
      600_000,
    );
    expect(arc.entry).toBe(0.4);
    expect(arc.exit).toBe(-0.2);
  });

  it('averages each quarter and leaves silent quarters null', () => {
    const arc = computeArc(
      [
        { startMs: 10_000, endMs: 15_000, score: 0.5 },
        { startMs: 20_000, endMs: 25_000, score: 0.1 },
        { startMs: 310_000, endMs: 315_000, score: -0.4 },
      ],
      400_000,
    );
    expect(arc.quarters).toEqual([0.3, null, null, -0.4]);
  });

  it('widens the call to the last utterance when the stated duration is too short', () => {
    const arc = computeArc(evenlySpaced([0.1, 0.2, 0.3, 0.4]), 1_000);
    expect(arc.quarters.every((q) => q !== null)).toBe(true);
  });

  describe('final-third drop', () => {
    it('flags a late crash of more than 20 points', () => {
      const scores = [...repeat(0.5, 11), ...repeat(-0.6, 4)];
      const arc = computeArc(evenlySpaced(scores), durationOf(15));
      expect(arc.finalThirdDrop.flagged).toBe(true);
      expect(arc.finalThirdDrop.points).toBeGreaterThan(20);
      expect(arc.finalThirdDrop.atMs!).toBeGreaterThanOrEqual(durationOf(15) * (2 / 3));
    });

    it('does not flag the same crash early in the call', () => {
      const scores = [...repeat(0.5, 4), ...repeat(-0.6, 11)];
      const arc = computeArc(evenlySpaced(scores), durationOf(15));
      expect(arc.finalThirdDrop.flagged).toBe(false);
      expect(arc.largestDrop!.magnitude).toBeGreaterThan(1);
    });

    it('does not flag a late dip of less than 20 points', () => {
      const scores = [...repeat(0.5, 11), ...repeat(0.2, 4)];
      const arc = computeArc(evenlySpaced(scores), durationOf(15));
      expect(arc.finalThirdDrop.flagged).toBe(false);
      expect(arc.finalThirdDrop.points).toBeLessThanOrEqual(20);
    });
  });

  describe('recovery', () => {
    it('is achieved when the speaker fell below -0.3 and ended well above the trough', () => {
      const scores = [...repeat(0.4, 5), ...repeat(-0.8, 5), ...repeat(0.5, 5)];
      const arc = computeArc(evenlySpaced(scores), durationOf(15));
      expect(arc.recovery.achieved).toBe(true);
      expect(arc.recovery.troughScore!).toBeLessThan(-0.6);
      expect(arc.recovery.troughAtMs!).toBeGreaterThan(5 * SPACING_MS);
      expect(arc.recovery.troughAtMs!).toBeLessThan(10 * SPACING_MS);
      expect(arc.recovery.margin!).toBeGreaterThan(1);
      expect(arc.pattern).toBe('recovery');
    });

    it.each([
      ['never fell far enough', [...repeat(0.4, 5), ...repeat(-0.1, 5), ...repeat(0.5, 5)]],
      ['fell and stayed down', [...repeat(0.4, 5), ...repeat(-0.8, 10)]],
      ['came back only a little', [...repeat(0.4, 5), ...repeat(-0.8, 5), ...repeat(-0.6, 5)]],
    ])('is not achieved when the speaker %s', (_name, scores) => {
      expect(computeArc(evenlySpaced(scores), durationOf(15)).recovery.achieved).toBe(false);
    });
  });

  describe('pattern', () => {
    it.each([
      ['flat', repeat(0.3, 15)],
      ['flat', [...repeat(0.3, 7), -0.9, ...repeat(0.3, 7)]],
      ['rising', [...repeat(-0.4, 7), ...repeat(0.5, 8)]],
      ['declining', [...repeat(0.5, 7), ...repeat(-0.4, 8)]],
      ['spike_and_drop', [...repeat(0, 5), ...repeat(0.8, 5), ...repeat(0, 5)]],
      ['recovery', [...repeat(0.2, 5), ...repeat(-0.7, 5), ...repeat(0.3, 5)]],
      ['volatile', [...repeat(0.6, 3), ...repeat(-0.6, 3), ...repeat(0.6, 3), ...repeat(-0.6, 3), ...repeat(0.6, 3)]],
      ['volatile', [...repeat(0.8, 5), ...repeat(0.2, 5), ...repeat(0.8, 5)]],
    ])('is %s for %j', (pattern, scores) => {
      expect(computeArc(evenlySpaced(scores), durationOf(scores.length)).pattern).toBe(pattern);
    });
  });

  it('rejects an invalid config, naming the field', () => {
    expect(() => computeArc([], 1, { trend: { slight: 0.5, strong: 0.2 } })).toThrowError(
      expect.objectContaining({ code: 'INVALID_CONFIG', issues: [expect.objectContaining({ where: 'arcs.trend.slight' })] }),
    );
  });
});

describe('arcOfSeries and inflectionsOfSeries given the moves', () => {
  it('read the same arc and inflections as when they find the moves themselves', () => {
    const config = resolveArcConfig();
    const series = smoothSeries(evenlySpaced([...repeat(0.6, 6), ...linear(0.6, -0.7, 5), ...repeat(-0.7, 5), ...repeat(0.5, 6)]), config);
    const moves = movesOfSeries(series, config);
    expect(moves.length).toBeGreaterThan(1);
    const duration = 30 * SPACING_MS;
    expect(arcOfSeries(series, duration, config, moves)).toEqual(arcOfSeries(series, duration, config));
    expect(inflectionsOfSeries(series, 'customer', config, moves)).toEqual(inflectionsOfSeries(series, 'customer', config));
    expect(arcOfSeries(series, duration, config, []).pattern).toBe('flat');
  });
});
