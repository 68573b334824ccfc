import { describe, expect, it } from 'vitest';
import { createRng, deriveSeed } from './prng.js';

describe('createRng', () => {
  it('repeats the same sequence for the same seed', () => {
    const a = createRng(123);
    const b = createRng(123);
    expect(Array.from({ length: 20 }, () => a.next())).toEqual(Array.from({ length: 20 }, () => b.next()));
  });

  it('diverges for neighbouring seeds', () => {
    const a = createRng(1);
    const b = createRng(2);
    expect(Array.from({ length: 5 }, () => a.next())).not.toEqual(Array.from({ length: 5 }, () => b.next()));
  });

  it('keeps int within bounds and reaches both ends', () => {
    const rng = createRng(9);
    const seen = new Set<number>();
    for (let i = 0; i < 2000; i++) {
      const v = rng.int(3, 7);
      expect(v).toBeGreaterThanOrEqual(3);
      expect(v).toBeLessThanOrEqual(7);
      seen.add(v);
    }
    expect([...seen].sort()).toEqual([3, 4, 5, 6, 7]);
  });

  it('respects weights roughly', () => {
    const rng = createRng(5);
    let heavy = 0;
    for (let i = 0; i < 5000; i++) if (rng.weighted([['a', 9], ['b', 1]] as const) === 'a') heavy++;
    expect(heavy / 5000).toBeGreaterThan(0.85);
    expect(heavy / 5000).toBeLessThan(0.95);
  });

  it('refuses to pick from an empty list with a message that says what to check', () => {
    expect(() => createRng(1).pick([])).toThrow(/empty list/);
  });
});

describe('deriveSeed', () => {
  it('is stable and label-sensitive', () => {
    expect(deriveSeed(7, 'call', 3)).toBe(deriveSeed(7, 'call', 3));
    expect(deriveSeed(7, 'call', 3)).not.toBe(deriveSeed(7, 'call', 4));
    expect(deriveSeed(7, 'call', 3)).not.toBe(deriveSeed(8, 'call', 3));
  });
});
