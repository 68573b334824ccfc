import { describe, expect, it } from 'vitest';
import { analyzeCall } from '../analysis/analyze-call.js';
import type { CallAnalysis, Scorecard } from '../analysis/types.js';
import { generateCall } from '../demo/generate-call.js';
import { readModelOf } from './read-model.js';

const scorecard: Scorecard = {
  rubricId: 'support',
  overall: 70,
  autoFailed: true,
  criteria: [
    { id: 'greeting', label: 'Greeting', score: 1, weight: 1, passed: true, reason: '', evidence: [] },
    { id: 'hold', score: null, weight: 1, passed: null, na: true, reason: 'no hold', evidence: [] },
    { id: 'disclosure', label: 'Disclosure', score: 0, weight: 1, passed: false, reason: '', evidence: [] },
  ],
};

describe('readModelOf', () => {
  it('takes exit sentiment, inflections with distinct precursors and criterion outcomes from a real analysis', () => {
    let analysis: CallAnalysis | undefined;
    for (let seed = 0; seed < 40 && !analysis; seed++) {
      const candidate = analyzeCall(generateCall({ seed, startedAt: '2026-11-20T15:04:05Z', agent: { id: 'a', name: 'A' } }));
      if (candidate.sentiment?.inflections.some((i) => (i.preceding?.length ?? 0) > 0)) analysis = candidate;
    }
    if (!analysis) throw new Error('no generated call had an attributed inflection');
    const model = readModelOf(analysis, [scorecard]);
    expect(model.customerExit).toBe(analysis.sentiment!.arcs.customer.exit);
    expect(model.autoFailed).toBe(true);
    expect(model.durationMs).toBe(analysis.characteristics.durationMs);
    expect(model.inflections).toHaveLength(analysis.sentiment!.inflections.length);
    analysis.sentiment!.inflections.forEach((i, k) => {
      const row = model.inflections[k]!;
      expect(row).toMatchObject({ speaker: i.speaker, direction: i.direction, stage: i.stage ?? null, atMs: i.atMs });
      expect(row.preceding).toEqual([...new Set((i.preceding ?? []).map((p) => p.behavior))]);
      expect(row.position).toBeGreaterThanOrEqual(0);
      expect(row.position).toBeLessThanOrEqual(1);
    });
    expect(model.criteria).toEqual([
      { rubricId: 'support', criterionId: 'greeting', label: 'Greeting', passed: true },
      { rubricId: 'support', criterionId: 'hold', label: 'hold', passed: null },
      { rubricId: 'support', criterionId: 'disclosure', label: 'Disclosure', passed: false },
    ]);
  });

  it('is empty-handed for an analysis without sentiment or scorecards', () => {
    const bare = { engineVersion: 'x', characteristics: { durationMs: 0 } } as unknown as CallAnalysis;
    expect(readModelOf(bare, [])).toEqual({ customerExit: null, autoFailed: null, durationMs: 0, inflections: [], criteria: [] });
  });
});
