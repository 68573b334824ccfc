import { describe, expect, it } from 'vitest';
import { parseRubric } from '../scoring/parse-rubric.js';
import { scoreCall } from '../scoring/score-call.js';
import { buildAnalysis } from '../scoring/testing/analysis-builder.js';
import { FIELD_PATHS, FIELD_REGISTRY } from './field-registry.js';

describe('FIELD_REGISTRY', () => {
  it('every registered path reads a value of its declared kind from a fully populated analysis', () => {
    const analysis = buildAnalysis({
      callType: 'support', startedAt: '2026-11-01T10:00:00Z', behaviors: [['greeting', 0]], signals: [['complaint', 1]], stages: [['opening', 0, 1]],
      customerArc: { recovery: { achieved: true, troughScore: -0.5, troughAtMs: 1, margin: 0.6 }, finalThirdDrop: { flagged: false, points: 0, atMs: 3 }, largestDrop: { magnitude: 0.3, fromMs: 1, toMs: 2 } },
      agentArc: { recovery: { achieved: false, troughScore: 0, troughAtMs: 1, margin: 0 }, finalThirdDrop: { flagged: false, points: 0, atMs: 3 }, largestDrop: { magnitude: 0.1, fromMs: 1, toMs: 2 } },
    });
    Object.assign(analysis.call, { team: 't', queue: 'q', direction: 'inbound', durationMs: 30000, agent: { id: 'a', name: 'A' }, outcome: { resolved: true, escalated: false, transferred: false, csat: 4, churned: false } });
    analysis.scorecard = scoreCall(analysis, parseRubric({ id: 'r', version: 1, name: 'R', callTypes: ['x'], passThreshold: 50, sections: [{ id: 's', name: 'S', weight: 1, criteria: [{ id: 'g', label: 'G', weight: 1, kind: 'behavior_present', behavior: 'greeting' }] }] }));
    const wrong = FIELD_PATHS.filter((path) => {
      const spec = FIELD_REGISTRY[path]!;
      const value = spec.read(analysis);
      if (spec.kind === 'string[]') return !Array.isArray(value);
      return typeof value !== spec.kind;
    });
    expect(wrong).toEqual([]);
  });
});
