import { describe, expect, it } from 'vitest';
import { criterionPassRates } from './criterion-pass-rates.js';
import { rankDropPrecursors } from './drop-precursors.js';

describe('rankDropPrecursors', () => {
  it('ranks by count with shares of all customer drops, ties by behavior id', () => {
    const ranked = rankDropPrecursors([{ behavior: 'interrupting', count: 2 }, { behavior: 'dead_air', count: 5 }, { behavior: 'blame', count: 2 }, { behavior: 'none', count: 0 }], 8);
    expect(ranked).toEqual([
      { behavior: 'dead_air', count: 5, share: 0.625 },
      { behavior: 'blame', count: 2, share: 0.25 },
      { behavior: 'interrupting', count: 2, share: 0.25 },
    ]);
  });

  it('is empty when there were no drops, and honours the limit', () => {
    expect(rankDropPrecursors([{ behavior: 'x', count: 1 }], 0)).toEqual([]);
    expect(rankDropPrecursors([{ behavior: 'a', count: 3 }, { behavior: 'b', count: 2 }], 4, 1).map((p) => p.behavior)).toEqual(['a']);
  });
});

describe('criterionPassRates', () => {
  it('computes pass rates over judged results, weakest first, unjudged last', () => {
    const rates = criterionPassRates([
      { rubricId: 'support', criterionId: 'greeting', label: 'Greeting', evaluated: 4, passed: 4 },
      { rubricId: 'support', criterionId: 'empathy', label: 'Empathy', evaluated: 4, passed: 1 },
      { rubricId: 'support', criterionId: 'hold', label: 'Hold etiquette', evaluated: 0, passed: 0 },
    ]);
    expect(rates.map((r) => [r.criterionId, r.passRate])).toEqual([['empathy', 0.25], ['greeting', 1], ['hold', null]]);
  });
});
