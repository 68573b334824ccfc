import { describe, expect, it } from 'vitest';
import { parseRubric } from '../scoring/parse-rubric.js';
import { scoreCall } from '../scoring/score-call.js';
import { buildAnalysis } from '../scoring/testing/analysis-builder.js';
import { defaultPolicies } from './default-policies.js';
import { evaluateCallPolicies } from './evaluate-call-policies.js';
import { parsePolicies } from './parse-policies.js';

const disclosureRubric = parseRubric({
  id: 'r', version: 1, name: 'R', callTypes: ['support'],
  sections: [{
    id: 's', name: 'S', weight: 1, criteria: [
      { id: 'disclosure', label: 'Recording disclosure', weight: 1, kind: 'script', text: 'this call may be recorded', compliance: true },
      { id: 'no_jargon', label: 'No jargon', weight: 9, kind: 'behavior_absent', behavior: 'jargon' },
    ],
  }],
});

describe('evaluateCallPolicies', () => {
  it('raises the addressable-friction coaching flag naming the values', () => {
    const analysis = buildAnalysis({ customerArc: { exit: -0.72 }, agentArc: { exit: -0.4 } });
    const flags = evaluateCallPolicies(analysis, defaultPolicies());
    expect(flags).toContainEqual({
      kind: 'coaching',
      policy: 'addressable_friction',
      reason: 'addressable friction: sentiment.arcs.customer.exit = -0.72 (< -0.6); sentiment.arcs.agent.exit = -0.4 (< -0.3)',
    });
    expect(evaluateCallPolicies(buildAnalysis({ customerArc: { exit: -0.72 }, agentArc: { exit: 0.1 } }), defaultPolicies())
      .some((f) => f.policy === 'addressable_friction')).toBe(false);
  });

  it('flags a compliance miss on its own even when the overall score is high', () => {
    const analysis = buildAnalysis({ utterances: [['agent', 'Hi, how can I help?'], ['customer', 'Hello']] });
    analysis.scorecard = scoreCall(analysis, disclosureRubric);
    expect(analysis.scorecard.overall).toBe(90);
    const flags = evaluateCallPolicies(analysis, parsePolicies({}));
    expect(flags).toEqual([{ kind: 'compliance', policy: 'compliance:disclosure', reason: expect.stringMatching(/^Recording disclosure missed: script not said/) }]);
  });

  it('raises the quality flag from the scorecard and nested any/all conditions', () => {
    const analysis = buildAnalysis({ behaviors: [['jargon', 0]], resolved: false, customerArc: { exit: 0.2, finalThirdDrop: { flagged: true, points: 0.3, atMs: 1 } } });
    analysis.scorecard = scoreCall(analysis, disclosureRubric);
    const policies = evaluateCallPolicies(analysis, defaultPolicies()).map((f) => f.policy);
    expect(policies).toEqual(['low_quality_score', 'late_call_drop']);
  });

  it('raises keyword alerts on whole words for the chosen speaker', () => {
    const analysis = buildAnalysis({ utterances: [['agent', 'Any issue, let me know.'], ['customer', "I'll call my lawyer and sue you!"]] });
    const flags = evaluateCallPolicies(analysis, defaultPolicies());
    expect(flags).toEqual([{ kind: 'keyword', policy: 'legal_threat', reason: 'keyword "lawyer" by the customer at 00:05, "sue you" by the customer at 00:05' }]);
  });

  it('raises kudos for a very positive customer exit and structured signal conditions', () => {
    const analysis = buildAnalysis({ customerArc: { exit: 0.85 }, signals: [['churn_intent', 1]] });
    const flags = evaluateCallPolicies(analysis, defaultPolicies());
    expect(flags.map((f) => f.kind)).toEqual(['coaching', 'kudos']);
    expect(flags[0]!.reason).toBe('churn intent without an offer: signals.ids = [churn_intent] (contains churn_intent); not (behaviors.ids = [] (contains offers_options))');
  });
});
