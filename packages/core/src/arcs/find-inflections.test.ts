import { describe, expect, it } from 'vitest';
import { evenlySpaced, linear, repeat, SPACING_MS } from './arc-test-fixtures.js';
import { findInflections } from './find-inflections.js';

describe('findInflections', () => {
  it('finds one drop and one rise in a V-shaped call, where each shift starts', () => {
    const scores = [...repeat(0.6, 5), ...repeat(-0.8, 5), ...repeat(0.6, 5)];
    const found = findInflections(evenlySpaced(scores), 'customer');
    expect(found.map((f) => [f.direction, f.utteranceIndex, f.atMs])).toEqual([
      ['drop', 5, 5 * SPACING_MS],
      ['rise', 10, 10 * SPACING_MS],
    ]);
    for (const f of found) {
      expect(f.speaker).toBe('customer');
      expect(f.magnitude).toBeGreaterThan(1);
      expect(f.magnitude).toBeLessThanOrEqual(1.4);
    }
  });

  it.each([
    ['constant', repeat(0.2, 12)],
    ['small wiggles', [0.2, 0.3, 0.1, 0.25, 0.15, 0.3, 0.1, 0.2, 0.3, 0.15, 0.2, 0.25]],
    ['one outlier in the middle', [...repeat(0.3, 6), -0.9, ...repeat(0.3, 6)]],
    ['one outlier first', [-0.9, ...repeat(0.3, 11)]],
    ['one outlier last', [...repeat(0.3, 11), -0.9]],
    ['one positive outlier', [...repeat(-0.2, 6), 1, ...repeat(-0.2, 6)]],
    ['a single utterance', [0.7]],
    ['nothing', []],
  ])('finds no inflection in a flat call (%s)', (_name, scores) => {
    expect(findInflections(evenlySpaced(scores), 'customer')).toEqual([]);
  });

  it('finds one drop in a monotone decline, dated once a quarter of the fall is done', () => {
    const found = findInflections(evenlySpaced(linear(0.8, -0.8, 12)), 'agent');
    expect(found).toHaveLength(1);
    expect(found[0]!.direction).toBe('drop');
    expect(found[0]!.magnitude).toBeGreaterThan(1);
    expect(found[0]!.utteranceIndex).toBeGreaterThanOrEqual(1);
    expect(found[0]!.utteranceIndex).toBeLessThanOrEqual(4);
  });

  it('dates a step at the first utterance after it', () => {
    const found = findInflections(evenlySpaced([...repeat(0.5, 7), ...repeat(-0.5, 5)]), 'customer');
    expect(found.map((f) => [f.direction, f.utteranceIndex])).toEqual([['drop', 7]]);
  });

  it('keeps a two-utterance dip at the default persistence and drops it when three are required', () => {
    const points = evenlySpaced([...repeat(0.4, 6), -0.8, -0.8, ...repeat(0.4, 6)]);
    expect(findInflections(points, 'customer').map((f) => f.direction)).toEqual(['drop', 'rise']);
    expect(findInflections(points, 'customer', { inflection: { minPersistenceUtterances: 3 } })).toEqual([]);
  });

  it('ignores a move smaller than the minimum magnitude', () => {
    const points = evenlySpaced([...repeat(0.3, 6), ...repeat(0.1, 6)]);
    expect(findInflections(points, 'customer')).toEqual([]);
    expect(findInflections(points, 'customer', { inflection: { minMagnitude: 0.15 } })).toHaveLength(1);
  });

  it('reports call-level utterance indexes and orders input by time', () => {
    const points = evenlySpaced([...repeat(0.5, 5), ...repeat(-0.5, 5)]).map((p) => ({ ...p, index: p.index! * 2 + 1 }));
    const found = findInflections([...points].reverse(), 'customer');
    expect(found.map((f) => f.utteranceIndex)).toEqual([11]);
  });
});
