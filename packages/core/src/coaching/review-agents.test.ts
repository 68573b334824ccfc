import { describe, expect, it } from 'vitest';
import { defaultPolicies } from '../policies/default-policies.js';
import { evaluateCallPolicies } from '../policies/evaluate-call-policies.js';
import { DEFAULT_RUBRICS } from '../scoring/default-rubrics.js';
import { scoreCall } from '../scoring/score-call.js';
import { selectRubric } from '../scoring/select-rubric.js';
import { buildAnalysis } from '../scoring/testing/analysis-builder.js';
import { reviewAgents, type ReviewedCall } from './review-agents.js';

const day = (n: number) => new Date(Date.UTC(2026, 10, 1) + n * 86_400_000).toISOString();

function reviewed(id: string, agentId: string, n: number, exit: number): ReviewedCall {
  const analysis = buildAnalysis({ id, agentId, callType: 'support', resolved: true, customerArc: { exit }, agentArc: { exit: -0.5 } });
  analysis.scorecard = scoreCall(analysis, selectRubric('support', DEFAULT_RUBRICS)!);
  return { analysis, flags: evaluateCallPolicies(analysis, defaultPolicies()), startedAt: day(n) };
}

describe('reviewAgents', () => {
  it('groups by agent, finds patterns, and rate-limits coaching triggers into one session per 7 days', () => {
    const calls = [reviewed('c3', 'a1', 2, -0.7), reviewed('c1', 'a1', 0, -0.7), reviewed('c2', 'a1', 1, -0.7), reviewed('d1', 'a2', 0, 0.9)];
    const [a1, a2] = reviewAgents(calls, defaultPolicies(), day(3));
    expect(a1!.calls.map((c) => c.callId)).toEqual(['c1', 'c2', 'c3']);
    expect(a1!.calls[0]!.bucket).toBe('resolved_negative');
    expect(a1!.patterns.some((p) => p.kind === 'consecutive_below' && p.key === 'empathy')).toBe(false);
    expect(a1!.patterns.filter((p) => p.kind === 'consecutive_below').map((p) => p.key)).toContain('ownership');
    expect(a1!.sessions).toHaveLength(1);
    expect(a1!.sessions[0]!.triggerIds).toContain('c1:addressable_friction');
    expect(a1!.sessions[0]!.triggerIds.length).toBe(a1!.mergedTriggers + 1);
    expect(a2!.calls[0]!.flags.map((f) => f.kind)).toContain('kudos');
    expect(a2!.calls[0]!.bucket).toBe('resolved_positive');
  });
});
