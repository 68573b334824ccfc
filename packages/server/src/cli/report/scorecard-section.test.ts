import { describe, expect, it } from 'vitest';
import type { Scorecard } from '@undertone/core';
import { renderScorecardSection } from './scorecard-section.js';

const scorecard: Scorecard = {
  rubricId: 'support-default', rubricVersion: 1, overall: 0, autoFailed: true, passThreshold: 70, passed: false,
  criteria: [
    { id: 'rec', label: 'Recording disclosure', kind: 'script', compliance: true, autoFail: true, score: 0, weight: 1, effectiveWeight: 0.25, passed: false,
      reason: 'script not said', evidence: [{ quote: 'thanks for calling how can I help', atMs: 2000, utteranceIndex: 0, note: 'similarity 0.2' }] },
    { id: 'price', label: 'Pricing', score: null, weight: 1, effectiveWeight: 0, passed: null, na: true, reason: 'N/A', evidence: [{ quote: '', atMs: 0, note: 'N/A: the call never reached the pricing stage' }] },
    { id: 'greet', label: 'Greets', score: 100, weight: 1, effectiveWeight: 0.75, passed: true, reason: 'ok', evidence: [{ quote: 'Hello there', atMs: 65000 }] },
  ],
};

describe('renderScorecardSection', () => {
  it('prints criteria with weight, score, verdict and the first quote with mm:ss, compliance flags first', () => {
    const text = renderScorecardSection(scorecard, [
      { kind: 'kudos', policy: 'kudos', reason: 'nice' },
      { kind: 'compliance', policy: 'compliance:rec', reason: 'Recording disclosure missed' },
    ], { id: 'c1', callType: 'support' });
    const lines = text.split('\n');
    expect(lines[0]).toBe('Scorecard  support-default v1 (call type support)');
    expect(lines[1]).toMatch(/overall 0\.0\/100  AUTO-FAILED/);
    expect(lines[3]).toMatch(/\[C\] Recording disclosure\s+25%\s+0\s+AUTO-FAIL\s+00:02 "thanks for calling how can I help"/);
    expect(lines[4]).toMatch(/Pricing\s+0%\s+-\s+n\/a\s+N\/A: the call never reached the pricing stage/);
    expect(lines[5]).toMatch(/Greets\s+75%\s+100\s+pass\s+01:05 "Hello there"/);
    expect(lines.slice(6)).toEqual(['  flags:', '    compliance compliance:rec: Recording disclosure missed', '    kudos      kudos: nice']);
  });
});
